import Taro from '@tarojs/taro'

// Taro storage with JSON values; a broken or full storage never breaks a page.

/** Keys of everything the client keeps on the device. */
export const STORAGE_KEYS = {
  token: 'ts.token',
  me: 'ts.me',
  studyDraft: 'ts.studyDraft'
} as const

/** Reads a stored value, or null. */
export function readStored<T>(key: string): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return null
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T
  } catch {
    return null
  }
}

/** Stores a value (as JSON). */
export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
  } catch {
    // Storage full or unavailable: the app still works, it just forgets.
  }
}

/** Removes a stored value. */
export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing to do
  }
}
