import { DuplicateKeyError, type Page } from '../../ports/store.port'
import type { CloudbaseDatabase, CloudbaseQuery, Condition } from './database'

/** A stored document: the entity's fields with its key as `_id`. */
export type Doc = Record<string, unknown> & { _id: string }

/** get() never returns more than this many documents. */
export const MAX_PAGE = 1000

/** The platform's error codes the adapter acts on (TcbError.code). */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
// "index key duplicate, for example inserting data with same _id":
// https://docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE
export const DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE'

/** A failure the SDK returned instead of throwing, keeping its code. */
export class CloudbaseError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`CloudBase ${code}: ${message}`)
    this.name = 'CloudbaseError'
  }
}

/** The node-sdk returns `{ code, message }` instead of throwing when its throwOnCode switch is off. */
export function ensureOk<T>(result: T): T {
  const failure = result as { code?: unknown; message?: unknown } | null
  if (failure && typeof failure === 'object' && typeof failure.code === 'string') {
    throw new CloudbaseError(failure.code, String(failure.message ?? ''))
  }
  return result
}

/** The code of a TcbError (thrown by the SDK) or of a CloudbaseError (from ensureOk). */
export function errorCode(error: unknown): string | null {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : null
}

/** A duplicate key becomes DuplicateKeyError (naming the index when the message does); others pass. */
function asDuplicate(error: unknown, collection: string): unknown {
  const message = error instanceof Error ? error.message : String((error as { message?: unknown } | null)?.message ?? '')
  if (errorCode(error) !== DUPLICATE_WRITE && !message.includes('E11000')) return error
  return new DuplicateKeyError(collection, /index: (\S+)/.exec(message)?.[1] ?? null)
}

/** Turns an entity into a document: its key becomes `_id`. */
export function toDoc<T extends object>(entity: T, key: keyof T & string): Doc {
  const { [key]: id, ...rest } = entity as Record<string, unknown>
  return { ...rest, _id: String(id) }
}

/** Turns a document back into an entity (dropping `_id` and anything the platform adds, like `_openid`). */
export function fromDoc<T>(doc: unknown, key: string): T {
  const { _id, _openid: _ignored, ...rest } = doc as Doc & { _openid?: unknown }
  return { ...rest, [key]: _id } as T
}

/** Document-level operations: on the database, or on a transaction (the only kind it supports). */
export interface DocAccess {
  get(collection: string, id: string): Promise<Doc | null>
  /** Inserts; fails with DuplicateKeyError if the id exists or a unique index refuses it. */
  create(collection: string, doc: Doc): Promise<void>
  /** Replaces or creates; fails with DuplicateKeyError if a unique index refuses it. */
  put(collection: string, doc: Doc): Promise<void>
  /** Deletes; nothing happens when it is absent. */
  remove(collection: string, id: string): Promise<void>
  /**
   * Updates fields of one document in place (update operators such as db.command.inc allowed, so
   * a counter changes atomically without a read); how many documents changed (0 when it is absent).
   */
  update(collection: string, id: string, data: object): Promise<number>
}

// Outside a transaction doc().get() answers with an array, inside with the document itself.
function firstDoc(data: unknown): Doc | null {
  if (Array.isArray(data)) return (data[0] as Doc | undefined) ?? null
  return (data as Doc | null | undefined) ?? null
}

const withoutId = ({ _id, ...rest }: Doc): Record<string, unknown> => rest

/** What both the database and a transaction offer for single documents. */
interface DocSource {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      set(data: object): Promise<unknown>
      update(data: object): Promise<unknown>
      remove(): Promise<unknown>
    }
    add(data: object): Promise<{ id?: string }>
  }
}

/**
 * Document access on the database, or on a transaction (where reads see its own writes and writes
 * land at commit): the calls are the same, only the answers' shapes differ.
 */
export function docAccess(source: DocSource): DocAccess {
  return {
    async get(collection, id) {
      return firstDoc(ensureOk(await source.collection(collection).doc(id).get()).data)
    },
    async create(collection, doc) {
      try {
        ensureOk(await source.collection(collection).add(doc))
      } catch (error) {
        throw asDuplicate(error, collection)
      }
    },
    async put(collection, doc) {
      try {
        ensureOk(await source.collection(collection).doc(doc._id).set(withoutId(doc)))
      } catch (error) {
        throw asDuplicate(error, collection)
      }
    },
    async remove(collection, id) {
      ensureOk(await source.collection(collection).doc(id).remove())
    },
    async update(collection, id, data) {
      const result = ensureOk(await source.collection(collection).doc(id).update(data)) as { updated?: unknown } | null
      return Number(result?.updated ?? 0)
    }
  }
}

/** All of the conditions (null when there are none). */
export function allOf(db: CloudbaseDatabase, parts: Condition[]): Condition | null {
  return parts.length === 0 ? null : parts.length === 1 ? parts[0] : db.command.and(parts)
}

/** Escapes user text so it matches literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Compares two values the way both stores order them (strings by code unit, nulls first). */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return -1
  if (b === null || b === undefined) return 1
  return (a as string) < (b as string) ? -1 : 1
}

/** A comparator over fields: `['name', 'id']` ascending, `['-date']` descending. */
export function byFields<T>(...fields: string[]): (a: T, b: T) => number {
  const keys = fields.map((f) => (f.startsWith('-') ? { name: f.slice(1), dir: -1 } : { name: f, dir: 1 }))
  return (a, b) => {
    for (const { name, dir } of keys) {
      const c = compareValues((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name])
      if (c !== 0) return c * dir
    }
    return 0
  }
}

/** Plain (non-transactional) queries; CloudBase transactions cannot run them. */
export class Queries {
  constructor(readonly db: CloudbaseDatabase) {}

  private where(collection: string, condition: Condition | null): CloudbaseQuery {
    const coll = this.db.collection(collection)
    return condition ? coll.where(condition) : coll
  }

  /** The first matching document, or null. */
  async first(collection: string, condition: Condition): Promise<Doc | null> {
    const { data } = ensureOk(await this.where(collection, condition).limit(1).get())
    return (data[0] as Doc | undefined) ?? null
  }

  /**
   * Every matching document. CloudBase caps get() at 1000, so page by _id (a stable order that
   * stays correct while others write); callers sort what they need in memory.
   */
  async all(collection: string, condition: Record<string, unknown> | null, projection?: Record<string, boolean>): Promise<Doc[]> {
    const out: Doc[] = []
    let last: string | null = null
    for (;;) {
      const cond: Record<string, unknown> | null = last === null ? condition : { ...condition, _id: this.db.command.gt(last) }
      let query: CloudbaseQuery = this.where(collection, cond).orderBy('_id', 'asc').limit(MAX_PAGE)
      if (projection) query = query.field(projection)
      const { data }: { data: unknown[] } = ensureOk(await query.get())
      for (const d of data) out.push(d as Doc)
      if (data.length < MAX_PAGE) return out
      last = (data[data.length - 1] as Doc)._id
    }
  }

  /** Up to `limit` matches from `offset` in the given order (fields as in byFields), past 1000 in chunks. */
  async slice(collection: string, condition: Condition | null, order: string[], offset: number, limit: number): Promise<Doc[]> {
    const items: Doc[] = []
    while (items.length < limit) {
      let query = this.where(collection, condition)
      for (const f of order) query = f.startsWith('-') ? query.orderBy(f.slice(1), 'desc') : query.orderBy(f, 'asc')
      const want = Math.min(MAX_PAGE, limit - items.length)
      const { data } = ensureOk(
        await query
          .skip(offset + items.length)
          .limit(want)
          .get()
      )
      for (const d of data) items.push(d as Doc)
      if (data.length < want) break
    }
    return items
  }

  /**
   * Deletes up to `limit` matches, the first in the given order: their ids in one query, then one
   * multi-document remove of exactly those. How many went. Not in a transaction (periodic clean-ups).
   */
  async removeFirst(collection: string, condition: Condition, order: string[], limit: number): Promise<number> {
    const first = await this.slice(collection, condition, order, 0, limit)
    if (!first.length) return 0
    const ids = first.map((doc) => doc._id)
    ensureOk(
      await this.db
        .collection(collection)
        .where({ _id: this.db.command.in(ids) })
        .remove()
    )
    return ids.length
  }

  /** One page in the given order (fields as in byFields) and the total count; pages past 1000 in chunks. */
  async page(
    collection: string,
    condition: Condition | null,
    order: string[],
    offset: number,
    limit: number
  ): Promise<Page<Doc>> {
    const items = await this.slice(collection, condition, order, offset, limit)
    const { total } = ensureOk(await this.where(collection, condition).count())
    return { items, total: total ?? items.length }
  }
}
