import type {
  Observation,
  ObservationDraw,
  ObservationGroup,
  Rectification,
  Rubric,
  ScoreSheet
} from '../../../../../src/core/model'
import type { ObservationRepositories } from '../../../ports/observation.port'
import { byFields, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** `in` lists are kept short: the server limits how large one query may be. */
const IN_CHUNK = 100

/**
 * Every entity whose `field` is one of `values`, in chunks, then sorted. A chunk matches at most
 * IN_CHUNK documents when `field` is `_id`, so the by-_id paging of Queries.all never replaces it.
 */
async function allIn<T extends object>(
  entities: Entities<T>,
  field: string,
  values: readonly string[],
  ...order: string[]
): Promise<T[]> {
  const _ = entities.queries.db.command
  const unique = [...new Set(values)]
  const out: T[] = []
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    out.push(...(await entities.all({ [field]: _.in(unique.slice(i, i + IN_CHUNK)) })))
  }
  return order.length ? out.sort(byFields<T>(...order)) : out
}

function groups(docs: DocAccess, queries: Queries): ObservationRepositories['observationGroups'] {
  const e = new Entities<ObservationGroup>(docs, queries, COLLECTIONS.observationGroups, 'id')
  return {
    get: (id) => e.get(id),
    list: () => e.all(null, 'name', 'id'),
    // An array field matches a scalar when any element equals it (a multikey index serves it).
    listByMember: (personId) => e.all({ memberIds: personId }, 'name', 'id'),
    insert: (group) => e.insert(group),
    update: (group) => e.put(group)
  }
}

/** Rubric versions: `_id` is `v<version>` because CloudBase ids are strings. */
type RubricDoc = Rubric & { id: string }
const rubricId = (version: number): string => `v${version}`
const fromRubricDoc = ({ id: _id, ...rubric }: RubricDoc): Rubric => rubric

function rubrics(docs: DocAccess, queries: Queries): ObservationRepositories['rubrics'] {
  const e = new Entities<RubricDoc>(docs, queries, COLLECTIONS.rubrics, 'id')
  return {
    list: async () => (await e.all(null, '-version')).map(fromRubricDoc),
    async get(version) {
      const doc = await e.get(rubricId(version))
      return doc ? fromRubricDoc(doc) : null
    },
    insert: (rubric) => e.insert({ ...rubric, id: rubricId(rubric.version) })
  }
}

/** Documents written before issue 10 have no `sessionId` (a plan typed by hand) nor partner observers. */
const observationOf = (doc: Observation): Observation => ({
  ...doc,
  sessionId: doc.sessionId ?? null,
  partnerMemberIds: doc.partnerMemberIds ?? []
})
const observationOrNull = (doc: Observation | null) => (doc ? observationOf(doc) : null)

function observations(docs: DocAccess, queries: Queries): ObservationRepositories['observations'] {
  const e = new Entities<Observation>(docs, queries, COLLECTIONS.observations, 'id')
  return {
    get: async (id) => observationOrNull(await e.get(id)),
    insert: (o) => e.insert(o),
    update: (o) => e.put(o),
    listByGroups: async (groupIds) => (await allIn(e, 'groupId', groupIds, '-startsAt', 'id')).map(observationOf),
    listByUnit: async (unitId) => (await e.all({ unitId }, '-startsAt', 'id')).map(observationOf),
    listByYear: async (year) => (await e.all({ year }, '-startsAt', 'id')).map(observationOf),
    // An array field matches a scalar when any element equals it (a multikey index serves it).
    listByPartnerMember: async (personId) => (await e.all({ partnerMemberIds: personId }, '-startsAt', 'id')).map(observationOf)
  }
}

/** Draws written before issue 10 were draws of units, with no window. */
const drawOf = (doc: ObservationDraw): ObservationDraw => ({
  ...doc,
  windowFrom: doc.windowFrom ?? null,
  windowTo: doc.windowTo ?? null
})

function draws(docs: DocAccess, queries: Queries): ObservationRepositories['observationDraws'] {
  const e = new Entities<ObservationDraw>(docs, queries, COLLECTIONS.observationDraws, 'id')
  return {
    get: async (id) => {
      const doc = await e.get(id)
      return doc ? drawOf(doc) : null
    },
    insert: (d) => e.insert(d),
    listByYear: async (year) => (await e.all({ year }, '-createdAt', 'id')).map(drawOf)
  }
}

function sheets(docs: DocAccess, queries: Queries): ObservationRepositories['scoreSheets'] {
  const e = new Entities<ScoreSheet>(docs, queries, COLLECTIONS.scoreSheets, 'id')
  return {
    get: (id) => e.get(id),
    insert: (s) => e.insert(s),
    update: (s) => e.put(s),
    listByObservation: (observationId) => e.all({ observationId }, 'submittedAt', 'id'),
    listByObservations: (ids) => allIn(e, 'observationId', ids, 'submittedAt', 'id'),
    listByYear: (year) => e.all({ year }, 'submittedAt', 'id')
  }
}

function rectifications(docs: DocAccess, queries: Queries): ObservationRepositories['rectifications'] {
  const e = new Entities<Rectification>(docs, queries, COLLECTIONS.rectifications, 'id')
  return {
    get: (id) => e.get(id),
    insert: (r) => e.insert(r),
    update: (r) => e.put(r),
    listByObservations: (ids) => allIn(e, '_id', ids, 'sentAt', 'id'),
    listByYear: (year) => e.all({ year }, 'sentAt', 'id'),
    search(q) {
      // Filtered, sorted and paged on the server (indexes status_deadline, unitId_deadline,
      // deadline): never the district's feedback into memory. An area's units are a short `in`.
      const _ = queries.db.command
      const where: Record<string, unknown> = {}
      if (q.year !== null) where.year = q.year
      if (q.unitIds !== null) where.unitId = _.in([...q.unitIds])
      if (q.statuses !== null) where.status = _.in([...q.statuses])
      if (q.deadlineBefore !== null) where.deadline = _.lt(q.deadlineBefore)
      return e.page(Object.keys(where).length ? where : null, ['deadline', 'id'], q.offset, q.limit)
    }
  }
}

/** The observation repositories on a CloudBase database (or a transaction's document access). */
export function cloudbaseObservationRepositories(docs: DocAccess, queries: Queries): ObservationRepositories {
  return {
    observationGroups: groups(docs, queries),
    rubrics: rubrics(docs, queries),
    observations: observations(docs, queries),
    observationDraws: draws(docs, queries),
    scoreSheets: sheets(docs, queries),
    rectifications: rectifications(docs, queries)
  }
}
