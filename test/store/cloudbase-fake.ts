import { randomUUID } from 'crypto'
import { Query } from 'mingo'
import { INDEXES } from '../../cloudfunctions/lib/adapters/cloudbase'
import type {
  CloudbaseCollection,
  CloudbaseCommand,
  CloudbaseDatabase,
  CloudbaseDocument,
  CloudbaseQuery,
  CloudbaseTransaction,
  CloudbaseTxCollection,
  Condition
} from '../../cloudfunctions/lib/adapters/cloudbase'

// A mingo-backed stand-in for @cloudbase/node-sdk's database, faithful where our adapter could go
// wrong: get() returns 100 documents unless told and refuses a limit over 1000; doc().get()
// answers with an array outside a transaction and with the document inside one; set() refuses
// `_id`; unique indexes (from INDEXES) are enforced; transactions only offer single-document
// operations, see their own writes, and commit all or nothing. Every call yields to the event
// loop like a network round trip, so interleavings show up.

type Doc = Record<string, unknown> & { _id: string }
type Table = Map<string, Doc>

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export interface FakeCloudbaseOptions {
  /** Delay of every round trip in ms (for benches); 0 (default) only yields to the event loop. */
  latencyMs?: number
}
const clone = <T>(value: T): T => structuredClone(value)

interface QuerySpec {
  where: Condition | null
  order: Array<[string, 1 | -1]>
  skip: number
  limit: number | null
  projection: Record<string, 1> | null
}

export class FakeCloudbase implements CloudbaseDatabase {
  readonly tables = new Map<string, Table>()
  /** How many get() calls ran, and the largest result one returned (to check paging happens). */
  readonly stats = { gets: 0, largestGet: 0 }
  private serial: Promise<unknown> = Promise.resolve()
  private readonly latencyMs: number

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
    in: (values) => ({ $in: values }),
    and: (conditions) => ({ $and: conditions }),
    or: (conditions) => ({ $or: conditions })
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
  write(changes: Map<string, Map<string, Doc | null>>): void {
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
    for (const [name, table] of staged) this.tables.set(name, table)
  }

  async runTransaction(fn: (tx: CloudbaseTransaction) => Promise<unknown>): Promise<unknown> {
    // Transactions run one at a time here; the real service detects conflicts and reruns fn.
    const run = this.serial.then(async () => {
      const overlay = new Map<string, Map<string, Doc | null>>()
      const result = await fn(new FakeTransaction(this, overlay))
      this.write(overlay)
      return result
    })
    this.serial = run.catch(() => undefined)
    return run
  }
}

function checkUnique(collection: string, table: Table, doc: Doc): void {
  for (const index of INDEXES[collection as keyof typeof INDEXES] ?? []) {
    if (!index.unique) continue
    const same = (other: Doc) => index.keys.every(({ field }) => other[field] === doc[field])
    for (const other of table.values()) {
      if (other._id !== doc._id && same(other)) throw new Error(`E11000 duplicate key: ${collection}.${index.name}`)
    }
  }
}

class FakeQuery implements CloudbaseQuery {
  constructor(
    protected readonly db: FakeCloudbase,
    protected readonly name: string,
    protected readonly spec: QuerySpec
  ) {}

  private with(change: Partial<QuerySpec>): FakeQuery {
    return new FakeQuery(this.db, this.name, { ...this.spec, ...change })
  }

  where(condition: Condition) {
    return this.with({ where: condition })
  }
  orderBy(field: string, direction: 'asc' | 'desc') {
    return this.with({ order: [...this.spec.order, [field, direction === 'asc' ? 1 : -1]] })
  }
  skip(offset: number) {
    return this.with({ skip: offset })
  }
  limit(max: number) {
    if (max > MAX_LIMIT) throw new Error(`limit ${max} exceeds ${MAX_LIMIT}`)
    return this.with({ limit: max })
  }
  field(projection: Record<string, boolean>) {
    const only = Object.entries(projection).filter(([, on]) => on)
    return this.with({ projection: Object.fromEntries(only.map(([k]) => [k, 1 as const])) })
  }

  private matches(): Doc[] {
    const docs = [...this.db.table(this.name).values()]
    return new Query(this.spec.where ?? {}, {}).find<Doc>(docs).all()
  }

  async get(): Promise<{ data: unknown[] }> {
    await this.db.roundTrip()
    const query = new Query(this.spec.where ?? {}, {})
    let cursor = query.find<Doc>([...this.db.table(this.name).values()], this.spec.projection ?? undefined)
    if (this.spec.order.length) cursor = cursor.sort(Object.fromEntries(this.spec.order))
    const data = cursor
      .skip(this.spec.skip)
      .limit(this.spec.limit ?? DEFAULT_LIMIT)
      .all()
    this.db.stats.gets++
    this.db.stats.largestGet = Math.max(this.db.stats.largestGet, data.length)
    return { data: clone(data) }
  }

  async count(): Promise<{ total: number }> {
    await this.db.roundTrip()
    return { total: this.matches().length }
  }

  /** where().update(): merges data into every match, one request (the SDK's default is multi). */
  async update(data: object): Promise<{ updated: number }> {
    await this.db.roundTrip()
    const hits = this.matches()
    this.db.write(new Map([[this.name, new Map(hits.map((doc) => [doc._id, { ...doc, ...clone(data), _id: doc._id }]))]]))
    return { updated: hits.length }
  }

  /** where().remove(): deletes every match, one request. */
  async remove(): Promise<{ deleted: number }> {
    await this.db.roundTrip()
    const hits = this.matches()
    this.db.write(new Map([[this.name, new Map(hits.map((doc) => [doc._id, null]))]]))
    return { deleted: hits.length }
  }
}

class FakeCollection extends FakeQuery implements CloudbaseCollection {
  doc(id: string): CloudbaseDocument {
    const { db, name } = this
    const current = () => db.table(name).get(id)
    const put = (doc: Doc | null) => db.write(new Map([[name, new Map([[id, doc]])]]))
    return {
      async get() {
        await db.roundTrip()
        const doc = current()
        return { data: doc ? [clone(doc)] : [] }
      },
      async set(data) {
        await db.roundTrip()
        if ('_id' in data) throw new Error('不能更新_id的值')
        put({ ...clone(data), _id: id })
        return { updated: 1 }
      },
      async update(data) {
        await db.roundTrip()
        const doc = current()
        if (doc) put({ ...doc, ...clone(data), _id: id })
        return { updated: doc ? 1 : 0 }
      },
      async remove() {
        await db.roundTrip()
        put(null)
        return { deleted: 1 }
      }
    }
  }

  async add(data: object | object[]): Promise<{ id?: string; ids?: string[] }> {
    await this.db.roundTrip()
    if (Array.isArray(data)) {
      // One request. Like an ordered insertMany, documents before a failing one stay inserted:
      // all land in one write, or else they are retried one by one up to the failing one.
      const docs = (data as object[]).map((item) => ({ _id: randomUUID(), ...clone(item) }) as Doc)
      const table = this.db.table(this.name)
      const ids = new Set(docs.map((d) => d._id))
      if (ids.size === docs.length && docs.every((d) => !table.has(d._id))) {
        try {
          this.db.write(new Map([[this.name, new Map(docs.map((d) => [d._id, d]))]]))
          return { ids: docs.map((d) => d._id) }
        } catch {
          // a unique index refused one of them: find which, keeping those before it
        }
      }
      return { ids: docs.map((d) => this.insertOne(d)) }
    }
    return { id: this.insertOne(data) }
  }

  private insertOne(data: object): string {
    const doc = { _id: randomUUID(), ...clone(data) } as Doc
    if (this.db.table(this.name).has(doc._id)) throw new Error(`E11000 duplicate key: ${this.name}._id`)
    this.db.write(new Map([[this.name, new Map([[doc._id, doc]])]]))
    return doc._id
  }
}

class FakeTransaction implements CloudbaseTransaction {
  constructor(
    private readonly db: FakeCloudbase,
    private readonly overlay: Map<string, Map<string, Doc | null>>
  ) {}

  collection(name: string): CloudbaseTxCollection {
    let writes = this.overlay.get(name)
    if (!writes) this.overlay.set(name, (writes = new Map()))
    const changed = writes
    const db = this.db
    const read = (id: string): Doc | null => (changed.has(id) ? (changed.get(id) ?? null) : (this.db.table(name).get(id) ?? null))
    return {
      doc: (id) => ({
        async get() {
          await db.roundTrip()
          const doc = read(id)
          return { data: doc ? clone(doc) : null }
        },
        async set(data) {
          await db.roundTrip()
          if ('_id' in data) throw new Error('不能更新_id的值')
          changed.set(id, { ...clone(data), _id: id })
          return { updated: 1 }
        },
        async update(data) {
          await db.roundTrip()
          const doc = read(id)
          if (doc) changed.set(id, { ...doc, ...clone(data), _id: id })
          return { updated: doc ? 1 : 0 }
        },
        async delete() {
          await db.roundTrip()
          changed.set(id, null)
          return { deleted: 1 }
        }
      }),
      async add(data) {
        await db.roundTrip()
        const doc = { _id: randomUUID(), ...clone(data) } as Doc
        if (read(doc._id)) throw new Error(`E11000 duplicate key: ${name}._id`)
        changed.set(doc._id, doc)
        return { id: doc._id }
      }
    }
  }
}
