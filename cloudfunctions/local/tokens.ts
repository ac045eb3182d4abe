import { createHmac, randomBytes, timingSafeEqual } from 'crypto'
import fs from 'fs'
import path from 'path'

// Session tokens of the local host: `<payload>.<signature>`, both base64url, the payload a small
// JSON with the person id, issue time and expiry, signed with HMAC-SHA256. Stateless, so a restart
// keeps everyone logged in; the secret lives in the data folder so copying the folder moves the
// host. Revocation is the person's `sessionsValidFrom`: tokens issued up to then are void
// (auth-http.ts checks it on every request).

/** Thirty days: a cadre logs in on the office computer once a month at most. */
export const TOKEN_TTL_MS = 30 * 24 * 3600 * 1000

interface Payload {
  /** Person id. */
  sub: string
  /** Expiry, ms since epoch. */
  exp: number
  /** Issue time, ms since epoch (absent in tokens from before revocation existed: treated as 0). */
  iat?: number
}

/** What a valid token says. */
export interface TokenClaims {
  personId: string
  /** When it was issued (ms since epoch). */
  issuedAt: number
}

export interface TokenService {
  /** A token for the person, valid for 30 days from `now`. */
  issue(personId: string, now: Date): { token: string; expiresAt: string }
  /** The person id a valid, unexpired token carries, or null. */
  verify(token: string, now: Date): string | null
  /** The claims of a valid, unexpired token, or null. */
  read(token: string, now: Date): TokenClaims | null
}

/** Reads `secret.key` from the data folder, creating it (once, 0600) on first use. */
export function loadSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, 'secret.key')
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    // EEXIST is the normal case after the first run; anything else is a real problem.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const hex = fs.readFileSync(file, 'utf8').trim()
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`密钥文件损坏，请删除后重启：${file}`)
  return Buffer.from(hex, 'hex')
}

/** The token service for one secret. */
export function createTokenService(secret: Buffer): TokenService {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url')
  const read = (token: string, now: Date): TokenClaims | null => {
    const [body, signature, extra] = token.split('.')
    if (!body || !signature || extra !== undefined) return null
    const expected = Buffer.from(sign(body))
    const given = Buffer.from(signature)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null
      if (payload.exp <= now.getTime()) return null
      return { personId: payload.sub, issuedAt: typeof payload.iat === 'number' ? payload.iat : 0 }
    } catch {
      return null
    }
  }
  return {
    issue(personId, now) {
      const exp = now.getTime() + TOKEN_TTL_MS
      const payload: Payload = { sub: personId, exp, iat: now.getTime() }
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
      return { token: `${body}.${sign(body)}`, expiresAt: new Date(exp).toISOString() }
    },
    verify(token, now) {
      return read(token, now)?.personId ?? null
    },
    read
  }
}
