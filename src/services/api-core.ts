import type { ActionName, ApiRequest, InputOf, OutputOf } from '@/core/contract'
import { ApiError, NETWORK_MESSAGE } from './errors'
import { newIdempotencyKey } from './idempotency'

// The platform-free half of the API client: request shaping, idempotency keys and response
// mapping. `api.ts` plugs in the transport of the platform; tests plug in a fake.

/** Sends one request body and resolves with the raw response body; rejects only when the network fails. */
export type Transport = (request: ApiRequest) => Promise<unknown>

export interface CallOptions {
  /** Reuse the key of an earlier attempt of the same submission, so a retry records once. */
  idempotencyKey?: string
}

export interface ClientDeps {
  transport: Transport
  /** Whether the action writes (writes always carry an idempotency key). */
  isWrite: (name: ActionName) => boolean
  /** Told about every failure before the call rejects (the session reacts to UNAUTHENTICATED / NOT_BOUND). */
  onFailure?: (error: ApiError, name: ActionName) => void
  newKey?: () => string
}

/** The typed call: resolves with the action's output or rejects with an ApiError. */
export type Call = <N extends ActionName>(name: N, input: InputOf<N>, opts?: CallOptions) => Promise<OutputOf<N>>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Turns a raw response body into the data, or throws the ApiError it describes. */
export function unwrapResponse(body: unknown): unknown {
  if (isRecord(body) && body.ok === true) return body.data
  if (isRecord(body) && body.ok === false && typeof body.code === 'string') {
    throw new ApiError(
      body.code as ApiError['code'],
      typeof body.message === 'string' && body.message ? body.message : '操作失败，请稍后再试',
      {
        field: typeof body.field === 'string' ? body.field : undefined,
        rows: Array.isArray(body.rows) ? (body.rows as ApiError['rows']) : undefined
      }
    )
  }
  throw new ApiError('INTERNAL', '服务器返回了无法识别的结果，请稍后再试')
}

/** Builds the request body: write actions always get an idempotency key. */
export function buildRequest(
  name: ActionName,
  input: unknown,
  write: boolean,
  opts: CallOptions,
  newKey: () => string
): ApiRequest {
  const request: ApiRequest = { action: name, input: input ?? {} }
  if (write) request.idempotencyKey = opts.idempotencyKey || newKey()
  else if (opts.idempotencyKey) request.idempotencyKey = opts.idempotencyKey
  return request
}

/** Creates the typed `call` over a transport. */
export function createClient(deps: ClientDeps): Call {
  const newKey = deps.newKey ?? newIdempotencyKey
  return async function call<N extends ActionName>(name: N, input: InputOf<N>, opts: CallOptions = {}): Promise<OutputOf<N>> {
    const request = buildRequest(name, input, deps.isWrite(name), opts, newKey)
    let body: unknown
    try {
      body = await deps.transport(request)
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError('NETWORK', NETWORK_MESSAGE)
      deps.onFailure?.(failure, name)
      throw failure
    }
    try {
      return unwrapResponse(body) as OutputOf<N>
    } catch (error) {
      if (error instanceof ApiError) deps.onFailure?.(error, name)
      throw error
    }
  }
}
