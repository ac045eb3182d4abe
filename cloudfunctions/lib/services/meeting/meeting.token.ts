import { createHmac, timingSafeEqual } from 'crypto'
import type { CheckInWindow } from '../../../../src/core/rules/attendance'
import { DEFAULT_CHECKIN_WINDOW } from '../../../../src/core/rules/attendance'

// Meeting check-in tokens: `<meetingId>.<start in seconds, base36>.<signature>`, the signature an
// HMAC-SHA256 (first 128 bits, base64url) over both, with a secret that never leaves the server.
// Short on purpose: the QR code stays small enough to scan from a phone screen across a table.
// The validity window is not in the token: it is reckoned from the start when the token is read,
// so changing the window (or the meeting's start) takes effect at once.

const SIGNATURE_CHARS = 22

function signature(secret: string, meetingId: string, startSeconds: string): string {
  return createHmac('sha256', secret).update(`checkin|${meetingId}|${startSeconds}`).digest('base64url').slice(0, SIGNATURE_CHARS)
}

/** A token for the meeting as it is now scheduled. */
export function signCheckInToken(secret: string, meetingId: string, startsAt: string): string {
  const startSeconds = Math.floor(Date.parse(startsAt) / 1000).toString(36)
  return `${meetingId}.${startSeconds}.${signature(secret, meetingId, startSeconds)}`
}

/** The meeting and start a genuine token names, or null for anything forged, altered or malformed. */
export function readCheckInToken(secret: string, token: string): { meetingId: string; startsAt: string } | null {
  // Scanned text may be the whole check-in URL: take its `t` parameter.
  const raw = /[?&]t=([^&#]+)/.exec(token)?.[1] ?? token
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    // A broken escape (`%E0%A4%A`) is text no code of ours produced.
    return null
  }
  const parts = decoded.trim().split('.')
  if (parts.length < 3) return null
  const given = parts.pop() as string
  const startSeconds = parts.pop() as string
  const meetingId = parts.join('.')
  if (!meetingId || !/^[0-9a-z]{1,12}$/.test(startSeconds)) return null
  const expected = Buffer.from(signature(secret, meetingId, startSeconds))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null
  return { meetingId, startsAt: new Date(parseInt(startSeconds, 36) * 1000).toISOString() }
}

/** The check-in window from `CHECKIN_BEFORE_MINUTES` / `CHECKIN_AFTER_MINUTES`, else the default. */
export function checkInWindowFromEnv(env: Record<string, string | undefined>): CheckInWindow {
  const minutes = (value: string | undefined, fallback: number) => {
    const n = Number(value)
    return value && Number.isInteger(n) && n >= 0 && n <= 24 * 60 ? n : fallback
  }
  return {
    beforeMinutes: minutes(env.CHECKIN_BEFORE_MINUTES, DEFAULT_CHECKIN_WINDOW.beforeMinutes),
    afterMinutes: minutes(env.CHECKIN_AFTER_MINUTES, DEFAULT_CHECKIN_WINDOW.afterMinutes)
  }
}

/** The check-in secret of a local host, derived from its data folder's master key (so the key is never reused as is). */
export function attendanceSecretFrom(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('meeting-checkin').digest('hex')
}
