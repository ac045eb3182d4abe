import type { IncomingMessage, ServerResponse } from 'http'
import type { Failure } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import type { Store } from '../lib/ports/store.port'
import { newId } from '../lib/util/ids'
import { bearerToken, sendJson } from './respond'
import type { TokenService } from './tokens'

// Session revocation on the local host. Tokens are stateless (tokens.ts); a person's
// `sessionsValidFrom` voids every token issued up to that instant. Logout sets it; so does
// deactivating the person (roster.people.save), so reactivating them does not revive old tokens.
//   POST /auth/logout   Bearer token → { ok: true }: that person's tokens stop working
//   any other request   a revoked token (header or ?token=) is answered 401 before anything runs

export interface AuthRouteDeps {
  store: Store
  tokens: TokenService
  now(): Date
}

const REVOKED: Failure = { ok: false, code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' }

/** Whether a token issued at `issuedAt` (ms) was revoked for this person. */
function revoked(person: Person, issuedAt: number): boolean {
  return !!person.sessionsValidFrom && issuedAt <= Date.parse(person.sessionsValidFrom)
}

/**
 * The active person a session token names, or null when the token is invalid, expired, revoked
 * (logout, deactivation) or the person is gone or switched off. Every route that accepts a token
 * outside the `api` function should resolve it through here.
 */
export async function resolveSessionPerson(store: Store, tokens: TokenService, token: string, now: Date): Promise<Person | null> {
  const claims = tokens.read(token, now)
  if (!claims) return null
  const person = await store.people.get(claims.personId)
  if (!person || !person.active || revoked(person, claims.issuedAt)) return null
  return person
}

/** The active person a request's Bearer token names (through the revocation check), or null. */
export async function sessionPersonOf(
  req: IncomingMessage,
  deps: { store: Store; tokens: TokenService; now(): Date }
): Promise<Person | null> {
  const token = bearerToken(req)
  return token ? resolveSessionPerson(deps.store, deps.tokens, token, deps.now()) : null
}

/**
 * The extra route for host.ts (register it first): logout, and the revocation check in front of
 * every other route. A token that fails its signature or has expired is left to the routes
 * behind, which treat it as no token.
 */
export function authRoutes(deps: AuthRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const token = bearerToken(req)
    const now = deps.now()
    if (url.pathname === '/auth/logout') {
      if (req.method !== 'POST') return false
      req.resume()
      if (token) await logout(deps, token, now)
      // Logging out twice, or with a dead token, is still a logout.
      sendJson(res, 200, { ok: true })
      return true
    }
    if (!token) return false
    const claims = deps.tokens.read(token, now)
    if (!claims) return false
    const person = await deps.store.people.get(claims.personId)
    if (!person || !revoked(person, claims.issuedAt)) return false
    res.setHeader('Connection', 'close')
    req.resume()
    sendJson(res, 401, REVOKED)
    return true
  }
}

/** Voids every token of the person the token names (all their devices), with an audit entry. */
async function logout(deps: AuthRouteDeps, token: string, now: Date): Promise<void> {
  const person = await resolveSessionPerson(deps.store, deps.tokens, token, now)
  if (!person) return
  await deps.store.transaction(async (tx) => {
    const current = await tx.people.get(person.id)
    if (!current) return
    const at = now.toISOString()
    await tx.people.update({ ...current, sessionsValidFrom: at })
    await tx.audit.append({
      id: newId(),
      entity: 'person',
      entityId: current.id,
      action: 'logout',
      actorId: current.id,
      at,
      reason: null,
      after: { sessionsValidFrom: at }
    })
  })
}
