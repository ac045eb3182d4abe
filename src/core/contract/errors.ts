/** Stable error codes a client may branch on; the message is always Chinese and shown as is. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'NOT_BOUND',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'AUTH.BAD_CODE',
  'AUTH.LOCKED',
  'ROSTER.IMPORT_INVALID',
  'STUDY.WITHDRAW_CLOSED',
  /** A hand-made lead-study/exchange record on a day a meeting already recorded it (confirm to keep both). */
  'RECORD.DUPLICATE',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One row/column problem in an imported file. */
export interface RowError {
  row: number
  column: string
  message: string
}

/** The failure half of every action's response. */
export interface Failure {
  ok: false
  code: ErrorCode
  message: string
  /** The input field the message is about, as a dotted path. */
  field?: string
  /** Per-row problems of an import. */
  rows?: RowError[]
}

/** The success half of every action's response. */
export interface Success<T> {
  ok: true
  data: T
}

export type Result<T> = Success<T> | Failure

/** An expected failure raised by a service; the router turns it into a Failure. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  readonly rows?: RowError[]
  /**
   * Keep the writes the action made before failing (a wrong code's attempt counter): the router
   * commits the transaction, then answers this failure. Off by default: a failure rolls back.
   */
  readonly commitWrites: boolean

  constructor(code: ErrorCode, message: string, extra: { field?: string; rows?: RowError[]; commitWrites?: boolean } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.field = extra.field
    this.rows = extra.rows
    this.commitWrites = extra.commitWrites ?? false
  }

  toFailure(): Failure {
    const failure: Failure = { ok: false, code: this.code, message: this.message }
    if (this.field) failure.field = this.field
    if (this.rows) failure.rows = this.rows
    return failure
  }
}

/** A bad value in one field. */
export function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { field })
}
