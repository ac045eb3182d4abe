import { STORAGE_KEYS, readStored, removeStored, writeStored } from './storage'

// The H5 session token of the local host (the mini-program needs none: CloudBase knows the caller).

let cached: string | null | undefined

/** The stored bearer token, or null. */
export function getToken(): string | null {
  if (cached === undefined) cached = readStored<string>(STORAGE_KEYS.token)
  return cached
}

/** Keeps the token after a login. */
export function setToken(token: string): void {
  cached = token
  writeStored(STORAGE_KEYS.token, token)
}

/** Forgets the token. */
export function clearToken(): void {
  cached = null
  removeStored(STORAGE_KEYS.token)
}

/**
 * Logout: asks the host to revoke the stored token (it then voids every token of this person),
 * then forgets it here. An unreachable host does not keep anyone signed in on this device.
 */
export async function revokeSession(revoke: (token: string) => Promise<unknown>): Promise<void> {
  const token = getToken()
  if (token) {
    try {
      await revoke(token)
    } catch {
      // Offline: the token is still forgotten on this device.
    }
  }
  clearToken()
}
