import type { Audited, Person, StudySession } from '../../src/core/model'
import { meetingInstant } from '../../src/core/rules/agenda'
import { sessionRecordWishes } from '../../src/core/rules/central-group'
import { dayOf, monthOfDay, yearOf } from '../../src/core/time'
import { groupPlanId } from '../lib/ports/central-group.port'
import { silentLogger } from '../lib/ports/logger.port'
import type { Repositories } from '../lib/ports/store.port'
import type { ActionContext } from '../lib/services/context'
import { syncMeetingRecords } from '../lib/services/methods/methods.records'
import type { SeedIds } from './seed-observation'

// The demo's central-group study (中心组学习, issue 10) for 区发展和改革局: its membership (the unit
// leader and the three 党组成员), a year plan by quarter, one session held 12 days ago (recorded,
// one member absent) and one planned 9 days on, which the admin and the area's observation group
// see on their calendar. The held one yields its records through the meetings' own helper.
// Ids are fixed, so seeding twice changes nothing.

const DAY_MS = 24 * 3600 * 1000
const MEMBERS = ['13800000004', '13812340101', '13812340102', '13812340103']
/** The demo unit secretary (13800000003) records them. */
const SECRETARY = '13800000003'

const stamp = (at: Date, by: string): Audited => ({
  createdAt: at.toISOString(),
  createdBy: by,
  updatedAt: at.toISOString(),
  updatedBy: by
})

/** Seeds the demo unit's central group inside the seed's transaction. */
export async function seedSessionsDemo(tx: Repositories, now: Date, ids: Pick<SeedIds, 'unit' | 'person'>): Promise<void> {
  const unitId = ids.unit('fgj')
  const unit = await tx.units.get(unitId)
  if (!unit) return
  // By id, not by a query: inside a CloudBase transaction a query reads committed data only.
  const people = []
  for (const phone of [...MEMBERS, SECRETARY]) people.push(await tx.people.get(ids.person(phone)))
  const [lead, first, second, third, secretary] = people
  if (!lead || !first || !second || !third) return
  const by = secretary?.id ?? 'seed'
  const memberIds = [lead.id, first.id, second.id, third.id]
  await tx.groupMembers.put({ id: unitId, unitId, memberIds, ...stamp(now, by) })
  const year = yearOf(now)
  await tx.groupPlans.put({
    id: groupPlanId(unitId, year),
    unitId,
    year,
    items: [
      { period: `${year}-Q1`, topic: '深入学习贯彻中央经济工作会议精神' },
      { period: `${year}-Q2`, topic: '学习《习近平谈治国理政》第四卷，推动高质量发展' },
      { period: `${year}-Q3`, topic: '学习贯彻党的二十届四中全会精神' },
      { period: `${year}-Q4`, topic: '结合“十五五”规划编制开展专题研讨' }
    ],
    ...stamp(now, by)
  })
  const sessionAt = (days: number) => meetingInstant(dayOf(new Date(now.getTime() + days * DAY_MS)), '15:00')
  const base = (id: string, startsAt: Date, recorded: Date) => {
    const day = dayOf(startsAt)
    return {
      id,
      unitId,
      areaId: unit.areaId,
      startsAt: startsAt.toISOString(),
      day,
      month: monthOfDay(day),
      year: yearOf(startsAt),
      place: '机关三楼会议室',
      memberIds,
      classics: [],
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      ...stamp(recorded, by)
    }
  }
  const heldAt = sessionAt(-12)
  const recordedAt = new Date(heldAt.getTime() + 3 * 3600 * 1000)
  const held: StudySession = {
    ...base('seed-session-fgj-1', heldAt, recordedAt),
    topic: '学习贯彻党的二十届四中全会精神',
    materials: [{ contentType: 'centralDecision', title: '党的二十届四中全会公报', speechId: null, source: '新华社' }],
    leadId: lead.id,
    leadName: lead.name,
    leadMode: 'lead',
    absentIds: [third.id],
    speakers: [
      { personId: first.id, name: first.name, points: '围绕“十五五”重大项目谋划，谈如何把全会精神落到项目储备上。' },
      { personId: second.id, name: second.name, points: '结合价格监测和民生保障，提出三项具体措施。' }
    ],
    tiedToWork: '结合年度重点项目推进和“十五五”规划编制',
    followUp: '形成重大项目谋划清单，明确责任科室和时间节点',
    status: 'completed',
    completedAt: recordedAt.toISOString()
  }
  const planned: StudySession = {
    ...base('seed-session-fgj-2', sessionAt(9), new Date(now.getTime() - DAY_MS)),
    topic: '学习《习近平谈治国理政》第四卷有关高质量发展的论述',
    materials: [{ contentType: 'originalWork', title: '《习近平谈治国理政》第四卷', speechId: null, source: null }],
    leadId: lead.id,
    leadName: lead.name,
    leadMode: 'lead',
    absentIds: [],
    speakers: [],
    tiedToWork: null,
    followUp: null,
    status: 'planned',
    completedAt: null
  }
  if (await tx.studySessions.get(held.id)) return
  await insertSeedSession(tx, held, secretary?.id ?? null)
  await insertSeedSession(tx, planned, secretary?.id ?? null)
}

/** A service context for seeding as `caller` at `at`, inside the seed's own transaction. */
export function seedContext(tx: Repositories, caller: Person | null, at: Date): ActionContext {
  return {
    caller,
    openId: null,
    repos: tx,
    deps: { clock: { now: () => at }, log: silentLogger, demoMode: true },
    now: at,
    // Already inside the seed's transaction.
    transaction: (fn) => fn(tx)
  }
}

/**
 * Inserts a demo session once (fixed id) and, when it was held, the lead-study and exchange records
 * it yields, through the meetings' own helper as a recorded session does.
 */
export async function insertSeedSession(tx: Repositories, session: StudySession, recorderId: string | null): Promise<void> {
  if (await tx.studySessions.get(session.id)) return
  await tx.studySessions.insert(session)
  if (session.status !== 'completed' || !session.completedAt) return
  const recordedAt = new Date(session.completedAt)
  const recorder = recorderId ? await tx.people.get(recorderId) : null
  const ctx = seedContext(tx, recorder, recordedAt)
  const wishes = sessionRecordWishes(session).map((w) => ({ ...w, person: { id: w.personId, unitId: session.unitId } }))
  await syncMeetingRecords(ctx, session.id, wishes)
}
