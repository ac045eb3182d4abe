import type { DrawView, ObservationView } from '../../src/core/contract'
import { verifyDraw } from '../../src/core/rules/observation'
import { dataOf } from './world'
import { failure, makeObservationWorld, sheetInput } from './observation.world'

// Observation built on central-group sessions (issue 10): plans pick a session, the random draw
// chooses among a window's sessions, and a session changed after the plan flags the plan.

type Plan = { items: ObservationView[] }
type Drawn = { draw: DrawView; items: ObservationView[] }

describe('a fixed observation is planned on a session', () => {
  it('takes the unit, day and start from the session and shows its topic', async () => {
    const w = await makeObservationWorld()
    const s = await w.planSession('2026-11-26', '14:30', '学习习近平文化思想')
    const [o] = dataOf<Plan>(
      await w.as(w.admin)('observe.plan', { mode: 'fixed', sessionIds: [s.item.id], groupId: w.group.id })
    ).items
    expect([o.sessionId, o.unitId, o.day, o.time, o.session?.topic, o.sessionNotice]).toEqual([
      s.item.id,
      'unitA',
      '2026-11-26',
      '14:30',
      '学习习近平文化思想',
      null
    ])
  })

  it('refuses a session already started, a withdrawn one and an unknown one, naming the field', async () => {
    const w = await makeObservationWorld()
    const plan = (sessionId: string) =>
      w.as(w.admin)('observe.plan', { mode: 'fixed', sessionIds: [sessionId], groupId: w.group.id })
    const started = await w.planSession('2026-11-20', '09:00') // the world's clock is 10:00 that day
    expect(failure(await plan(started.item.id))).toMatchObject({
      field: 'sessionIds',
      message: expect.stringContaining('已经开始')
    })
    const later = await w.planSession('2026-11-28')
    dataOf(await w.as(w.secretary)('centralGroup.session.withdraw', { id: later.item.id, reason: '改为集中培训' }))
    expect(failure(await plan(later.item.id))).toMatchObject({ field: 'sessionIds', message: expect.stringContaining('已撤销') })
    expect(failure(await plan('no-such-session'))).toMatchObject({ code: 'NOT_FOUND', field: 'sessionIds' })
    expect(await w.store.observations.listByUnit('unitA')).toEqual([])
  })

  it('refuses a typed unit and day: the old input names the missing session', async () => {
    const w = await makeObservationWorld()
    const r = failure(
      await w.as(w.admin)('observe.plan', {
        mode: 'fixed',
        unitIds: ['unitA'],
        groupId: w.group.id,
        day: '2026-11-26',
        time: '09:00'
      })
    )
    expect(r.field).toBe('sessionIds')
  })
})

describe('a session changed after the plan', () => {
  it('flags a plan whose session moved, keeping the planned start until the admin decides', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed('2026-11-26', '09:00')
    const session = await w.store.studySessions.get(planned.sessionId ?? '')
    if (!session) throw new Error('no session')
    const input = { id: session.id, day: '2026-11-27', time: '15:00', topic: session.topic, status: 'planned' }
    dataOf(await w.as(w.secretary)('centralGroup.session.save', input))
    const [row] = dataOf<{ items: ObservationView[] }>(await w.as(w.admin)('observe.plans.list', { year: 2026 })).items
    expect([row.day, row.time]).toEqual(['2026-11-26', '09:00'])
    expect(row.sessionNotice).toContain('2026-11-27 15:00')
    const mine = dataOf<{ items: ObservationView[] }>(await w.as(w.leader)('observe.mine', {})).items
    expect(mine[0].sessionNotice).toContain('2026-11-27 15:00')
  })

  it('flags a plan whose session was withdrawn and refuses scoring it', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed('2026-11-20', '09:00')
    dataOf(await w.as(w.secretary)('centralGroup.session.withdraw', { id: planned.sessionId, reason: '临时改期' }))
    const view = dataOf<{ observation: ObservationView; scoringProblem: string | null }>(
      await w.as(w.leader)('observe.session', { id: planned.id })
    )
    expect(view.observation.sessionNotice).toContain('已撤销')
    expect(view.observation.session?.withdrawn).toBe(true)
    expect(view.scoringProblem).toContain('已撤销')
    const r = failure(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id)))
    expect([r.code, r.message]).toEqual(['CONFLICT', '单位已撤销该次中心组学习，不能评分'])
  })
})

describe('a random draw among the sessions of a window', () => {
  async function calendar() {
    const w = await makeObservationWorld()
    const first = await w.planSession('2026-11-23')
    const last = await w.planSession('2026-11-30', '09:00', '学习党章', w.otherSecretary)
    const before = await w.planSession('2026-11-22')
    const after = await w.planSession('2026-12-01', '09:00', '学习党章', w.otherSecretary)
    return { w, first, last, before, after }
  }
  const draw = (w: Awaited<ReturnType<typeof calendar>>['w'], over: Record<string, unknown>) =>
    w.as(w.admin)('observe.draw', {
      areaId: 'area1',
      count: 2,
      groupId: w.group.id,
      from: '2026-11-23',
      to: '2026-11-30',
      ...over
    })

  it('chooses among the sessions from the first to the last day inclusive, and stores them sorted for re-checking', async () => {
    const { w, first, last } = await calendar()
    const drawn = dataOf<Drawn>(await draw(w, { seed: 99 }))
    const stored = await w.store.observationDraws.get(drawn.draw.id)
    expect(stored?.candidateIds).toEqual([first.item.id, last.item.id].sort())
    expect([stored?.windowFrom, stored?.windowTo]).toEqual(['2026-11-23', '2026-11-30'])
    expect(stored && verifyDraw(stored)).toBe(true)
    expect(drawn.items.map((o) => [o.mode, o.sessionId, o.day]).sort()).toEqual(
      [
        ['random', first.item.id, '2026-11-23'],
        ['random', last.item.id, '2026-11-30']
      ].sort()
    )
    const listed = dataOf<{ draws: DrawView[] }>(await w.as(w.admin)('observe.plans.list', { year: 2026 })).draws
    expect(listed[0]).toMatchObject({ windowFrom: '2026-11-23', windowTo: '2026-11-30', candidateCount: 2, reproducible: true })
  })

  it('refuses more picks than the window holds, naming the count', async () => {
    const { w } = await calendar()
    const r = failure(await draw(w, { count: 3 }))
    expect([r.field, r.message]).toEqual(['count', '该片区在这段时间只有2次即将开展的中心组学习，抽取数不能超过它'])
    expect(dataOf<Drawn>(await draw(w, { from: '2026-11-22', to: '2026-12-01', count: 4 })).items).toHaveLength(4)
  })

  it('refuses a window ending before it starts or longer than a quarter, naming the end', async () => {
    const { w } = await calendar()
    expect(failure(await draw(w, { from: '2026-11-30', to: '2026-11-23' })).field).toBe('to')
    expect(failure(await draw(w, { from: '2026-11-23', to: '2027-02-23' })).field).toBe('to')
    expect(dataOf<Drawn>(await draw(w, { from: '2026-11-23', to: '2027-02-22', count: 1 })).items).toHaveLength(1)
  })
})
