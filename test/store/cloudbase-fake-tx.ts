import { randomUUID } from 'crypto'
import type {
  CloudbaseTransaction,
  CloudbaseTxCollection,
  CloudbaseTxDocument
} from '../../cloudfunctions/lib/adapters/cloudbase'
import type { FakeCloudbase } from './cloudbase-fake'

// The transaction side of the CloudBase fake. CloudBase transactions are MongoDB's: snapshot
// isolation, only single-document operations, a write to a document another transaction has
// written (or committed since this one started) fails at once with a write conflict, and any
// failed operation aborts the whole transaction.
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html
// https://docs.cloudbase.net/database/transaction

export type Doc = Record<string, unknown> & { _id: string }
/** Writes by collection and id; null deletes. */
export type Changes = Map<string, Map<string, Doc | null>>

/** The error codes the platform answers with (TcbError.code). */
export const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
// https://docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE
export const DUPLICATE = 'DATABASE_DUPLICATE_WRITE'

/** Shaped like the node-sdk's TcbError: `code` and `message`. */
export class FakeTcbError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'TcbError'
  }
}

export const conflictError = (): FakeTcbError => new FakeTcbError(CONFLICT, 'database transaction conflict')
export const duplicateError = (collection: string, index: string): FakeTcbError =>
  new FakeTcbError(DUPLICATE, `E11000 duplicate key error collection: ${collection} index: ${index}`)

export const isConflict = (error: unknown): boolean => error instanceof FakeTcbError && error.code === CONFLICT
export const keyOf = (collection: string, id: string): string => `${collection}/${id}`
export const clone = <T>(value: T): T => structuredClone(value)

/** db.command.inc(n) in the fake: a marker the update applies to the stored value. */
export interface IncOp {
  $inc: number
}
const isInc = (value: unknown): value is IncOp =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as IncOp).$inc === 'number'

/** An update's data merged into a document: fields replaced, `inc` markers added to the stored number. */
export function applyUpdate(doc: Doc, data: object): Doc {
  const out: Doc = { ...doc }
  for (const [key, value] of Object.entries(data)) {
    out[key] = isInc(value) ? Number(doc[key] ?? 0) + value.$inc : clone(value)
  }
  return out
}

/** One run of a transaction's function: where its snapshot starts, its own writes, how it stands. */
export class TxState {
  readonly writes: Changes = new Map()
  /** An operation is in flight (a second one at the same time is an error). */
  busy = false
  /** The failure that aborted it: later operations fail and it never commits. */
  failure: Error | null = null

  constructor(readonly start: number) {}

  written(collection: string): Map<string, Doc | null> {
    let docs = this.writes.get(collection)
    if (!docs) this.writes.set(collection, (docs = new Map()))
    return docs
  }
}

export class FakeTransaction implements CloudbaseTransaction {
  constructor(
    private readonly db: FakeCloudbase,
    readonly state: TxState
  ) {}

  collection(name: string): FakeTxCollection {
    return new FakeTxCollection(this.db, this.state, name)
  }
}

/**
 * A collection inside a transaction: doc get/set/update/delete and add. The SDK's object also has
 * where/get/count, which the server refuses inside a transaction; so do these.
 */
export class FakeTxCollection implements CloudbaseTxCollection {
  constructor(
    private readonly db: FakeCloudbase,
    private readonly state: TxState,
    private readonly name: string
  ) {}

  /** One request of the transaction: refused after a failure or while another is in flight. */
  private async op<T>(body: () => T): Promise<T> {
    const { state } = this
    if (state.failure) {
      const code = state.failure instanceof FakeTcbError ? state.failure.code : 'DATABASE_REQUEST_FAILED'
      throw new FakeTcbError(code, `transaction aborted by an earlier failure: ${state.failure.message}`)
    }
    if (state.busy) throw this.abort(new Error('parallel operations in one transaction are not supported'))
    state.busy = true
    try {
      await this.db.roundTrip()
      return body()
    } catch (error) {
      throw this.abort(error instanceof Error ? error : new Error(String(error)))
    } finally {
      state.busy = false
    }
  }

  private abort(error: Error): Error {
    this.state.failure ??= error
    return error
  }

  private read(id: string): Doc | null {
    return this.db.readAt(this.state, this.name, id)
  }

  private write(id: string, doc: Doc | null): void {
    this.db.claim(this.state, this.name, id)
    if (doc) this.db.checkUniqueAt(this.state, this.name, doc)
    this.state.written(this.name).set(id, doc)
  }

  doc(id: string): CloudbaseTxDocument {
    return {
      get: () =>
        this.op(() => {
          const doc = this.read(id)
          return { data: doc ? clone(doc) : null }
        }),
      set: (data) =>
        this.op(() => {
          if ('_id' in data) throw new Error('不能更新_id的值')
          this.write(id, { ...clone(data), _id: id } as Doc)
          return { updated: 1 }
        }),
      update: (data) =>
        this.op(() => {
          const doc = this.read(id)
          if (doc) this.write(id, { ...applyUpdate(doc, data), _id: id })
          return { updated: doc ? 1 : 0 }
        }),
      delete: () => this.remove(id),
      remove: () => this.remove(id)
    }
  }

  private remove(id: string): Promise<{ deleted: number }> {
    return this.op(() => {
      const doc = this.read(id)
      if (doc) this.write(id, null)
      return { deleted: doc ? 1 : 0 }
    })
  }

  add(data: object): Promise<{ id?: string }> {
    return this.op(() => {
      const doc = { _id: randomUUID(), ...clone(data) } as Doc
      // Committed by someone else since the snapshot (or written by a running transaction): a
      // conflict; visible to this transaction: a duplicate key.
      this.db.claim(this.state, this.name, doc._id)
      if (this.read(doc._id)) throw duplicateError(this.name, '_id_')
      this.db.checkUniqueAt(this.state, this.name, doc)
      this.state.written(this.name).set(doc._id, doc)
      return { id: doc._id }
    })
  }

  where(): never {
    throw this.abort(new Error('where() is not supported inside a transaction'))
  }

  get(): Promise<never> {
    return Promise.reject(this.abort(new Error('get() on a collection is not supported inside a transaction')))
  }

  count(): Promise<never> {
    return Promise.reject(this.abort(new Error('count() is not supported inside a transaction')))
  }
}
