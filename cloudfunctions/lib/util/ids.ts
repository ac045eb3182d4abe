import { createHash, randomBytes, randomUUID } from 'crypto'

/** A new record id: 24 lowercase hex characters, fine as a CloudBase _id and a SQLite key. */
export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 24)
}

/** sha256 as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** A random six-digit code. */
export function sixDigitCode(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0')
}
