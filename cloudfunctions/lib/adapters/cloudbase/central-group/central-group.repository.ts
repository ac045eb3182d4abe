import type { CentralGroupMembers, CentralGroupPlan, StudySession } from '../../../../../src/core/model'
import type { CentralGroupRepositories } from '../../../ports/central-group.port'
import { groupPlanId } from '../../../ports/central-group.port'
import { monthOfDay, monthsBetween } from '../../../../../src/core/time'
import { byFields, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

const EARLIEST = ['startsAt', 'id']
const IDS_CHUNK = 100

/** The central-group repositories on a CloudBase database (or a transaction's document access). */
export function cloudbaseCentralGroupRepositories(docs: DocAccess, queries: Queries): CentralGroupRepositories {
  const members = new Entities<CentralGroupMembers>(docs, queries, COLLECTIONS.groupMembers, 'id')
  const plans = new Entities<CentralGroupPlan>(docs, queries, COLLECTIONS.groupPlans, 'id')
  const sessions = new Entities<StudySession>(docs, queries, COLLECTIONS.studySessions, 'id')
  const _ = queries.db.command
  return {
    // `_id` is the unit id: one membership per unit by construction.
    groupMembers: { get: (unitId) => members.get(unitId), put: (m) => members.put(m) },
    // `_id` is unit + year: one plan per unit and year by construction.
    groupPlans: { get: (unitId, year) => plans.get(groupPlanId(unitId, year)), put: (p) => plans.put(p) },
    studySessions: {
      get: (id) => sessions.get(id),
      insert: (s) => sessions.insert(s),
      update: (s) => sessions.put(s),
      // A unit holds a few dozen sessions a year: read and sort in memory.
      listByUnit: (unitId, year) => sessions.all({ unitId, year }, ...EARLIEST),
      async listInWindow(scope, from, to) {
        // By the window's months (an `in` of at most a dozen or so values an index serves), then
        // the days in memory: the SDK's command interface we declare has no gte, and a month holds
        // few sessions per unit or area.
        const months = monthsBetween(monthOfDay(from), monthOfDay(to))
        // An array field matches a scalar when any element equals it (a multikey index serves it).
        const who =
          'unitId' in scope
            ? { unitId: scope.unitId }
            : 'areaId' in scope
              ? { areaId: scope.areaId }
              : 'memberId' in scope
                ? { memberIds: scope.memberId }
                : {}
        if (months.length === 0) return []
        const found = await sessions.all({ ...who, month: _.in(months) }, ...EARLIEST)
        return found.filter((s) => s.day >= from && s.day <= to)
      },
      async listByIds(ids) {
        // By _id in chunks: the server limits how large one query may be, and a chunk of ids
        // matches at most that many documents.
        const unique = [...new Set(ids)]
        const out: StudySession[] = []
        for (let i = 0; i < unique.length; i += IDS_CHUNK) {
          out.push(...(await sessions.all({ _id: _.in(unique.slice(i, i + IDS_CHUNK)) })))
        }
        return out.sort(byFields<StudySession>(...EARLIEST))
      }
    }
  }
}
