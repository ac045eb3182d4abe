import type { Area, OneTimeCode, Person, Unit } from '../../../../../src/core/model'
import type { AreaRepository, OneTimeCodeRepository, PersonRepository, UnitRepository } from '../../../ports/store.port'
import { inAdminOrder } from '../../../../../src/core/rules/order'
import { allOf, ensureOk, escapeRegExp, toDoc, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import type { Condition } from '../database'
import { Entities } from '../entities'

/** `in` lists are kept short: the server limits how large one query may be. */
const IN_CHUNK = 100
const BY_ID_CHUNK = 500

/**
 * A small collection listed whole, in the admin's order (areas and units): the one comparator of
 * src/core sorts it, since a missing `order` (documents saved before it existed) sorts by name.
 */
function byName<T extends { id: string; name: string; order?: number }>(docs: DocAccess, queries: Queries, collection: string) {
  const entities = new Entities<T>(docs, queries, collection, 'id')
  return {
    list: async () => inAdminOrder(await entities.all(null, 'name', 'id')),
    get: (id: string) => entities.get(id),
    insert: (entity: T) => entities.insert(entity),
    update: (entity: T) => entities.put(entity)
  }
}

/** Areas. */
export const cloudbaseAreas = (docs: DocAccess, queries: Queries): AreaRepository =>
  byName<Area>(docs, queries, COLLECTIONS.areas)

/** Units. */
export const cloudbaseUnits = (docs: DocAccess, queries: Queries): UnitRepository =>
  byName<Unit>(docs, queries, COLLECTIONS.units)

/** The fields that hide a person an unfinished import wrote; never part of a Person. */
type Marked = Person & { pendingImport?: string | null; importBatch?: number | null }

/** A person without the import marker fields. */
function plain(person: Marked): Person {
  const { pendingImport: _job, importBatch: _batch, ...rest } = person
  return rest
}

/**
 * People. Phone uniqueness is a unique index (collections.ts). People an unfinished import wrote
 * carry `pendingImport: <jobId>` and are left out of every read but listByPhones; `_.eq(null)`
 * matches a null or missing field, so ordinary people need no marker at all.
 */
export function cloudbasePeople(docs: DocAccess, queries: Queries): PersonRepository {
  const people = new Entities<Marked>(docs, queries, COLLECTIONS.people, 'id')
  const _ = queries.db.command
  // Built per query, not when the store is made (at cold start, before any database call).
  const visible = () => ({ pendingImport: _.eq(null) })
  const shown = (p: Marked | null): Person | null => (p && !p.pendingImport ? plain(p) : null)
  const collection = () => queries.db.collection(COLLECTIONS.people)
  /** Runs a multi-document update or remove until no document of the job is left pending. */
  async function untilNonePending(jobId: string, op: () => Promise<unknown>): Promise<void> {
    for (let round = 0; round < 20; round++) {
      ensureOk(await op())
      const { total } = ensureOk(await collection().where({ pendingImport: jobId }).count())
      if (!total) return
    }
    throw new Error(`import ${jobId}: people still pending after 20 rounds`)
  }
  return {
    get: async (id) => shown(await people.get(id)),
    getByPhone: async (phone) => shown(await people.first({ phone, ...visible() })),
    getByOpenId: async (openId) => shown(await people.first({ openId, ...visible() })),
    async listByIds(ids) {
      const out: Person[] = []
      // 500 ids a query: one get answers them all (under the 1000 cap), so a batch of pushes costs one round trip.
      for (let i = 0; i < ids.length; i += BY_ID_CHUNK) {
        out.push(...(await people.all({ _id: _.in(ids.slice(i, i + BY_ID_CHUNK)), ...visible() })).map(plain))
      }
      return out
    },
    async listByPhones(phones) {
      const out: Person[] = []
      for (let i = 0; i < phones.length; i += IN_CHUNK) {
        out.push(...(await people.all({ phone: _.in(phones.slice(i, i + IN_CHUNK)) })).map(plain))
      }
      return out
    },
    listByUnit: async (unitId) => (await people.all({ unitId, ...visible() }, 'name', 'id')).map(plain),
    async search({ unitId, q, offset, limit }) {
      const parts: Condition[] = [visible()]
      if (unitId !== undefined) parts.push({ unitId })
      if (q) {
        const re = queries.db.RegExp({ regexp: escapeRegExp(q), options: 'i' })
        parts.push(_.or([{ name: re }, { phone: re }]))
      }
      const page = await people.page(allOf(queries.db, parts), ['unitId', 'name', 'id'], offset, limit)
      return { items: page.items.map(plain), total: page.total }
    },
    countByUnit: () => people.countBy(visible(), 'unitId'),
    insert: (person) => people.insert(person),
    async insertMany(list) {
      // One by one: inside a transaction CloudBase only takes single-document writes.
      for (const person of list) await people.insert(person)
    },
    update: (person) => people.put(person),
    async insertPending(jobId, batch, list) {
      // Outside the transaction, deliberately: one bulk add per batch instead of a round trip per
      // person. A retry (or a rerun of the caller's transaction) first asks which of the batch's ids
      // are already stored and adds only the others; a failed add may have stored a prefix.
      const stored = await queries.all(COLLECTIONS.people, { pendingImport: jobId, importBatch: batch }, { _id: true })
      const have = new Set(stored.map((d) => d._id))
      const fresh = list
        .filter((p) => !have.has(p.id))
        .map((p) => ({ ...toDoc(p, 'id'), pendingImport: jobId, importBatch: batch }))
      if (fresh.length) ensureOk(await collection().add(fresh))
    },
    async commitImport(jobId) {
      // One multi-document update (https://docs.cloudbase.net/api-reference/server/node-sdk/database/update);
      // checked by a count and repeated if the server updated fewer than it matched.
      await untilNonePending(jobId, () =>
        collection().where({ pendingImport: jobId }).update({ pendingImport: null, importBatch: null })
      )
    },
    async discardImport(jobId) {
      await untilNonePending(jobId, () => collection().where({ pendingImport: jobId }).remove())
    }
  }
}

/** One-time codes, one document per person (`_id` = personId). */
export function cloudbaseCodes(docs: DocAccess, queries: Queries): OneTimeCodeRepository {
  const codes = new Entities<OneTimeCode>(docs, queries, COLLECTIONS.codes, 'personId')
  return {
    get: (personId) => codes.get(personId),
    put: (code) => codes.put(code)
  }
}
