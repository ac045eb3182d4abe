import type { ApiRequest, Result } from '../../../src/core/contract'
import type { IdentityResolver } from '../ports/identity.port'
import type { ApiHandle } from './router'

/** A cloud function entry: `main(event, context)` as CloudBase calls it. */
export type FunctionMain = (event: unknown, context: unknown) => Promise<Result<unknown>>

/**
 * Builds the `api` function's `main` from a router and the platform's identity resolver. The
 * CloudBase entry and the local host both use it, so both run the very same code path.
 */
export function createMain(handle: ApiHandle, resolveIdentity: IdentityResolver): FunctionMain {
  return async (event, context) => {
    const request = (event ?? {}) as ApiRequest
    let identity
    try {
      identity = await resolveIdentity(event, context)
    } catch {
      return { ok: false, code: 'UNAUTHENTICATED', message: '无法确认您的身份，请重新打开小程序' }
    }
    return handle({ action: request.action, input: request.input, idempotencyKey: request.idempotencyKey }, identity)
  }
}
