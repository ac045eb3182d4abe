import type { ApiRequest, Failure, Result } from '../../../src/core/contract'
import type { IdentityResolver } from '../ports/identity.port'
import type { ApiHandle } from './router'

/** A cloud function entry: `main(event, context)` as CloudBase calls it. */
export type FunctionMain = (event: unknown, context: unknown) => Promise<Result<unknown>>

const BAD_ACTION: Failure = { ok: false, code: 'VALIDATION', message: '操作名无效，请更新小程序后重试', field: 'action' }

/**
 * Builds the `api` function's `main` from a router and the platform's identity resolver. The
 * CloudBase entry and the local host both use it, so both run the very same code path.
 */
export function createMain(handle: ApiHandle, resolveIdentity: IdentityResolver): FunctionMain {
  return async (event, context) => {
    const request: Partial<Record<keyof ApiRequest, unknown>> = typeof event === 'object' && event !== null ? event : {}
    // The event is whatever JSON the caller sent: an array or number here would pass the router's
    // table lookup through its string form and reach the store as a non-string.
    if (request.action !== undefined && typeof request.action !== 'string') return BAD_ACTION
    let identity
    try {
      identity = await resolveIdentity(event, context)
    } catch {
      return { ok: false, code: 'UNAUTHENTICATED', message: '无法确认您的身份，请重新打开小程序' }
    }
    return handle(
      {
        action: request.action ?? '',
        input: request.input,
        idempotencyKey: typeof request.idempotencyKey === 'string' ? request.idempotencyKey : undefined
      },
      identity
    )
  }
}
