import { drawUnits } from '../../src/core/rules/observation'
import { dataOf } from './world'
import { failure, makeObservationWorld, sheetInput, type View } from './observation.world'

type Session = {
  observation: View
  rubric: { version: number; items: { key: string }[] }
  mySheet: { total: number; rubricVersion: number } | null
  sheets: { total: number }[]
  scoringProblem: string | null
}
type Row = { unitId: string; byMode: Record<string, number>; meanScore: number | null; grade: string | null } & Record<
  string,
  unknown
>

describe('observation: from plan to closed rectification', () => {
  it('runs a whole observation: score, mean and grade, feedback, rectify, return, accept, figures', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    const mine = dataOf<{ items: (View & { isLeader: boolean })[] }>(await w.as(w.leader)('observe.mine', {}))
    expect(mine.items.map((o) => [o.id, o.isLeader])).toEqual([[planned.id, true]])

    const before = dataOf<Session>(await w.as(w.member)('observe.session', { id: planned.id }))
    expect([before.rubric.version, before.rubric.items.length, before.scoringProblem]).toEqual([1, 8, null])

    dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 3)))
    w.setNow('2026-11-20T02:30:00Z')
    dataOf(await w.as(w.member)('observe.sheet.submit', sheetInput(planned.id, 10)))
    const scored = dataOf<Session>(await w.as(w.leader)('observe.session', { id: planned.id }))
    expect(scored.sheets.map((s) => s.total)).toEqual([97, 90])
    expect([scored.observation.sessionScore, scored.observation.grade]).toEqual([93.5, '优秀'])

    // The unit sees neither scores nor feedback before the leader sends it.
    const early = dataOf<{ items: View[] }>(await w.as(w.secretary)('observe.unit.list', {}))
    expect(early.items.map((o) => [o.id, o.sessionScore, o.rectification])).toEqual([[planned.id, null, null]])

    const feedback = {
      observationId: planned.id,
      findings: '研讨还不够深入',
      suggestions: '围绕重点工作开展专题研讨',
      deadline: '2026-12-20'
    }
    expect(failure(await w.as(w.member)('observe.feedback.send', feedback)).code).toBe('FORBIDDEN')
    dataOf(await w.as(w.leader)('observe.feedback.send', feedback))
    expect(failure(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 0))).message).toMatch(/不能再修改/)

    const seen = dataOf<{ items: View[] }>(await w.as(w.unitLeader)('observe.unit.list', {}))
    expect([seen.items[0].sessionScore, seen.items[0].grade, seen.items[0].rectification?.status]).toEqual([93.5, '优秀', 'open'])

    const answer = { observationId: planned.id, measures: '制定专题研讨计划', evidence: '11月30日专题研讨会议记录' }
    expect(dataOf<{ status: string }>(await w.as(w.secretary)('observe.rectify.submit', answer)).status).toBe('submitted')
    const returned = await w.as(w.member)('observe.rectify.verify', {
      observationId: planned.id,
      accept: false,
      reason: '请补充会议记录照片'
    })
    expect(dataOf<{ status: string; returnReason: string }>(returned)).toMatchObject({
      status: 'returned',
      returnReason: '请补充会议记录照片'
    })
    const noReason = failure(await w.as(w.member)('observe.rectify.verify', { observationId: planned.id, accept: false }))
    expect([noReason.field, noReason.message]).toEqual(['reason', '请填写退回原因'])
    dataOf(await w.as(w.secretary)('observe.rectify.submit', { ...answer, evidence: '补充了会议记录' }))
    const closed = dataOf<{ status: string; rounds: number }>(
      await w.as(w.leader)('observe.rectify.verify', { observationId: planned.id, accept: true })
    )
    expect([closed.status, closed.rounds]).toEqual(['closed', 2])

    const figures = dataOf<{ rows: Row[] }>(await w.as(w.admin)('observe.figures', { year: 2026 }))
    const unitA = figures.rows.find((r) => r.unitId === 'unitA')
    expect(unitA).toMatchObject({ observed: 1, meanScore: 93.5, grade: '优秀', rectificationsDue: 1, rectificationsClosed: 1 })
    expect(unitA?.byMode.fixed).toBe(1)
    const audit = await w.store.audit.listByEntity('rectification', planned.id)
    // Every step is audited (all at the same instant here, so compare as a set).
    expect(audit.map((a) => a.action).sort()).toEqual(['accept', 'feedback', 'return', 'submit', 'submit'])
  })

  it('keeps one sheet per observer: a retry with the same key answers the same, a resubmission replaces', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    const first = await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 5), 'offline-key-0001')
    w.setNow('2026-11-20T02:05:00Z')
    const retry = await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 5), 'offline-key-0001')
    expect(retry).toEqual(first)
    dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 1), 'offline-key-0002'))
    const sheets = await w.store.scoreSheets.listByObservation(planned.id)
    expect(sheets.map((s) => s.total)).toEqual([99])
  })

  it('checks each score against its item’s bounds and names the item', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    const input = sheetInput(planned.id)
    const r = failure(await w.as(w.leader)('observe.sheet.submit', { ...input, scores: { ...input.scores, talk_solutions: 12 } }))
    expect([r.code, r.field, r.message]).toEqual([
      'VALIDATION',
      'scores.talk_solutions',
      '“提出破解难题的思路举措”的得分应在0到10分之间'
    ])
    const early = await w.planFixed('2026-11-21')
    expect(failure(await w.as(w.leader)('observe.sheet.submit', sheetInput(early.id))).message).toMatch(/还没有开始/)
  })

  it('lets a new rubric version apply to new sheets while scored sheets keep theirs', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id)))
    const items = [
      { part: '领学', label: '领学质量', max: 50 },
      { part: '研讨', label: '研讨质量', max: 50 }
    ]
    expect(failure(await w.as(w.admin)('observe.rubric.publish', { items: items.slice(0, 1) })).message).toMatch(/合计应为100分/)
    expect(dataOf<{ version: number }>(await w.as(w.admin)('observe.rubric.publish', { items })).version).toBe(2)
    const leaderView = dataOf<Session>(await w.as(w.leader)('observe.session', { id: planned.id }))
    expect([leaderView.rubric.version, leaderView.mySheet?.rubricVersion]).toEqual([1, 1])
    const memberView = dataOf<Session>(await w.as(w.member)('observe.session', { id: planned.id }))
    expect(memberView.rubric.items.map((i) => i.key)).toEqual(['item1', 'item2'])
    const sheet = dataOf<{ total: number; rubricVersion: number }>(
      await w.as(w.member)('observe.sheet.submit', { ...sheetInput(planned.id, 0, 2), scores: { item1: 40, item2: 45.5 } })
    )
    expect(sheet).toMatchObject({ total: 85.5, rubricVersion: 2 })
    const versions = dataOf<{ items: { version: number; current: boolean }[] }>(await w.as(w.admin)('observe.rubric.list', {}))
    expect(versions.items.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false]
    ])
  })

  it('flags a rectification past its deadline as overdue for the unit and in the figures', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 30)))
    const feedback = {
      observationId: planned.id,
      findings: '学习计划不完整',
      suggestions: '完善学习计划',
      deadline: '2026-11-30'
    }
    dataOf(await w.as(w.leader)('observe.feedback.send', feedback))
    w.setNow('2026-12-01T01:00:00Z')
    const list = dataOf<{ items: View[] }>(await w.as(w.secretary)('observe.unit.list', {}))
    expect(list.items[0].rectification).toMatchObject({ status: 'open', overdue: true })
    const figures = dataOf<{ rows: Row[] }>(await w.as(w.admin)('observe.figures', { year: 2026 }))
    expect(figures.rows.find((r) => r.unitId === 'unitA')).toMatchObject({ grade: '一般', rectificationsOverdue: 1 })
  })

  it('plans an invited observation when the admin accepts a unit’s request', async () => {
    const w = await makeObservationWorld()
    const session = await w.planSession('2026-11-27', '14:30')
    const request = dataOf<View>(await w.as(w.secretary)('observe.request', { sessionId: session.item.id, note: '专题学习' }))
    expect(request.sessionId).toBe(session.item.id)
    expect(request.status).toBe('requested')
    expect(dataOf<{ items: View[] }>(await w.as(w.leader)('observe.mine', {})).items).toEqual([])
    const accepted = dataOf<View & { mode: string; time: string }>(
      await w.as(w.admin)('observe.accept', { id: request.id, groupId: w.group.id })
    )
    expect([accepted.status, accepted.mode, accepted.time]).toEqual(['planned', 'invited', '14:30'])
    expect(dataOf<{ items: View[] }>(await w.as(w.leader)('observe.mine', {})).items.map((o) => o.id)).toEqual([request.id])
    // One invitation per session: a second one (another tap, a fresh idempotency key) is refused.
    const again = failure(await w.as(w.secretary)('observe.request', { sessionId: session.item.id }))
    expect([again.code, again.field]).toEqual(['CONFLICT', 'sessionId'])
    expect(dataOf<{ items: View[] }>(await w.as(w.secretary)('observe.unit.list', {})).items.map((o) => o.id)).toEqual([
      request.id
    ])
    const past = await w.planSession('2026-11-20', '09:00') // started an hour ago
    expect(failure(await w.as(w.secretary)('observe.request', { sessionId: past.item.id })).field).toBe('sessionId')
    const another = await w.planSession('2026-11-27', '09:00', '学习党章', w.otherSecretary)
    const notOwn = failure(await w.as(w.secretary)('observe.request', { sessionId: another.item.id }))
    expect([notOwn.code, notOwn.field]).toEqual(['FORBIDDEN', 'sessionId'])
  })
})

describe('observation: who may see and do what', () => {
  it('denies an observer outside the group the session, the sheet and the verification', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    expect(dataOf<{ items: View[] }>(await w.as(w.outsider)('observe.mine', {})).items).toEqual([])
    for (const [action, input] of [
      ['observe.session', { id: planned.id }],
      ['observe.sheet.submit', sheetInput(planned.id)],
      ['observe.feedback.send', { observationId: planned.id, findings: 'x', suggestions: 'y', deadline: '2026-12-01' }],
      ['observe.rectify.verify', { observationId: planned.id, accept: true }]
    ] as const) {
      const r = failure(await w.as(w.outsider)(action, input))
      expect([action, r.code]).toEqual([action, 'FORBIDDEN'])
    }
  })

  it('denies another unit the observed unit’s observation and its rectification', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id)))
    dataOf(
      await w.as(w.leader)('observe.feedback.send', {
        observationId: planned.id,
        findings: 'x',
        suggestions: 'y',
        deadline: '2026-12-01'
      })
    )
    expect(dataOf<{ items: View[] }>(await w.as(w.otherSecretary)('observe.unit.list', {})).items).toEqual([])
    const r = failure(
      await w.as(w.otherSecretary)('observe.rectify.submit', { observationId: planned.id, measures: 'x', evidence: 'y' })
    )
    expect(r.code).toBe('FORBIDDEN')
  })

  it('denies cadres every observation action they are not named for', async () => {
    const w = await makeObservationWorld()
    const planned = await w.planFixed()
    for (const cadre of [w.people.cadre, w.people.districtLeader]) {
      for (const action of ['observe.session', 'observe.review', 'observe.unit.list', 'observe.figures'] as const) {
        expect(failure(await w.as(cadre)(action, { id: planned.id })).code).toBe('FORBIDDEN')
      }
      // They may be named for a 相互 observation, so the list answers — with nothing they observe.
      expect(dataOf<{ items: View[] }>(await w.as(cadre)('observe.mine', {})).items).toEqual([])
    }
  })

  it('hides a random observation from the drawn unit until it starts, and the draw is reproducible', async () => {
    const w = await makeObservationWorld()
    const a = await w.planSession('2026-11-25')
    const b = await w.planSession('2026-11-25', '09:00', '学习习近平文化思想', w.otherSecretary)
    const drawn = dataOf<{
      draw: { seed: number; picked: { id: string; name: string }[]; reproducible: boolean }
      items: View[]
    }>(
      await w.as(w.admin)('observe.draw', {
        areaId: 'area1',
        count: 2,
        groupId: w.group.id,
        from: '2026-11-25',
        to: '2026-11-25',
        seed: 7
      })
    )
    expect(drawn.draw.picked.map((s) => s.id)).toEqual(drawUnits([a.item.id, b.item.id], 2, 7))
    expect(drawn.draw.picked.every((s) => s.name !== '')).toBe(true)
    expect(drawn.draw.reproducible).toBe(true)
    // The group knows; the unit does not, not even a minute before the start.
    expect(dataOf<{ items: View[] }>(await w.as(w.leader)('observe.mine', {})).items).toHaveLength(2)
    w.setNow('2026-11-25T00:59:00Z')
    expect(dataOf<{ items: View[] }>(await w.as(w.secretary)('observe.unit.list', {})).items).toEqual([])
    expect(dataOf<{ items: View[] }>(await w.as(w.otherSecretary)('observe.unit.list', {})).items).toEqual([])
    w.setNow('2026-11-25T01:00:00Z')
    expect(dataOf<{ items: View[] }>(await w.as(w.secretary)('observe.unit.list', {})).items).toHaveLength(1)
    expect(dataOf<{ items: View[] }>(await w.as(w.otherSecretary)('observe.unit.list', {})).items).toHaveLength(1)
  })

  it('only lets the admin put observers in a group, and only for areas it covers', async () => {
    const w = await makeObservationWorld()
    const r = failure(
      await w.as(w.admin)('observe.groups.save', { name: '组', leaderId: w.people.cadre.id, memberIds: [], areaIds: ['area1'] })
    )
    expect([r.field, r.message]).toEqual(['leaderId', '测试0还没有“巡听旁听组成员”角色，请先在人员与角色中添加'])
    await w.store.areas.insert({ ...(await w.store.areas.get('area1'))!, id: 'area2', name: '城西片区' })
    await w.store.units.insert({ ...(await w.store.units.get('unitB'))!, id: 'unitC', name: '城西实验学校', areaId: 'area2' })
    const secretaryC = { ...w.otherSecretary, id: 'p-secretary-c', phone: '13900000093', unitId: 'unitC' }
    await w.store.people.insert(secretaryC)
    const c = await w.planSession('2026-11-21', '09:00', '学习党章', secretaryC)
    const plan = failure(await w.as(w.admin)('observe.plan', { mode: 'fixed', sessionIds: [c.item.id], groupId: w.group.id }))
    expect(plan.field).toBe('groupId')
  })
})
