import type { Person, RecordKind } from '../../../../../src/core/model'
import { STUDYING_ROLES } from '../../../../../src/core/model/roles'
import type { DashboardFactsReader, MeetingTally, MethodCount, NoteOutletCount, UnitScope } from '../../../ports/dashboard.port'
import { fromDoc, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import type { Condition } from '../database'
import { allGroups } from '../reminders/reminders.repository'

// The dashboards' aggregates as aggregate().match().group() pipelines: the database counts, the
// function receives groups only (paged past 1000 by allGroups). A group stage may use up to 100 MB
// (https://docs.cloudbase.net/en/api-reference/server/node-sdk/database/aggregate/stages/group):
// a year of a 10,000-cadre district's person-months (120,000 groups) fits well within it.

type Key = Record<string, unknown>
const keyOf = (doc: Key): Key => doc._id as Key
const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v))

/** The dashboards' aggregates on CloudBase. */
export function cloudbaseDashboard(queries: Queries): DashboardFactsReader {
  const db = queries.db
  const _ = db.command
  // Built per query, never at construction (the SDK's command may not be ready then).
  const inScope = (units: UnitScope): Condition => (units === null ? {} : { unitId: _.in([...units]) })
  const collection = (name: string) => db.collection(name).aggregate()

  return {
    async cadreCounts(units) {
      const groups = await allGroups(() =>
        collection(COLLECTIONS.people)
          // roles is an array: `in` matches a document when any of its roles is listed.
          .match({ ...inScope(units), active: true, pendingImport: _.eq(null), roles: _.in([...STUDYING_ROLES]) })
          .group({ _id: '$unitId', cadres: { $sum: 1 } })
      )
      return groups.map((g) => ({ unitId: String(g._id), cadres: Number(g.cadres) }))
    },

    async studyMet(months, quota, units) {
      if (months.length === 0) return []
      const groups = await allGroups(() =>
        collection(COLLECTIONS.studies)
          .match({ month: _.in([...months]), withdrawnAt: _.eq(null), ...inScope(units) })
          .group({ _id: { unitId: '$unitId', personId: '$personId', month: '$month' }, n: { $sum: 1 } })
          .match({ n: _.gte(quota) })
          .group({ _id: { unitId: '$_id.unitId', month: '$_id.month' }, met: { $sum: 1 } })
      )
      return groups.map((g) => ({ unitId: String(keyOf(g).unitId), month: String(keyOf(g).month), met: Number(g.met) }))
    },

    async methodCounts(months, units, split) {
      if (months.length === 0) return []
      const id: Key = { unitId: '$unitId', kind: '$kind', status: '$details.status' }
      if (split === 'person') id.personId = '$personId'
      if (split === 'month') id.month = '$month'
      const groups = await allGroups(() =>
        collection(COLLECTIONS.methodRecords)
          .match({ month: _.in([...months]), withdrawnAt: _.eq(null), counted: true, ...inScope(units) })
          .group({ _id: id, count: { $sum: 1 } })
      )
      // A status only where the kind has one (note, lecture), as the SQL adapter reports it.
      const merged = new Map<string, MethodCount>()
      for (const g of groups) {
        const k = keyOf(g)
        const kind = String(k.kind) as RecordKind
        const c: MethodCount = {
          unitId: String(k.unitId),
          personId: split === 'person' ? str(k.personId) : null,
          month: split === 'month' ? str(k.month) : null,
          kind,
          status: kind === 'note' || kind === 'lecture' ? str(k.status) : null,
          count: Number(g.count)
        }
        const key = [c.unitId, c.personId, c.month, c.kind, c.status].join('\u0000')
        const prev = merged.get(key)
        if (prev) prev.count += c.count
        else merged.set(key, c)
      }
      return [...merged.values()]
    },

    async noteOutletCounts(months, units, split) {
      if (months.length === 0) return []
      const key: Key = { unitId: '$unitId' }
      if (split === 'person') key.personId = '$personId'
      if (split === 'month') key.month = '$month'
      const out: NoteOutletCount[] = []
      for (const status of ['submitted', 'published'] as const) {
        // One group per note, then the notes counted per key: a note sent to two outlets counts once.
        const groups = await allGroups(() =>
          collection(COLLECTIONS.publicity)
            .match({
              'subject.kind': 'note',
              withdrawnAt: _.eq(null),
              month: _.in([...months]),
              ...(status === 'published' ? { status: 'published' } : {}),
              ...inScope(units)
            })
            .group({ _id: { ...key, noteId: '$subject.id' } })
            .group({ _id: Object.fromEntries(Object.keys(key).map((k) => [k, `$_id.${k}`])), count: { $sum: 1 } })
        )
        for (const g of groups) {
          const k = keyOf(g)
          out.push({
            unitId: String(k.unitId),
            personId: split === 'person' ? str(k.personId) : null,
            month: split === 'month' ? str(k.month) : null,
            status,
            count: Number(g.count)
          })
        }
      }
      return out
    },

    async meetingTallies(months, units) {
      if (months.length === 0) return []
      const groups = await allGroups(() =>
        collection(COLLECTIONS.meetings)
          .match({ month: _.in([...months]), withdrawnAt: _.eq(null), ...inScope(units) })
          .group({
            _id: { unitId: '$unitId', status: '$status', day: '$day', contentType: '$firstItem.contentType' },
            count: { $sum: 1 }
          })
      )
      return groups.map((g) => {
        const k = keyOf(g)
        return {
          unitId: String(k.unitId),
          status: k.status as MeetingTally['status'],
          day: String(k.day),
          contentType: str(k.contentType) as MeetingTally['contentType'],
          count: Number(g.count)
        }
      })
    },

    async sheetTallies(year, units) {
      const groups = await allGroups(() =>
        collection(COLLECTIONS.scoreSheets)
          .match({ year, ...inScope(units) })
          .group({ _id: { unitId: '$unitId', observationId: '$observationId' }, sheets: { $sum: 1 }, sum: { $sum: '$total' } })
      )
      return groups.map((g) => ({
        unitId: String(keyOf(g).unitId),
        observationId: String(keyOf(g).observationId),
        sheets: Number(g.sheets),
        sum: Number(g.sum)
      }))
    },

    async districtLeaders() {
      const docs = await queries.all(COLLECTIONS.people, { active: true, pendingImport: _.eq(null), roles: 'districtLeader' })
      return docs.map((doc) => {
        const {
          pendingImport: _job,
          importBatch: _batch,
          ...person
        } = fromDoc<Person & { pendingImport?: unknown; importBatch?: unknown }>(doc, 'id')
        return person
      })
    }
  }
}
