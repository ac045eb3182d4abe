import { AppError, loginInput, parseInput, type InputOf, type OutputOf } from '@/core/contract'
import { hasAnyRole, STUDYING_ROLES, UNIT_ROLES, type Role } from '@/core/model/roles'
import { unwrapResponse } from './api-core'
import { call, setFailureHandler } from './api'
import { ApiError, NETWORK_MESSAGE } from './errors'
import { forgetReturnRoute, toLogin } from './routes'
import { STORAGE_KEYS, readStored, removeStored, writeStored } from './storage'
import { clearToken, getToken, revokeSession, setToken } from './token'
import { postJson } from './transport'

/** Who is using the app: the answer of `me.get`. */
export type Me = OutputOf<'me.get'>

/** idle: not asked yet · anonymous: H5 without login · unbound: WeChat user not yet bound. */
export type SessionStatus = 'idle' | 'loading' | 'ready' | 'anonymous' | 'unbound' | 'error'

export interface SessionState {
  status: SessionStatus
  me: Me | null
  error: ApiError | null
}

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

let state: SessionState = { status: 'idle', me: readStored<Me>(STORAGE_KEYS.me), error: null }
const listeners = new Set<(s: SessionState) => void>()
let pending: Promise<Me | null> | null = null

function setState(next: Partial<SessionState>): void {
  state = { ...state, ...next }
  if (next.me !== undefined) {
    if (next.me) writeStored(STORAGE_KEYS.me, next.me)
    else removeStored(STORAGE_KEYS.me)
  }
  listeners.forEach((fn) => fn(state))
}

/** The current session snapshot. */
export function getSession(): SessionState {
  return state
}

/** Listens to session changes; returns the unsubscribe function. */
export function subscribe(listener: (s: SessionState) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function forget(status: 'anonymous' | 'unbound'): void {
  if (status === 'anonymous') clearToken()
  setState({ status, me: null, error: null })
}

// Wherever a call learns the caller is unknown, start over at login / bind.
setFailureHandler((error) => {
  if (error.code === 'UNAUTHENTICATED') {
    forget('anonymous')
    toLogin()
  } else if (error.code === 'NOT_BOUND') {
    forget('unbound')
    toLogin()
  }
})

function signedOut(): boolean {
  if (IS_WEAPP || getToken()) return false
  forget('anonymous')
  return true
}

/** Loads (or reloads with force) the caller's person, unit and area; null when nobody is signed in. */
export function loadMe(force = false): Promise<Me | null> {
  if (signedOut()) return Promise.resolve(null)
  if (!force && state.status === 'ready' && state.me) return Promise.resolve(state.me)
  if (pending) return pending
  return loadMeWith(
    () => call('me.get', {}),
    (me) => me
  ).catch(() => null)
}

/**
 * Runs a read whose answer carries the caller (the home's `home.get`) and keeps that as the
 * session, so the first screen costs one function call instead of `me.get` plus its own.
 * Null when nobody is signed in or bound (the caller is sent to login); other failures mark
 * the session as failed and reject.
 */
export function loadMeWith<T>(read: () => Promise<T>, meOf: (answer: T) => Me): Promise<T | null> {
  if (signedOut()) return Promise.resolve(null)
  setState({ status: 'loading', error: null })
  const answer = read().then(
    (a) => {
      setState({ status: 'ready', me: meOf(a), error: null })
      return a
    },
    (error: unknown) => {
      if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'NOT_BOUND')) return null
      setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('INTERNAL', '出了点问题，请稍后再试') })
      throw error
    }
  )
  // Whoever asks for the session meanwhile waits for this answer instead of calling `me.get`.
  const mine = answer.then(
    (a) => (a === null ? null : meOf(a)),
    () => null
  )
  pending = mine
  void mine.then(() => {
    if (pending === mine) pending = null
  })
  return answer
}

/** H5: logs in on the local host with phone + one-time code, then loads the caller. */
export async function login(phone: string, code: string): Promise<Me | null> {
  let input: { phone: string; code: string }
  try {
    input = parseInput(loginInput, { phone, code })
  } catch (error) {
    if (error instanceof AppError) throw new ApiError(error.code, error.message, { field: error.field })
    throw error
  }
  let res: { statusCode: number; data: unknown }
  try {
    res = await postJson('/auth/login', input)
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE)
  }
  const body = res.data as { token?: unknown; ok?: unknown }
  if (res.statusCode === 200 && typeof body?.token === 'string') {
    setToken(body.token)
    return loadMe(true)
  }
  if (body && body.ok === false) unwrapResponse(body)
  throw new ApiError('AUTH.BAD_CODE', '手机号或验证码不正确', { field: 'code' })
}

/** Weapp: binds this WeChat account to a roster person, then loads the caller. */
export async function bind(input: InputOf<'auth.bind'>, idempotencyKey: string): Promise<Me | null> {
  await call('auth.bind', input, { idempotencyKey })
  return loadMe(true)
}

/** H5: revokes the session on the host, forgets the token and the cached person, back to login. */
export async function logout(): Promise<void> {
  await revokeSession((token) => postJson('/auth/logout', {}, token))
  forget('anonymous')
  forgetReturnRoute()
  toLogin(false)
}

/** The roles the caller holds. */
export function rolesOf(me: Me | null): Role[] {
  return me?.person.roles ?? []
}

/** Keeps the five study methods (cadre, district leader). */
export function isStudying(me: Me | null): boolean {
  return hasAnyRole(rolesOf(me), STUDYING_ROLES)
}

/** Looks after a unit (secretary, leader). */
export function isUnitRole(me: Me | null): boolean {
  return hasAnyRole(rolesOf(me), UNIT_ROLES)
}

export function isAdmin(me: Me | null): boolean {
  return rolesOf(me).includes('admin')
}

export function isObserver(me: Me | null): boolean {
  return rolesOf(me).includes('observer')
}
