import type Database from 'better-sqlite3'
import type { CentralGroupMembers, CentralGroupPlan, StudySession } from '../../../../../src/core/model'
import type { CentralGroupRepositories, SessionScope } from '../../../ports/central-group.port'
import { groupPlanId } from '../../../ports/central-group.port'
import { AUDITED, rowCodec, rowTable } from '../codec'

const WINDOW = 'AND day >= ? AND day <= ? ORDER BY starts_at, id'

function sessions(db: Database.Database): CentralGroupRepositories['studySessions'] {
  const t = rowTable<StudySession>(
    db,
    'study_sessions',
    [
      ['id', 'id'],
      ['unit_id', 'unitId'],
      ['area_id', 'areaId'],
      ['starts_at', 'startsAt'],
      ['day', 'day'],
      ['month', 'month'],
      ['year', 'year'],
      ['place', 'place'],
      ['topic', 'topic'],
      ['materials', 'materials'],
      ['classics', 'classics'],
      ['lead_id', 'leadId'],
      ['lead_name', 'leadName'],
      ['lead_mode', 'leadMode'],
      ['member_ids', 'memberIds'],
      ['absent_ids', 'absentIds'],
      ['speakers', 'speakers'],
      ['tied_to_work', 'tiedToWork'],
      ['follow_up', 'followUp'],
      ['status', 'status'],
      ['completed_at', 'completedAt'],
      ['withdrawn_at', 'withdrawnAt'],
      ['withdrawn_by', 'withdrawnBy'],
      ['withdraw_reason', 'withdrawReason'],
      ...AUDITED
    ],
    rowCodec<StudySession>(['materials', 'classics', 'memberIds', 'absentIds', 'speakers'])
  )
  const byUnit = t.lister('WHERE unit_id = ? AND year = ? ORDER BY starts_at, id')
  const unitWindow = t.lister(`WHERE unit_id = ? ${WINDOW}`)
  const areaWindow = t.lister(`WHERE area_id = ? ${WINDOW}`)
  const memberWindow = t.lister(`WHERE EXISTS (SELECT 1 FROM json_each(member_ids) WHERE value = ?) ${WINDOW}`)
  const districtWindow = t.lister(`WHERE 1 = 1 ${WINDOW}`)
  const byIds = t.lister('WHERE id IN (SELECT value FROM json_each(?)) ORDER BY starts_at, id')
  return {
    get: t.get,
    insert: t.insert,
    update: t.update,
    listByUnit: (unitId, year) => byUnit(unitId, year),
    listInWindow(scope: SessionScope, from, to) {
      if ('unitId' in scope) return unitWindow(scope.unitId, from, to)
      if ('areaId' in scope) return areaWindow(scope.areaId, from, to)
      if ('memberId' in scope) return memberWindow(scope.memberId, from, to)
      return districtWindow(from, to)
    },
    listByIds: (ids) => byIds(JSON.stringify(ids))
  }
}

/** The central-group repositories on one SQLite connection (tables from migration 17). */
export function sqliteCentralGroupRepositories(db: Database.Database): CentralGroupRepositories {
  const members = rowTable<CentralGroupMembers>(
    db,
    'central_group_members',
    [['id', 'id'], ['unit_id', 'unitId'], ['member_ids', 'memberIds'], ...AUDITED],
    rowCodec<CentralGroupMembers>(['memberIds'])
  )
  const putMembers = db.prepare(
    `${members.sql.insert} ON CONFLICT (id) DO UPDATE SET member_ids = excluded.member_ids,
     updated_at = excluded.updated_at, updated_by = excluded.updated_by`
  )
  const plans = rowTable<CentralGroupPlan>(
    db,
    'central_group_plans',
    [['id', 'id'], ['unit_id', 'unitId'], ['year', 'year'], ['items', 'items'], ...AUDITED],
    rowCodec<CentralGroupPlan>(['items'])
  )
  const putPlan = db.prepare(
    `${plans.sql.insert} ON CONFLICT (id) DO UPDATE SET items = excluded.items,
     updated_at = excluded.updated_at, updated_by = excluded.updated_by`
  )
  const membersCodec = rowCodec<CentralGroupMembers>(['memberIds'])
  const planCodec = rowCodec<CentralGroupPlan>(['items'])
  return {
    groupMembers: {
      get: (unitId) => members.get(unitId),
      async put(m) {
        putMembers.run(membersCodec.toRow(m))
      }
    },
    groupPlans: {
      get: (unitId, year) => plans.get(groupPlanId(unitId, year)),
      async put(p) {
        putPlan.run(planCodec.toRow(p))
      }
    },
    studySessions: sessions(db)
  }
}
