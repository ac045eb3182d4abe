import { actions, type ActionName } from '@/core/contract'
import { createClient, type Call } from './api-core'
import type { ApiError } from './errors'
import { h5Transport, weappTransport } from './transport'

export type { CallOptions } from './api-core'
export { ApiError, messageOf, toApiError } from './errors'
export { newIdempotencyKey } from './idempotency'

let failureHandler: ((error: ApiError, name: ActionName) => void) | null = null

/** Lets the session react to UNAUTHENTICATED / NOT_BOUND wherever they happen. */
export function setFailureHandler(handler: (error: ApiError, name: ActionName) => void): void {
  failureHandler = handler
}

/**
 * Calls one action of the `api` function: `call('study.record', input)` resolves with the
 * action's output or rejects with an ApiError (code, message, field, rows). Writes always carry
 * an idempotency key; pass the one of the first attempt to make a retry record once.
 */
export const call: Call = createClient({
  transport: process.env.TARO_ENV === 'weapp' ? weappTransport : h5Transport,
  isWrite: (name) => actions[name].write,
  onFailure: (error, name) => failureHandler?.(error, name)
})
