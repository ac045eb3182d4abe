import type { Audited, Observation, ObservationDraw, Rectification, ScoreSheet } from '../../src/core/model'
import { DEFAULT_RUBRIC, drawUnits, sessionInstant, sessionPeriod, sheetTotal } from '../../src/core/rules/observation'
import { dayOf } from '../../src/core/time'
import type { Repositories } from '../lib/ports/store.port'

// The demo's observation of central-group study (issue 5): one group led by the demo observer
// (13800000005) covering the second and third areas, a fixed observation of the demo secretary's
// unit (区发展和改革局) today at 09:00, a closed one of 区财政局 last month, and an unannounced
// random one next week. Ids are fixed, so seeding twice changes nothing.

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
  await tx.observations.insert(
    observation(
      'seed-obs-today',
      ids.unit('fgj'),
      a2,
      sessionInstant(today, '09:00'),
      { note: '党组理论学习中心组专题学习' },
      admin
    )
  )

  // Last month: scored by two members, feedback sent, rectified and closed.
  const pastDay = dayOf(new Date(now.getTime() - 40 * DAY_MS))
  const past = observation('seed-obs-past', ids.unit('czj'), a2, sessionInstant(pastDay, '15:00'), {}, admin)
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

  // Next week: one unit of the third area drawn at random; it cannot see the plan until it starts.
  const candidates = [ids.unit('cgjd'), ids.unit('dhjd')].sort()
  const seed = 20261120
  const startsAt = sessionInstant(dayOf(new Date(now.getTime() + 7 * DAY_MS)), '09:30')
  const draw: ObservationDraw = {
    id: 'seed-obs-draw-1',
    areaId: ids.area('a3'),
    count: 1,
    seed,
    candidateIds: candidates,
    pickedIds: drawUnits(candidates, 1, seed),
    groupId: GROUP_ID,
    startsAt: startsAt.toISOString(),
    year: sessionPeriod(startsAt).year,
    windowFrom: null,
    windowTo: null,
    ...stamp(now, admin)
  }
  await tx.observationDraws.insert(draw)
  for (const unitId of draw.pickedIds) {
    await tx.observations.insert(
      observation(
        `seed-obs-random-${unitId}`,
        unitId,
        draw.areaId,
        startsAt,
        { mode: 'random', drawId: draw.id, batchId: draw.id },
        admin
      )
    )
  }
}
