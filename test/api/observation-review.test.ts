import type { ObservationView, ReviewView, SessionDetailView } from '../../src/core/contract'
import type { ObservationGroup } from '../../src/core/model'
import { makeMeeting } from '../store/meeting.fixtures'
import { dataOf } from './world'
import { failure, makeObservationWorld, sheetInput } from './observation.world'

// 查阅资料: the observers of an observation (its group, or the partner unit's chosen people for
// 相互) read the observed session, the unit's plan and recent meetings; nobody else outside the unit.

async function reviewWorld() {
  const w = await makeObservationWorld()
  const sec = w.as(w.secretary)
  dataOf(await sec('centralGroup.plan.save', { year: 2026, items: [{ period: '2026-11', topic: '学习全会精神' }] }))
  const session = await w.dayBefore('2026-11-26', async () =>
    dataOf<SessionDetailView>(
      await sec('centralGroup.session.save', {
        day: '2026-11-26',
        time: '09:00',
        topic: '学习党的二十届四中全会精神',
        status: 'planned',
        materials: [{ contentType: 'centralDecision', title: '全会公报' }]
      })
    )
  )
  const plan = (body: Record<string, unknown>) =>
    w.dayBefore(
      '2026-11-26',
      async () => dataOf<{ items: ObservationView[] }>(await w.as(w.admin)('observe.plan', body)).items[0]
    )
  const fixed = await plan({ mode: 'fixed', sessionIds: [session.item.id], groupId: w.group.id })
  // Meetings of unit A: the window is the 90 days up to the session day (2026-08-29 .. 2026-11-26).
  const meeting = (id: string, day: string, over = {}) =>
    w.store.meetings.insert(
      makeMeeting({
        id,
        unitId: 'unitA',
        areaId: 'area1',
        day,
        startsAt: `${day}T01:00:00.000Z`,
        month: day.slice(0, 7),
        ...over
      })
    )
  await meeting('m-first-day', '2026-08-29')
  await meeting('m-too-old', '2026-08-28')
  await meeting('m-recent', '2026-11-10')
  await meeting('m-withdrawn', '2026-11-11', { withdrawnAt: '2026-11-12T00:00:00.000Z' })
  await w.store.meetings.insert(makeMeeting({ id: 'm-unit-b', unitId: 'unitB', areaId: 'area1', day: '2026-11-10' }))
  return { w, session, fixed, plan }
}

describe('document review (查阅资料)', () => {
  it('shows the group the session with its materials, the year plan and the meetings of the 90 days before', async () => {
    const { w, session, fixed } = await reviewWorld()
    for (const observer of [w.leader, w.member]) {
      const r = dataOf<ReviewView>(await w.as(observer)('observe.review', { id: fixed.id }))
      expect(r.session?.item.id).toBe(session.item.id)
      expect(r.session?.materials.map((m) => m.title)).toEqual(['全会公报'])
      expect(r.session?.canEdit).toBe(false)
      expect(r.plan.items).toEqual([{ period: '2026-11', topic: '学习全会精神' }])
      expect(r.meetings.map((m) => m.id)).toEqual(['m-recent', 'm-first-day'])
      expect([r.meetingsFrom, r.meetingsTo]).toEqual(['2026-08-29', '2026-11-26'])
    }
    expect(dataOf<ReviewView>(await w.as(w.admin)('observe.review', { id: fixed.id })).meetings).toHaveLength(2)
  })

  it('refuses an observer outside the group, another unit’s secretary, and the unit’s own cadre', async () => {
    const { w, fixed } = await reviewWorld()
    for (const person of [w.outsider, w.otherSecretary, w.people.cadre, w.people.otherCadre]) {
      expect([person.id, failure(await w.as(person)('observe.review', { id: fixed.id })).code]).toEqual([person.id, 'FORBIDDEN'])
    }
  })

  it('lets the observers of one session review it and not another group’s session', async () => {
    const { w, fixed, plan } = await reviewWorld()
    const second: ObservationGroup = {
      ...(await w.store.observationGroups.get(w.group.id))!,
      id: 'g2',
      name: '第二巡听旁听组',
      leaderId: w.outsider.id,
      memberIds: [w.outsider.id]
    }
    await w.store.observationGroups.insert(second)
    const other = await w.planSession('2026-11-26', '14:00', '学习党章', w.otherSecretary)
    const theirs = await plan({ mode: 'fixed', sessionIds: [other.item.id], groupId: 'g2' })
    expect(dataOf<ReviewView>(await w.as(w.outsider)('observe.review', { id: theirs.id })).session?.item.topic).toBe('学习党章')
    expect(failure(await w.as(w.outsider)('observe.review', { id: fixed.id })).code).toBe('FORBIDDEN')
    expect(failure(await w.as(w.leader)('observe.review', { id: theirs.id })).code).toBe('FORBIDDEN')
  })

  it('is closed once the observation is cancelled', async () => {
    const { w, fixed } = await reviewWorld()
    dataOf(await w.as(w.admin)('observe.cancel', { id: fixed.id, reason: '改期' }))
    expect(failure(await w.as(w.leader)('observe.review', { id: fixed.id })).code).toBe('CONFLICT')
  })
})

describe('相互: the partner unit’s chosen people observe that session only', () => {
  async function mutualWorld() {
    const ctx = await reviewWorld()
    const { w, plan } = ctx
    const s = await w.planSession('2026-11-26', '15:00', '学习习近平文化思想')
    const mutual = await plan({
      mode: 'mutual',
      sessionIds: [s.item.id],
      groupId: w.group.id,
      partnerUnitId: 'unitB',
      partnerMemberIds: [w.people.otherCadre.id]
    })
    return { ...ctx, mutual }
  }

  it('lists it for the chosen person, who reviews and scores it, but not the other session', async () => {
    const { w, fixed, mutual } = await mutualWorld()
    const partner = w.as(w.people.otherCadre)
    expect(dataOf<{ items: ObservationView[] }>(await partner('observe.mine', {})).items.map((o) => o.id)).toEqual([mutual.id])
    expect(dataOf<ReviewView>(await partner('observe.review', { id: mutual.id })).observation.partnerUnitName).toBe('区教育局')
    w.setNow('2026-11-26T07:30:00Z')
    const seen = dataOf<{ isMember: boolean; isLeader: boolean; scoringProblem: string | null }>(
      await partner('observe.session', { id: mutual.id })
    )
    // The partner scores, but the verification of the unit's rectification stays with the group.
    expect([seen.scoringProblem, seen.isMember, seen.isLeader]).toEqual([null, false, false])
    expect(dataOf<{ total: number }>(await partner('observe.sheet.submit', sheetInput(mutual.id, 5))).total).toBe(95)
    expect(failure(await partner('observe.review', { id: fixed.id })).code).toBe('FORBIDDEN')
    expect(failure(await partner('observe.sheet.submit', sheetInput(fixed.id))).code).toBe('FORBIDDEN')
    // Feedback and verification stay with the group.
    const verify = failure(await partner('observe.rectify.verify', { observationId: mutual.id, accept: true }))
    expect(verify.code).toBe('FORBIDDEN')
  })

  it('refuses a partner unit person not chosen, and a chosen person of another unit', async () => {
    const { w, mutual, session } = await mutualWorld()
    expect(failure(await w.as(w.otherSecretary)('observe.review', { id: mutual.id })).code).toBe('FORBIDDEN')
    const wrong = await w.dayBefore('2026-11-26', async () =>
      failure(
        await w.as(w.admin)('observe.plan', {
          mode: 'mutual',
          sessionIds: [session.item.id],
          groupId: w.group.id,
          partnerUnitId: 'unitB',
          partnerMemberIds: [w.people.cadre.id]
        })
      )
    )
    expect([wrong.field, wrong.message]).toEqual(['partnerMemberIds', '参加互学的人员应为该单位在册人员'])
  })
})
