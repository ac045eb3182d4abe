import type { Audited, Observation, ObservationDraw, Rectification, ScoreSheet, StudySession } from '../../src/core/model'
import { DEFAULT_RUBRIC, drawUnits, sessionInstant, sessionPeriod, sheetTotal } from '../../src/core/rules/observation'
import { dayOf, monthOfDay, yearOf } from '../../src/core/time'
import type { Repositories } from '../lib/ports/store.port'
import { insertSeedSession } from './seed-sessions'

// The demo's observation of central-group study (issues 5 and 10): one group led by the demo
// observer (13800000005) covering the second and third areas, a fixed observation of the demo
// secretary's unit (区发展和改革局) today at 09:00, a closed one of 区财政局 last month, and an
// unannounced random one next week drawn among two street units' sessions. Every observation is of
// a central-group session of its unit (seeded here with it). Ids are fixed: seeding twice changes
// nothing.

/** How the district seed names its records. */
export interface SeedIds {
  person: (phone: string) => string
  unit: (key: string) => string
  area: (key: string) => string
}

const DAY_MS = 24 * 3600 * 1000
const GROUP_ID = 'seed-obs-group-1'

function stamp(at: Date, by: string): Audited {
  return { createdAt: at.toISOString(), createdBy: by, updatedAt: at.toISOString(), updatedBy: by }
}

/** A unit's demo central-group session at `startsAt`, planned or (with a lead) held. */
function session(
  id: string,
  unitId: string,
  areaId: string,
  startsAt: Date,
  topic: string,
  by: string,
  held?: { leadId: string; leadName: string; memberIds: string[] }
): StudySession {
  const day = dayOf(startsAt)
  const recordedAt = new Date(startsAt.getTime() + 3 * 3600 * 1000)
  return {
    id,
    unitId,
    areaId,
    startsAt: startsAt.toISOString(),
    day,
    month: monthOfDay(day),
    year: yearOf(startsAt),
    place: '机关会议室',
    topic,
    materials: [{ contentType: 'centralDecision', title: '党的二十届四中全会公报', speechId: null, source: '新华社' }],
    classics: [],
    leadId: held?.leadId ?? null,
    leadName: held?.leadName ?? null,
    leadMode: held ? 'lead' : null,
    memberIds: held?.memberIds ?? [],
    absentIds: [],
    speakers: [],
    tiedToWork: null,
    followUp: null,
    status: held ? 'completed' : 'planned',
    completedAt: held ? recordedAt.toISOString() : null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...stamp(held ? recordedAt : new Date(startsAt.getTime() - 14 * DAY_MS), by)
  }
}

function observation(
  id: string,
  unitId: string,
  areaId: string,
  startsAt: Date,
  over: Partial<Observation>,
  by: string
): Observation {
  return {
    id,
    mode: 'fixed',
    status: 'planned',
    sessionId: null,
    partnerMemberIds: [],
    unitId,
    areaId,
    groupId: GROUP_ID,
    startsAt: startsAt.toISOString(),
    ...sessionPeriod(startsAt),
    theme: null,
    partnerUnitId: null,
    drawId: null,
    batchId: null,
    membersPresent: [],
    note: null,
    closedReason: null,
    // Planned a week ahead.
    ...stamp(new Date(startsAt.getTime() - 7 * DAY_MS), by),
    ...over
  }
}

function sheet(o: Observation, observerId: string, less: number, comments: string): ScoreSheet {
  let left = less
  const scores = Object.fromEntries(
    DEFAULT_RUBRIC.items.map((i) => {
      const take = Math.min(left, i.max - 6)
      left -= take
      return [i.key, i.max - take]
    })
  )
  const at = new Date(Date.parse(o.startsAt) + 2 * 3600 * 1000)
  return {
    id: `${o.id}.${observerId}`,
    observationId: o.id,
    observerId,
    unitId: o.unitId,
    year: o.year,
    rubricVersion: DEFAULT_RUBRIC.version,
    scores,
    total: sheetTotal(DEFAULT_RUBRIC, scores),
    comments,
    documentReview: { studyPlan: true, firstAgendaRecords: true, materials: less < 15, note: null },
    fieldResearch: null,
    photos: [],
    submittedAt: at.toISOString(),
    ...stamp(at, observerId)
  }
}

/** Adds the demo observation data inside the district seed's transaction. */
export async function seedObservationDemo(tx: Repositories, now: Date, ids: SeedIds): Promise<void> {
  if (await tx.observationGroups.get(GROUP_ID)) return
  const admin = ids.person('13800000000')
  const leader = ids.person('13800000005')
  const members = [leader, ids.person('13812340204'), ids.person('13812340302')]
  await tx.observationGroups.insert({
    id: GROUP_ID,
    name: '第一巡听旁听组',
    leaderId: leader,
    memberIds: members,
    areaIds: [ids.area('a2'), ids.area('a3')],
    active: true,
    ...stamp(now, admin)
  })

  const today = dayOf(now)
  const a2 = ids.area('a2')
  const todayAt = sessionInstant(today, '09:00')
  const fgjToday = session('seed-session-fgj-today', ids.unit('fgj'), a2, todayAt, '党组理论学习中心组专题学习', admin)
  await insertSeedSession(tx, fgjToday, null)
  await tx.observations.insert(
    observation(
      'seed-obs-today',
      fgjToday.unitId,
      a2,
      todayAt,
      { sessionId: fgjToday.id, note: '党组理论学习中心组专题学习' },
      admin
    )
  )

  // Last month: scored by two members, feedback sent, rectified and closed.
  const pastDay = dayOf(new Date(now.getTime() - 40 * DAY_MS))
  const pastAt = sessionInstant(pastDay, '15:00')
  const czjLead = ids.person('13812340501')
  const czjSession = session(
    'seed-session-czj-past',
    ids.unit('czj'),
    a2,
    pastAt,
    '学习贯彻习近平总书记关于财政工作的重要论述',
    admin,
    {
      leadId: czjLead,
      leadName: '韩光明',
      memberIds: [czjLead, ids.person('13812340502'), ids.person('13812340503')]
    }
  )
  await insertSeedSession(tx, czjSession, null)
  const past = observation('seed-obs-past', czjSession.unitId, a2, pastAt, { sessionId: czjSession.id }, admin)
  past.membersPresent = members.slice(0, 2)
  await tx.observations.insert(past)
  await tx.scoreSheets.insert(sheet(past, members[0], 12, '领学准备充分，研讨结合财政工作实际，个别发言稍显空泛。'))
  await tx.scoreSheets.insert(sheet(past, members[1], 16, '学习资料较齐全，建议研讨聚焦破解难题的具体举措。'))
  const sentAt = new Date(Date.parse(past.startsAt) + 3 * DAY_MS)
  const rect: Rectification = {
    id: past.id,
    unitId: past.unitId,
    groupId: GROUP_ID,
    year: past.year,
    findings: '学习有计划、有准备，领学有高度；研讨中结合工作实际谈体会还不够深入。',
    suggestions: '围绕年度重点工作开展研讨式学习，每位班子成员准备发言提纲。',
    deadline: dayOf(new Date(sentAt.getTime() + 20 * DAY_MS)),
    sentBy: leader,
    sentAt: sentAt.toISOString(),
    status: 'closed',
    measures: '修订中心组学习计划，下次学习安排专题研讨。',
    evidence: '已于专题学习会上逐一交流发言，会议记录存档。',
    submittedBy: ids.person('13812340504'),
    submittedAt: new Date(sentAt.getTime() + 10 * DAY_MS).toISOString(),
    returnReason: null,
    verifiedBy: leader,
    verifiedAt: new Date(sentAt.getTime() + 12 * DAY_MS).toISOString(),
    rounds: 1,
    ...stamp(sentAt, leader)
  }
  await tx.rectifications.insert(rect)

  // Five weeks ago at 区教育局: scored, feedback sent with a two-week deadline, not yet rectified —
  // what the admin's 整改督查 opens on (已逾期) and the overdue reminder is about.
  const lateAt = sessionInstant(dayOf(new Date(now.getTime() - 35 * DAY_MS)), '09:00')
  const jyjLead = ids.person('13812340601')
  const jyjSession = session('seed-session-jyj-past', ids.unit('jyj'), a2, lateAt, '学习习近平总书记关于教育的重要论述', admin, {
    leadId: jyjLead,
    leadName: '董文华',
    memberIds: [jyjLead, ids.person('13812340602'), ids.person('13812340603')]
  })
  await insertSeedSession(tx, jyjSession, null)
  const late = observation('seed-obs-late', jyjSession.unitId, a2, lateAt, { sessionId: jyjSession.id }, admin)
  late.membersPresent = members.slice(0, 2)
  await tx.observations.insert(late)
  await tx.scoreSheets.insert(sheet(late, members[0], 20, '领学有准备，研讨发言多为表态，结合教育工作谈举措不够。'))
  const lateSentAt = new Date(Date.parse(late.startsAt) + 2 * DAY_MS)
  await tx.rectifications.insert({
    ...rect,
    id: late.id,
    unitId: late.unitId,
    year: late.year,
    findings: '研讨发言以表态为主，结合“双减”等重点工作谈思路举措不够。',
    suggestions: '下次学习前明确研讨题目，班子成员结合分管工作准备发言。',
    deadline: dayOf(new Date(lateSentAt.getTime() + 14 * DAY_MS)),
    sentAt: lateSentAt.toISOString(),
    status: 'open',
    measures: null,
    evidence: null,
    submittedBy: null,
    submittedAt: null,
    verifiedBy: null,
    verifiedAt: null,
    rounds: 0,
    ...stamp(lateSentAt, leader)
  })

  // Next week: one of the third area's sessions in the window drawn at random (the candidates are
  // the sessions' ids, sorted); its unit cannot see the plan until it starts.
  const startsAt = sessionInstant(dayOf(new Date(now.getTime() + 7 * DAY_MS)), '09:30')
  const a3 = ids.area('a3')
  const streetSessions = [
    session('seed-session-cgjd-next', ids.unit('cgjd'), a3, startsAt, '学习贯彻党的二十届四中全会精神', admin),
    session('seed-session-dhjd-next', ids.unit('dhjd'), a3, startsAt, '学习《习近平谈治国理政》第四卷', admin)
  ]
  for (const s of streetSessions) await insertSeedSession(tx, s, null)
  const sessionsById = new Map(streetSessions.map((s) => [s.id, s]))
  const candidates = streetSessions.map((s) => s.id).sort()
  const seed = 20261120
  const draw: ObservationDraw = {
    id: 'seed-obs-draw-1',
    areaId: a3,
    count: 1,
    seed,
    candidateIds: candidates,
    pickedIds: drawUnits(candidates, 1, seed),
    groupId: GROUP_ID,
    startsAt: startsAt.toISOString(),
    year: sessionPeriod(startsAt).year,
    windowFrom: dayOf(new Date(now.getTime() + DAY_MS)),
    windowTo: dayOf(new Date(now.getTime() + 14 * DAY_MS)),
    ...stamp(now, admin)
  }
  await tx.observationDraws.insert(draw)
  for (const sessionId of draw.pickedIds) {
    const picked = sessionsById.get(sessionId)
    if (!picked) continue
    await tx.observations.insert(
      observation(
        `seed-obs-random-${picked.unitId}`,
        picked.unitId,
        draw.areaId,
        startsAt,
        { mode: 'random', sessionId, drawId: draw.id, batchId: draw.id },
        admin
      )
    )
  }
}
