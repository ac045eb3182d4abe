import type { MethodRecord, Outlet, School, StoredFile, YearQuota } from '../../../../../src/core/model'
import type { KindCounts, MethodsRepositories } from '../../../ports/methods.port'
import { fromDoc, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'
import { allGroups } from '../reminders/reminders.repository'

const NEWEST = ['-date', '-createdAt', '-id']

function records(docs: DocAccess, queries: Queries): MethodsRepositories['methodRecords'] {
  const e = new Entities<MethodRecord>(docs, queries, COLLECTIONS.methodRecords, 'id')
  const _ = queries.db.command
  return {
    get: (id) => e.get(id),
    insert: (r) => e.insert(r),
    update: (r) => e.put(r),
    async listByPerson(q) {
      const cond: Record<string, unknown> = { personId: q.personId }
      if (q.kind) cond.kind = q.kind
      if (q.month) cond.month = q.month
      else if (q.year) cond.year = q.year
      if (!q.includeWithdrawn) cond.withdrawnAt = _.eq(null)
      // A person has a few hundred records a year at most: read them and sort in memory.
      const items = await e.all(cond, ...NEWEST)
      return q.limit ? items.slice(0, q.limit) : items
    },
    listByUnit(q) {
      const cond: Record<string, unknown> = { unitId: q.unitId, year: q.year, withdrawnAt: _.eq(null) }
      if (q.month) cond.month = q.month
      if (q.kind) cond.kind = q.kind
      if (q.personId) cond.personId = q.personId
      return e.all(cond, ...NEWEST)
    },
    async countByUnit(unitId, year, month) {
      const cond: Record<string, unknown> = { unitId, year, counted: true, withdrawnAt: _.eq(null) }
      if (month) cond.month = month
      // Counted by the database (match, then group per person and kind): a unit's year of records
      // never travels, only one group per person and kind (the assessment export reads every unit).
      const groups = await allGroups(() =>
        queries.db
          .collection(COLLECTIONS.methodRecords)
          .aggregate()
          .match(cond)
          .group({ _id: { personId: '$personId', kind: '$kind' }, count: { $sum: 1 } })
      )
      const out: KindCounts = new Map()
      for (const g of groups) {
        const key = g._id as unknown as { personId: string; kind: MethodRecord['kind'] }
        out.set(key.personId, { ...(out.get(key.personId) ?? {}), [key.kind]: Number(g.count) })
      }
      return out
    },
    listBySourceMeeting: (meetingId) => e.all({ sourceMeetingId: meetingId }, 'createdAt', 'id'),
    listLecturesAtSchool: (schoolId) => e.all({ kind: 'lecture', 'details.schoolId': schoolId }, 'createdAt', 'id')
  }
}

/** Year quotas: `_id` is `y<year>` because CloudBase ids are strings. */
type QuotaDoc = YearQuota & { id: string }
const quotaId = (year: number): string => `y${year}`
const fromQuotaDoc = ({ id: _id, ...quota }: QuotaDoc): YearQuota => quota

function quotas(docs: DocAccess, queries: Queries): MethodsRepositories['quotas'] {
  const e = new Entities<QuotaDoc>(docs, queries, COLLECTIONS.quotas, 'id')
  return {
    async get(year) {
      const doc = await e.get(quotaId(year))
      return doc ? fromQuotaDoc(doc) : null
    },
    list: async () => (await e.all(null, '-year')).map(fromQuotaDoc),
    put: (quota) => e.put({ ...quota, id: quotaId(quota.year) })
  }
}

/** The methods repositories on a CloudBase database (or a transaction's document access). */
export function cloudbaseMethodsRepositories(docs: DocAccess, queries: Queries): MethodsRepositories {
  const outlets = new Entities<Outlet>(docs, queries, COLLECTIONS.outlets, 'id')
  const schools = new Entities<School>(docs, queries, COLLECTIONS.schools, 'id')
  const files = new Entities<StoredFile>(docs, queries, COLLECTIONS.files, 'id')
  return {
    methodRecords: records(docs, queries),
    outlets: {
      get: (id) => outlets.get(id),
      list: () => outlets.all(null, 'name', 'id'),
      insert: (o) => outlets.insert(o),
      update: (o) => outlets.put(o)
    },
    schools: {
      get: (id) => schools.get(id),
      list: () => schools.all(null, 'name', 'id'),
      insert: (s) => schools.insert(s),
      update: (s) => schools.put(s)
    },
    quotas: quotas(docs, queries),
    files: {
      get: (id) => files.get(id),
      insert: (f) => files.insert(f),
      update: (f) => files.put(f),
      remove: (id) => files.remove(id),
      async listUnattachedBefore(before, limit) {
        const _ = queries.db.command
        // Served by the recordId_createdAt index; `_id` breaks ties so the order is total.
        const condition = { recordId: _.eq(null), createdAt: _.lt(before) }
        const docs = await queries.slice(COLLECTIONS.files, condition, ['createdAt', '_id'], 0, limit)
        return docs.map((d) => fromDoc<StoredFile>(d, 'id'))
      }
    }
  }
}
