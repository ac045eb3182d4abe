import type { GroupPlanView, SessionDetailView } from '../../src/core/contract'
import type { ObservationGroup } from '../../src/core/model'
import { dataOf } from './world'
import { makeMeetingWorld } from './meeting.world'

/** Unit A's secretary, its central group (leader, cadre, district leader), an observer group over area1. */
async function sessionWorld(now = '2026-12-05T02:00:00Z') {
  const world = await makeMeetingWorld(now)
  const p = world.people
  const sec = world.as(p.unitSecretary)
  dataOf(await sec('centralGroup.members.save', { memberIds: [p.unitLeader.id, p.cadre.id, p.districtLeader.id] }))
  const group: ObservationGroup = {
    id: 'g1',
    name: '第一巡听旁听组',
    leaderId: p.observer.id,
    memberIds: [p.observer.id],
    areaIds: ['area1'],
    active: true,
    createdAt: now,
    createdBy: 'seed',
    updatedAt: now,
    updatedBy: 'seed'
  }
  await world.store.observationGroups.insert(group)
  const held = (over: Record<string, unknown> = {}) => ({
    day: '2026-12-04',
    time: '09:00',
    place: '三楼会议室',
    topic: '学习党的二十届四中全会精神',
    status: 'completed',
    materials: [{ contentType: 'centralDecision', title: '全会公报' }],
    leadId: p.unitLeader.id,
    leadMode: 'lead',
    speakers: [{ personId: p.cadre.id, points: '结合发展改革工作谈体会' }],
    tiedToWork: '结合年度重点项目',
    followUp: '形成三条措施',
    ...over
  })
  return { world, p, sec, held }
}

describe('central-group sessions', () => {
  it('a session recorded after the fact lists the members present and yields the lead-study and exchange records', async () => {
    const { world, p, sec, held } = await sessionWorld()
    const s = dataOf<SessionDetailView>(await sec('centralGroup.session.save', held()))
    expect(s.item).toMatchObject({ name: '中心组学习 12月4日', memberCount: 3, presentCount: 3, statusLabel: '已召开' })
    expect(s.members.every((m) => m.present)).toBe(true)
    const records = await world.store.methodRecords.listBySourceMeeting(s.item.id)
    const byKind = [...records].sort((a, b) => b.kind.localeCompare(a.kind))
    expect(byKind.map((r) => [r.personId, r.kind, r.details])).toEqual([
      [
        p.unitLeader.id,
        'leadStudy',
        {
          meeting: '中心组学习',
          content: '领学中央重大决策部署：学习党的二十届四中全会精神',
          tiedToWork: '结合年度重点项目'
        }
      ],
      [
        p.cadre.id,
        'exchange',
        { occasion: '中心组学习', occasionName: '中心组学习', content: expect.stringContaining('结合发展改革工作谈体会') }
      ]
    ])
    expect(s.records.map((r) => r.kindLabel)).toEqual(['以会代训领学', '在交流中互学'])

    const absent = dataOf<SessionDetailView>(
      await sec('centralGroup.session.save', held({ id: s.item.id, absentIds: [p.districtLeader.id] }))
    )
    expect(absent.item.presentCount).toBe(2)
    expect((await world.store.methodRecords.listBySourceMeeting(s.item.id)).filter((r) => !r.withdrawnAt)).toHaveLength(2)

    const withdrawn = dataOf<SessionDetailView>(await sec('centralGroup.session.withdraw', { id: s.item.id, reason: '录入有误' }))
    expect(withdrawn.item.withdrawn).toBe(true)
    expect((await world.store.methodRecords.listBySourceMeeting(s.item.id)).every((r) => r.withdrawnAt !== null)).toBe(true)
  })

  it('refuses a lead who is not the principal or on the team, and other bad input, naming the field', async () => {
    const { p, sec, held } = await sessionWorld()
    expect(await sec('centralGroup.session.save', held({ leadId: p.cadre.id }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      field: 'leadId',
      message: '领学人应为本单位主要负责同志或班子成员'
    })
    expect(await sec('centralGroup.session.save', held({ leadId: p.otherCadre.id }))).toMatchObject({
      ok: false,
      field: 'leadId'
    })
    expect(await sec('centralGroup.session.save', held({ leadId: null }))).toMatchObject({ ok: false, field: 'leadId' })
    expect(await sec('centralGroup.session.save', held({ topic: '' }))).toMatchObject({ ok: false, field: 'topic' })
    expect(await sec('centralGroup.session.save', held({ day: '2026-12-06' }))).toMatchObject({ ok: false, field: 'status' })
    expect(
      await sec('centralGroup.session.save', held({ absentIds: [p.unitLeader.id, p.cadre.id, p.districtLeader.id] }))
    ).toMatchObject({ ok: false, field: 'absentIds' })
    expect(
      await sec('centralGroup.session.save', held({ speakers: [{ personId: p.otherCadre.id, points: 'x' }] }))
    ).toMatchObject({
      ok: false,
      field: 'speakers'
    })
  })

  it('a retry with the same idempotency key stores one session', async () => {
    const { world, sec, held } = await sessionWorld()
    const a = dataOf<SessionDetailView>(await sec('centralGroup.session.save', held(), 'same-key'))
    const b = dataOf<SessionDetailView>(await sec('centralGroup.session.save', held(), 'same-key'))
    expect(b.item.id).toBe(a.item.id)
    expect(await world.store.studySessions.listByUnit('unitA', 2026)).toHaveLength(1)
  })

  it('shows upcoming sessions to the admin and the area group, a held one to its unit and members only', async () => {
    const { world, p, sec, held } = await sessionWorld()
    const planned = dataOf<SessionDetailView>(
      await sec('centralGroup.session.save', held({ day: '2026-12-18', status: 'planned', speakers: [] }))
    )
    const done = dataOf<SessionDetailView>(await sec('centralGroup.session.save', held()))
    const observer = world.as(p.observer)
    expect(await observer('centralGroup.session.get', { id: planned.item.id })).toMatchObject({ ok: true })
    expect(await observer('centralGroup.session.get', { id: done.item.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await world.as(p.cadre)('centralGroup.session.get', { id: done.item.id })).toMatchObject({ ok: true })
    expect(await world.as(p.otherCadre)('centralGroup.session.get', { id: done.item.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
    expect(await world.as(p.unitLeader)('centralGroup.session.get', { id: done.item.id })).toMatchObject({ ok: true })
    expect(await world.as(p.admin)('centralGroup.session.get', { id: done.item.id })).toMatchObject({ ok: true })
    for (const who of [p.observer, p.admin]) {
      const up = dataOf<{ items: Array<{ id: string }> }>(await world.as(who)('centralGroup.upcoming', {}))
      expect(up.items.map((i) => i.id)).toEqual([planned.item.id])
    }
    expect(await world.as(world.secretaryB)('centralGroup.session.save', held({ id: done.item.id }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
  })

  it('keeps a year plan by month or quarter, refusing a period outside the year', async () => {
    const { world, p, sec } = await sessionWorld()
    const saved = dataOf<GroupPlanView>(
      await sec('centralGroup.plan.save', {
        year: 2026,
        items: [
          { period: '2026-Q1', topic: '学习全会精神' },
          { period: '2026-03', topic: '学习纲要' }
        ]
      })
    )
    expect(saved.items.map((i) => i.periodLabel)).toEqual(['2026年第一季度', '2026年3月'])
    expect(dataOf<GroupPlanView>(await world.as(p.unitLeader)('centralGroup.plan.get', { year: 2026 })).items).toHaveLength(2)
    expect(await sec('centralGroup.plan.save', { year: 2026, items: [{ period: '2027-01', topic: 'x' }] })).toMatchObject({
      ok: false,
      field: 'items.0.period'
    })
  })
})
