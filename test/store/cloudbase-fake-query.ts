import { randomUUID } from 'crypto'
import { Aggregator, Query } from 'mingo'
import type {
  CloudbaseAggregate,
  CloudbaseCollection,
  CloudbaseDocument,
  CloudbaseQuery,
  Condition
} from '../../cloudfunctions/lib/adapters/cloudbase'
import type { FakeCloudbase } from './cloudbase-fake'
import { applyUpdate, clone, duplicateError, type Doc } from './cloudbase-fake-tx'

// Queries and plain (non-transaction) document operations of the CloudBase fake.

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export interface QuerySpec {
  where: Condition | null
  order: Array<[string, 1 | -1]>
  skip: number
  limit: number | null
  projection: Record<string, 1> | null
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
    this.db.write(new Map([[this.name, new Map(hits.map((doc) => [doc._id, { ...applyUpdate(doc, data), _id: doc._id }]))]]))
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

/** What end() answers without a limit stage (the platform's default for aggregations). */
export const AGGREGATE_DEFAULT_LIMIT = 20

/**
 * collection.aggregate(): the stages our adapter uses, run by mingo on committed data. Like the
 * platform, end() answers at most 20 results unless a limit stage says otherwise, and a limit
 * over 1000 is refused here (stricter than the platform, so paging is exercised).
 */
class FakeAggregate implements CloudbaseAggregate {
  constructor(
    private readonly db: FakeCloudbase,
    private readonly name: string,
    private readonly stages: Array<Record<string, unknown>>
  ) {}

  private with(stage: Record<string, unknown>): FakeAggregate {
    return new FakeAggregate(this.db, this.name, [...this.stages, stage])
  }
  match(condition: Condition) {
    return this.with({ $match: condition })
  }
  group(spec: object) {
    return this.with({ $group: spec })
  }
  sort(spec: Record<string, 1 | -1>) {
    return this.with({ $sort: spec })
  }
  skip(offset: number) {
    return this.with({ $skip: offset })
  }
  limit(max: number) {
    if (max > MAX_LIMIT) throw new Error(`limit ${max} exceeds ${MAX_LIMIT}`)
    return this.with({ $limit: max })
  }
  /**
   * The documents the pipeline starts from. A first `$match` on a field `$in` a list keeps only
   * documents whose value is in it before mingo runs the whole match (the same result, without
   * mingo's list scan per document: benches aggregate over half a million records).
   */
  private candidates(): Doc[] {
    const docs = [...this.db.table(this.name).values()]
    const first = this.stages[0]?.$match as Record<string, unknown> | undefined
    for (const [field, value] of Object.entries(first ?? {})) {
      const list = (value as { $in?: unknown } | null)?.$in
      if (!field.startsWith('$') && !field.includes('.') && Array.isArray(list)) {
        const wanted = new Set(list)
        return docs.filter((doc) => Array.isArray(doc[field]) || wanted.has(doc[field]))
      }
    }
    return docs
  }

  async end(): Promise<{ data: unknown[] }> {
    await this.db.roundTrip()
    const limited = this.stages.some((stage) => '$limit' in stage)
    const pipeline = limited ? this.stages : [...this.stages, { $limit: AGGREGATE_DEFAULT_LIMIT }]
    const data = new Aggregator(pipeline).run(this.candidates()) as unknown[]
    this.db.stats.aggregates++
    return { data: clone(data) }
  }
}

export class FakeCollection extends FakeQuery implements CloudbaseCollection {
  aggregate(): CloudbaseAggregate {
    return new FakeAggregate(this.db, this.name, [])
  }

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
        if (doc) put({ ...applyUpdate(doc, data), _id: id })
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
    if (this.db.table(this.name).has(doc._id)) throw duplicateError(this.name, '_id_')
    this.db.write(new Map([[this.name, new Map([[doc._id, doc]])]]))
    return doc._id
  }
}
