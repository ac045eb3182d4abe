import type { ErrorCode, Failure, RowError } from '@/core/contract'

/** Codes the client adds to the server's own: the request never reached the server. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

/** The message shown when the request never got an answer. */
export const NETWORK_MESSAGE = '网络不给力，请稍后重试'

/** A failed call: the server's Failure, or a network problem. The message is Chinese and shown as is. */
export class ApiError extends Error {
  readonly code: ClientErrorCode
  readonly field?: string
  readonly rows?: RowError[]

  constructor(code: ClientErrorCode, message: string, extra: { field?: string; rows?: RowError[] } = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.field = extra.field
    this.rows = extra.rows
  }

  /** From the failure half of a response. */
  static fromFailure(failure: Failure): ApiError {
    return new ApiError(failure.code, failure.message || '操作失败，请稍后再试', { field: failure.field, rows: failure.rows })
  }
}

/** Any thrown value as an ApiError, so pages show one kind of message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('INTERNAL', '出了点问题，请稍后再试')
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  return toApiError(error).message
}
