import type { Page } from '../../ports/store.port'
import { byFields, fromDoc, toDoc, type DocAccess, type Queries } from './access'
import type { Condition } from './database'

/** One collection of entities of type T keyed by `key`, with the moves every repository shares. */
export class Entities<T extends object> {
  constructor(
    private readonly docs: DocAccess,
    readonly queries: Queries,
    readonly collection: string,
    private readonly key: keyof T & string
  ) {}

  async get(id: string): Promise<T | null> {
    const doc = await this.docs.get(this.collection, id)
    return doc ? fromDoc<T>(doc, this.key) : null
  }

  async insert(entity: T): Promise<void> {
    await this.docs.create(this.collection, toDoc(entity, this.key))
  }

  /** Replaces the whole document, so a field set to null is stored as null, not left behind. */
  async put(entity: T): Promise<void> {
    await this.docs.put(this.collection, toDoc(entity, this.key))
  }

  async remove(id: string): Promise<void> {
    await this.docs.remove(this.collection, id)
  }

  async first(condition: Condition): Promise<T | null> {
    const doc = await this.queries.first(this.collection, condition)
    return doc ? fromDoc<T>(doc, this.key) : null
  }

  /** Every match, sorted in memory by the given fields (entity field names; `-` for descending). */
  async all(condition: Record<string, unknown> | null, ...order: string[]): Promise<T[]> {
    const items = (await this.queries.all(this.collection, condition)).map((d) => fromDoc<T>(d, this.key))
    return order.length ? items.sort(byFields<T>(...order)) : items
  }

  /** One page sorted on the server; `key` in the order list means `_id`. */
  async page(condition: Condition | null, order: string[], offset: number, limit: number): Promise<Page<T>> {
    const serverOrder = order.map((f) => f.replace(new RegExp(`^(-?)${this.key}$`), '$1_id'))
    const { items, total } = await this.queries.page(this.collection, condition, serverOrder, offset, limit)
    return { items: items.map((d) => fromDoc<T>(d, this.key)), total }
  }

  /** How many matches there are per value of `field`. */
  async countBy(condition: Record<string, unknown> | null, field: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>()
    for (const doc of await this.queries.all(this.collection, condition, { [field]: true })) {
      const value = String(doc[field])
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    return counts
  }
}
