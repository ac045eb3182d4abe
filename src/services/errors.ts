import type { ErrorCode, Failure, RowError } from '@/core/contract'
import { sessionClock } from '@/core/rules/observation'

/** Codes the client adds to the server's own: the request never reached the server. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

// What the app says when the network is gone, in one place (issue 13, item 9).

/** The message shown when the request never got an answer. */
export const NETWORK_MESSAGE = '网络未连接，请联网后重试'

/** A form whose draft stays on the device, refused for want of a network: nothing typed is lost. */
export const DRAFT_KEPT_MESSAGE = '网络未连接，已保存在本机，联网后点提交即可'

/** The score sheet, which sends itself once the network is back. */
export const DRAFT_KEPT_AUTO_MESSAGE = '网络未连接，已保存在本机，联网后自动提交'

/** Figures still on screen after a refresh failed for want of a network, read at `clock` (HH:MM, China time). */
export const staleNotice = (clock: string): string => `离线，显示的是 ${clock} 的数据`

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

/**
 * For a form that keeps its draft on the device: a network failure says the draft is kept (the
 * same idempotency key goes with the next submit); any other failure is passed on as it is.
 */
export function withDraftKept(error: unknown): unknown {
  return error instanceof ApiError && error.code === 'NETWORK' ? new ApiError('NETWORK', DRAFT_KEPT_MESSAGE) : error
}

/**
 * What a failed read leaves on a page: offline with data on screen (read at `readAt`, ISO), the
 * data stays and is said to be stale as of its China time; otherwise the error replaces it.
 */
export function afterFailedRead(error: unknown, readAt: string | null): { staleSince: string } | { error: ApiError } {
  if (readAt && error instanceof ApiError && error.code === 'NETWORK') return { staleSince: sessionClock(readAt) }
  return { error: toApiError(error) }
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  return toApiError(error).message
}
