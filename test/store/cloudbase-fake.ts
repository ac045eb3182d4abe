import { INDEXES } from '../../cloudfunctions/lib/adapters/cloudbase'
import type { CloudbaseCollection, CloudbaseCommand, CloudbaseDatabase } from '../../cloudfunctions/lib/adapters/cloudbase'
import {
  FakeTransaction,
  TxState,
  conflictError,
  duplicateError,
  isConflict,
  keyOf,
  type Changes,
  type Doc
} from './cloudbase-fake-tx'
import { FakeCollection } from './cloudbase-fake-query'

export { CONFLICT, DUPLICATE, FakeTcbError, FakeTransaction } from './cloudbase-fake-tx'
export { AGGREGATE_DEFAULT_LIMIT, DEFAULT_LIMIT, MAX_LIMIT } from './cloudbase-fake-query'

// A mingo-backed stand-in (queries and plain writes in cloudbase-fake-query.ts) for @cloudbase/node-sdk's database, faithful where our adapter could go
// wrong: get() returns 100 documents unless told and refuses a limit over 1000; doc().get()
// answers with an array outside a transaction and with the document inside one; set() refuses
// `_id`; unique indexes (from INDEXES) are enforced at the operation, treating null and missing
// alike. Transactions (cloudbase-fake-tx.ts) run concurrently with snapshot isolation: a write to a
// document another transaction has written, or committed since this one started, fails with a
// write conflict, and runTransaction reruns fn like the SDK; a failed operation aborts the
// transaction; two operations of one transaction in flight at once are an error; queries are
// refused inside one. Every call costs a round trip (a turn of the event loop, or latencyMs).
//
// Plain (non-transaction) writes never wait: the real service blocks a plain write to a document a
// running transaction has written until it ends; here the plain write lands at once and that
// transaction then fails with a conflict at commit (and reruns), which keeps the same guarantee:
// neither write is lost silently.

type Table = Map<string, Doc>

/** How many times runTransaction reruns fn on a conflict (@cloudbase/database transaction/index.ts). */
export const TRANSACTION_RETRIES = 3

export interface FakeCloudbaseOptions {
  /** Delay of every round trip in ms (for benches); 0 (default) only yields to the event loop. */
  latencyMs?: number
}

export class FakeCloudbase implements CloudbaseDatabase {
  readonly tables = new Map<string, Table>()
  /**
   * How many get() calls ran and the largest result one returned (to check paging happens), how
   * many aggregations ran; how
   * many times a transaction function ran, and how many write conflicts happened.
   */
  readonly stats = { gets: 0, largestGet: 0, aggregates: 0, transactionRuns: 0, conflicts: 0 }
  private readonly latencyMs: number
  /** Commit sequence: a transaction's snapshot is the data as of the sequence number at its start. */
  private seq = 0
  /** While transactions run: the sequence number of each document's last committed write... */
  private readonly lastWrite = new Map<string, number>()
  /** ...and its earlier versions, oldest change first, so snapshots can be read. */
  private readonly history = new Map<string, Array<{ seq: number; before: Doc | null }>>()
  private readonly running = new Set<TxState>()
  /** Documents written by a running transaction, and by which. */
  private readonly locks = new Map<string, TxState>()

  constructor(options: FakeCloudbaseOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0
  }

  /** One network round trip: a timer when a latency is set, else a turn of the event loop. */
  roundTrip(): Promise<void> {
    const ms = this.latencyMs
    return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)))
  }

  readonly command: CloudbaseCommand = {
    eq: (value) => ({ $eq: value }),
    gt: (value) => ({ $gt: value }),
    lt: (value) => ({ $lt: value }),
    lte: (value) => ({ $lte: value }),
    gte: (value) => ({ $gte: value }),
    in: (values) => ({ $in: values }),
    and: (conditions) => ({ $and: conditions }),
    or: (conditions) => ({ $or: conditions }),
    inc: (n) => ({ $inc: n })
  }

  RegExp({ regexp, options }: { regexp: string; options: string }): object {
    return { $regex: regexp, $options: options }
  }

  collection(name: string): CloudbaseCollection {
    return new FakeCollection(this, name, { where: null, order: [], skip: 0, limit: null, projection: null })
  }

  table(name: string): Table {
    let table = this.tables.get(name)
    if (!table) this.tables.set(name, (table = new Map()))
    return table
  }

  /** Applies writes (null = delete) to committed data, all or none, checking unique indexes. */
  write(changes: Changes): void {
    const staged = new Map<string, Table>()
    for (const [name, docs] of changes) {
      const table = new Map(this.table(name))
      for (const [id, doc] of docs) {
        if (doc) table.set(id, doc)
        else table.delete(id)
      }
      for (const doc of docs.values()) if (doc) checkUnique(name, table, doc)
      staged.set(name, table)
    }
    const seq = ++this.seq
    for (const [name, docs] of changes) {
      for (const id of docs.keys()) {
        const key = keyOf(name, id)
        if (this.running.size > 0) {
          const versions = this.history.get(key) ?? []
          versions.push({ seq, before: this.table(name).get(id) ?? null })
          this.history.set(key, versions)
        }
        this.lastWrite.set(key, seq)
      }
    }
    for (const [name, table] of staged) this.tables.set(name, table)
  }

  /** The document as a transaction sees it: its own write, else the committed one as of its start. */
  readAt(state: TxState, collection: string, id: string): Doc | null {
    const own = state.writes.get(collection)
    if (own?.has(id)) return own.get(id) ?? null
    for (const version of this.history.get(keyOf(collection, id)) ?? []) {
      if (version.seq > state.start) return version.before
    }
    return this.table(collection).get(id) ?? null
  }

  /** Takes the write lock of a document for a transaction, or fails with a write conflict. */
  claim(state: TxState, collection: string, id: string): void {
    const key = keyOf(collection, id)
    const holder = this.locks.get(key)
    if ((holder && holder !== state) || (this.lastWrite.get(key) ?? 0) > state.start) {
      this.stats.conflicts++
      throw conflictError()
    }
    this.locks.set(key, state)
  }

  /**
   * Unique indexes at the operation: a clash with what the transaction sees is a duplicate key; with
   * a document committed since its start, or written by another running transaction, a conflict.
   */
  checkUniqueAt(state: TxState, collection: string, doc: Doc): void {
    const own = state.writes.get(collection)
    for (const index of uniqueIndexes(collection)) {
      const clashes = (other: Doc | null) => other !== null && other._id !== doc._id && sameKey(index.keys, other, doc)
      for (const other of own?.values() ?? []) if (clashes(other)) throw duplicateError(collection, index.name)
      for (const other of this.table(collection).values()) {
        if (own?.has(other._id) || !clashes(other)) continue
        if ((this.lastWrite.get(keyOf(collection, other._id)) ?? 0) > state.start) throw this.conflict()
        throw duplicateError(collection, index.name)
      }
      for (const tx of this.running) {
        if (tx === state) continue
        for (const other of tx.writes.get(collection)?.values() ?? []) if (clashes(other)) throw this.conflict()
      }
    }
  }

  private conflict(): Error {
    this.stats.conflicts++
    return conflictError()
  }

  /**
   * Runs fn in a transaction like @cloudbase/database's runTransaction: commits when fn resolves,
   * rolls back when it throws, and on a write conflict reruns fn up to `times` more times with no
   * backoff, then throws the conflict.
   */
  async runTransaction(fn: (tx: FakeTransaction) => Promise<unknown>, times = TRANSACTION_RETRIES): Promise<unknown> {
    for (let left = times; ; left--) {
      const state = new TxState(this.seq)
      this.running.add(state)
      this.stats.transactionRuns++
      try {
        await this.roundTrip() // startTransaction
        const result = await fn(new FakeTransaction(this, state))
        await this.roundTrip() // commitTransaction
        this.commit(state)
        return result
      } catch (error) {
        if (left > 0 && isConflict(error)) continue
        throw error
      } finally {
        this.release(state)
      }
    }
  }

  private commit(state: TxState): void {
    // An aborted transaction never commits, even when fn caught the failure and went on.
    if (state.failure) throw state.failure
    for (const [name, docs] of state.writes) {
      // A plain write landed on a document this transaction wrote (see the header).
      for (const id of docs.keys()) if ((this.lastWrite.get(keyOf(name, id)) ?? 0) > state.start) throw this.conflict()
    }
    this.write(state.writes)
  }

  private release(state: TxState): void {
    this.running.delete(state)
    for (const [name, docs] of state.writes) {
      for (const id of docs.keys()) if (this.locks.get(keyOf(name, id)) === state) this.locks.delete(keyOf(name, id))
    }
    if (this.running.size === 0) {
      // No snapshot is older than now: versions and write times are no longer needed.
      this.history.clear()
      this.lastWrite.clear()
    }
  }
}

type IndexKeys = ReadonlyArray<{ field: string }>

function uniqueIndexes(collection: string) {
  return (INDEXES[collection as keyof typeof INDEXES] ?? []).filter((index) => index.unique)
}

/** Same index key; like Mongo, a missing field and null are the same key. */
function sameKey(keys: IndexKeys, a: Doc, b: Doc): boolean {
  return keys.every(({ field }) => (a[field] ?? null) === (b[field] ?? null))
}

function checkUnique(collection: string, table: Table, doc: Doc): void {
  for (const index of uniqueIndexes(collection)) {
    for (const other of table.values()) {
      if (other._id !== doc._id && sameKey(index.keys, other, doc)) throw duplicateError(collection, index.name)
    }
  }
}
