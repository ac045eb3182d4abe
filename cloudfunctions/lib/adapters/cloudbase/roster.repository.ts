import type { Area, OneTimeCode, Person, Unit } from '../../../../src/core/model'
import type { AreaRepository, OneTimeCodeRepository, PersonRepository, UnitRepository } from '../../ports/store.port'
import { allOf, escapeRegExp, type DocAccess, type Queries } from './access'
import { COLLECTIONS } from './collections'
import type { Condition } from './database'
import { Entities } from './entities'

/** `in` lists are kept short: the server limits how large one query may be. */
const IN_CHUNK = 100

/** A small collection listed whole by name: areas and units. */
function byName<T extends { id: string }>(docs: DocAccess, queries: Queries, collection: string) {
  const entities = new Entities<T>(docs, queries, collection, 'id')
  return {
    list: () => entities.all(null, 'name', 'id'),
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

/** People. Phone uniqueness is a unique index (collections.ts). */
export function cloudbasePeople(docs: DocAccess, queries: Queries): PersonRepository {
  const people = new Entities<Person>(docs, queries, COLLECTIONS.people, 'id')
  const _ = queries.db.command
  return {
    get: (id) => people.get(id),
    getByPhone: (phone) => people.first({ phone }),
    getByOpenId: (openId) => people.first({ openId }),
    async listByPhones(phones) {
      const out: Person[] = []
      for (let i = 0; i < phones.length; i += IN_CHUNK) {
        out.push(...(await people.all({ phone: _.in(phones.slice(i, i + IN_CHUNK)) })))
      }
      return out
    },
    listByUnit: (unitId) => people.all({ unitId }, 'name', 'id'),
    search({ unitId, q, offset, limit }) {
      const parts: Condition[] = []
      if (unitId !== undefined) parts.push({ unitId })
      if (q) {
        const re = queries.db.RegExp({ regexp: escapeRegExp(q), options: 'i' })
        parts.push(_.or([{ name: re }, { phone: re }]))
      }
      return people.page(allOf(queries.db, parts), ['unitId', 'name', 'id'], offset, limit)
    },
    countByUnit: () => people.countBy(null, 'unitId'),
    insert: (person) => people.insert(person),
    async insertMany(list) {
      // One by one: inside a transaction CloudBase only takes single-document writes.
      for (const person of list) await people.insert(person)
    },
    update: (person) => people.put(person)
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
