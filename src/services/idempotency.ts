// Idempotency keys: a write carries one so a retry of the same submission records once. The
// router accepts [A-Za-z0-9_.:-]{8,100}.

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

function randomPart(length: number): string {
  const bytes = new Uint8Array(length)
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes)
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256)
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length]
  return out
}

/** A fresh key: time-ordered prefix plus 16 random characters. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${randomPart(16)}`
}

/** True when the server will accept the key. */
export function isIdempotencyKey(key: string): boolean {
  return /^[A-Za-z0-9_.:-]{8,100}$/.test(key)
}
