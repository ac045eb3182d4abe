import type { CandidatesView, NominationDetailView, NominationListView, ShowcaseView } from '../../src/core/contract'
import type { StudySession } from '../../src/core/model'
import { makeRecord } from '../store/methods.fixtures'
import { makeGroup, makeObservation, makeSheet } from '../store/observation.fixtures'
import { dataOf, makeWorld } from './world'

const NOW = '2026-12-04T02:00:00Z'

/** Unit A with a cadre's note and lecture, a colleague's note, a held session scored by a group; unit B's cadre. */
async function modelsWorld() {
  const world = await makeWorld({ now: NOW })
  const p = world.people
  const note = makeRecord('note', { personId: p.cadre.id, unitId: 'unitA', date: '2026-10-08' })
  const lecture = makeRecord('lecture', { personId: p.cadre.id, unitId: 'unitA', date: '2026-11-12' })
  const colleagues = makeRecord('note', { personId: p.districtLeader.id, unitId: 'unitA', date: '2026-11-01' })
  const withdrawn = makeRecord('outreach', { personId: p.cadre.id, unitId: 'unitA', withdrawnAt: NOW, withdrawnBy: p.cadre.id })
  const otherUnits = makeRecord('note', { personId: p.otherCadre.id, unitId: 'unitB' })
  for (const r of [note, lecture, colleagues, withdrawn, otherUnits]) await world.store.methodRecords.insert(r)
  const stamp = { createdAt: NOW, createdBy: 'seed', updatedAt: NOW, updatedBy: 'seed' }
  const session: StudySession = {
    id: 'sess1',
    unitId: 'unitA',
    areaId: 'area1',
    startsAt: '2026-11-20T01:00:00.000Z',
    day: '2026-11-20',
    month: '2026-11',
    year: 2026,
    place: null,
    topic: '学习党的二十届四中全会精神',
    materials: [],
    classics: [],
    leadId: p.unitLeader.id,
    leadName: p.unitLeader.name,
    leadMode: 'lead',
    memberIds: [p.unitLeader.id, p.cadre.id],
    absentIds: [],
    speakers: [],
    tiedToWork: null,
    followUp: null,
    status: 'completed',
    completedAt: NOW,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...stamp
  }
  await world.store.studySessions.insert(session)
  await world.store.observationGroups.insert(
    makeGroup({ id: 'g1', leaderId: p.observer.id, memberIds: [p.observer.id], areaIds: ['area1'] })
  )
  const observation = makeObservation({
    id: 'obs1',
    unitId: 'unitA',
    areaId: 'area1',
    groupId: 'g1',
    sessionId: 'sess1',
    day: '2026-11-20'
  })
  await world.store.observations.insert(observation)
  await world.store.scoreSheets.insert(
    makeSheet({ observationId: 'obs1', observerId: p.observer.id, unitId: 'unitA', total: 92 })
  )
  const nominate = (over: Record<string, unknown> = {}) => ({
    kind: 'fiveMethods',
    year: 2026,
    subjectType: 'person',
    subjectId: p.cadre.id,
    reason: '坚持每月自学五篇以上，带头进校园讲课',
    evidence: [
      { kind: 'note', id: note.id },
      { kind: 'lecture', id: lecture.id }
    ],
    ...over
  })
  return { world, p, note, lecture, colleagues, withdrawn, otherUnits, nominate }
}

describe('model examples: nominate', () => {
  it("the unit secretary nominates a cadre with two of the cadre's records, resolved to their summaries", async () => {
    const { world, p, note, nominate } = await modelsWorld()
    const n = dataOf<NominationDetailView>(await world.as(p.unitSecretary)('models.nominate', nominate()))
    expect(n).toMatchObject({
      kindLabel: '坚持“五种学习方式”的典型',
      subjectName: p.cadre.name,
      unitName: '区发展和改革局',
      via: 'unit',
      state: 'nominated',
      stateLabel: '待审核',
      evidenceCount: 2,
      canReview: false
    })
    expect(n.evidence[0]).toMatchObject({ kind: 'note', id: note.id, date: '2026-10-08', who: p.cadre.name })
    // The secretary may open the unit's records.
    expect(n.evidence[0].link).toEqual({ page: 'record', id: note.id })
    const audit = await world.store.audit.listByEntity('modelNomination', n.id)
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['nominate', p.unitSecretary.id]])
  })

  it("refuses a colleague's record, a withdrawn one, another unit's, and one that does not exist, naming the item", async () => {
    const { world, p, colleagues, withdrawn, otherUnits, nominate } = await modelsWorld()
    for (const [i, ref] of [
      { kind: 'note', id: colleagues.id },
      { kind: 'outreach', id: withdrawn.id },
      { kind: 'note', id: otherUnits.id },
      { kind: 'lecture', id: 'nope' }
    ].entries()) {
      const r = await world.as(p.unitSecretary)('models.nominate', nominate({ evidence: [ref] }))
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'evidence.0' })
      expect(i >= 0 && !r.ok && r.message).toContain('不存在，或不是')
    }
    expect(await world.store.nominations.list({ unitId: 'unitA' })).toEqual([])
  })

  it("refuses a secretary nominating another unit's cadre, a year out of range, and a second nomination of the same kind", async () => {
    const { world, p, nominate } = await modelsWorld()
    const sec = world.as(p.unitSecretary)
    expect(
      await sec('models.nominate', nominate({ subjectId: p.otherCadre.id, evidence: [{ kind: 'note', id: 'x' }] }))
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      field: 'subject'
    })
    expect(await sec('models.nominate', nominate({ year: 2024 }))).toMatchObject({ ok: false, code: 'VALIDATION', field: 'year' })
    dataOf(await sec('models.nominate', nominate()))
    expect(await world.as(p.admin)('models.nominate', nominate())).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      field: 'subjectId',
      message: `${p.cadre.name}已被推荐为2026年度坚持“五种学习方式”的典型（待审核）`
    })
  })

  it('lets the observation group nominate the session it scored as 示范课, with the observation and its score', async () => {
    const { world, p } = await modelsWorld()
    const obs = world.as(p.observer)
    const c = dataOf<CandidatesView>(
      await obs('models.candidates', {
        kind: 'demoSession',
        year: 2026,
        observationId: 'obs1',
        subjectType: 'session',
        subjectId: 'sess1'
      })
    )
    expect(c.subjects.map((s) => s.id)).toEqual(['sess1'])
    expect(c.evidence.map((e) => [e.kind, e.score, e.link])).toEqual([
      ['observation', 92, null],
      ['session', null, null]
    ])
    const n = dataOf<NominationDetailView>(
      await obs('models.nominate', {
        kind: 'demoSession',
        year: 2026,
        subjectType: 'session',
        subjectId: 'sess1',
        observationId: 'obs1',
        reason: '领学有高度，研讨充分',
        evidence: [{ kind: 'observation', id: 'obs1' }]
      })
    )
    expect(n).toMatchObject({
      via: 'group',
      kindLabel: '中心组学习示范课',
      subjectName: '区发展和改革局中心组学习：学习党的二十届四中全会精神'
    })
    // Without the observation the same observer may not nominate.
    expect(
      await obs('models.nominate', {
        kind: 'demoGroup',
        year: 2026,
        subjectType: 'unit',
        subjectId: 'unitA',
        reason: '好',
        evidence: [{ kind: 'session', id: 'sess1' }]
      })
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('model examples: review, revoke and the showcase', () => {
  it('the admin names it with a title; a cadre of another unit sees it on the showcase with summaries, no links', async () => {
    const { world, p, nominate } = await modelsWorld()
    const n = dataOf<NominationDetailView>(await world.as(p.unitSecretary)('models.nominate', nominate()))
    const adm = world.as(p.admin)
    expect(dataOf<NominationDetailView>(await adm('models.get', { id: n.id }))).toMatchObject({
      canReview: true,
      canRevoke: false
    })
    // Before naming, a cadre of another unit may not open it.
    expect(await world.as(p.otherCadre)('models.get', { id: n.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const named = dataOf<NominationDetailView>(await adm('models.review', { id: n.id, decision: 'approve', title: '' }))
    expect(named).toMatchObject({
      state: 'named',
      title: '2026年度坚持“五种学习方式”的典型',
      namedOn: '2026-12-04',
      canRevoke: true
    })

    const show = dataOf<ShowcaseView>(await world.as(p.otherCadre)('models.showcase', {}))
    expect(show.year).toBe(2026)
    expect(show.groups.map((g) => g.items.length)).toEqual([1, 0, 0, 0, 0])
    const item = show.groups[0].items[0]
    expect(item).toMatchObject({ subjectName: p.cadre.name, unitName: '区发展和改革局', subjectTypeLabel: '个人' })
    expect(item.evidence.map((e) => [e.kindLabel, e.link])).toEqual([
      ['心得体会', null],
      ['进学校讲课', null]
    ])
    // The cadre named opens their own records from it.
    const own = dataOf<ShowcaseView>(await world.as(p.cadre)('models.showcase', { year: 2026 }))
    expect(own.groups[0].items[0].evidence.every((e) => e.link !== null)).toBe(true)
  })

  it('a rejection needs a reason; a second review of the same nomination is refused; revoking is audited with its reason', async () => {
    const { world, p, nominate } = await modelsWorld()
    const n = dataOf<NominationDetailView>(await world.as(p.unitSecretary)('models.nominate', nominate()))
    const adm = world.as(p.admin)
    expect(await adm('models.review', { id: n.id, decision: 'reject' })).toMatchObject({ ok: false, field: 'reason' })
    world.setNow('2026-12-05T02:00:00Z')
    dataOf(await adm('models.review', { id: n.id, decision: 'approve', title: '学用结合标兵' }))
    expect(await adm('models.review', { id: n.id, decision: 'reject', reason: '材料不足' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '该推荐当前为“已命名”，不能改为“未通过”'
    })
    world.setNow('2026-12-06T02:00:00Z')
    const revoked = dataOf<NominationDetailView>(await adm('models.revoke', { id: n.id, reason: '本人受到处分' }))
    expect(revoked).toMatchObject({
      state: 'revoked',
      title: '学用结合标兵',
      revokeReason: '本人受到处分',
      revokedOn: '2026-12-06'
    })
    const audit = await world.store.audit.listByEntity('modelNomination', n.id)
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ['nominate', null],
      ['name', null],
      ['revoke', '本人受到处分']
    ])
    const show = dataOf<ShowcaseView>(await world.as(p.cadre)('models.showcase', { year: 2026 }))
    expect(show.groups.every((g) => g.items.length === 0)).toBe(true)
  })

  it('lists the unit’s nominations for its secretary and leader, all for the admin, and refuses a cadre the unit scope', async () => {
    const { world, p, nominate } = await modelsWorld()
    dataOf(await world.as(p.unitSecretary)('models.nominate', nominate()))
    const unit = dataOf<NominationListView>(await world.as(p.unitLeader)('models.list', { scope: 'unit' }))
    expect(unit.items.map((i) => i.stateLabel)).toEqual(['待审核'])
    expect(dataOf<NominationListView>(await world.as(p.admin)('models.list', { scope: 'all', year: 2026 })).items).toHaveLength(1)
    expect(dataOf<NominationListView>(await world.as(p.admin)('models.list', { scope: 'all', year: 2025 })).items).toHaveLength(0)
    expect(await world.as(p.observer)('models.list', { scope: 'unit' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      field: 'scope'
    })
    expect(await world.as(p.unitSecretary)('models.list', { scope: 'all' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it("offers the secretary the unit's cadres and the unit, and the chosen cadre's own records only", async () => {
    const { world, p, note, lecture } = await modelsWorld()
    const c = dataOf<CandidatesView>(
      await world.as(p.unitSecretary)('models.candidates', {
        kind: 'fiveMethods',
        year: 2026,
        subjectType: 'person',
        subjectId: p.cadre.id
      })
    )
    expect(c.units).toEqual([])
    expect(c.subjects.map((s) => s.type)).toEqual(['unit', 'person', 'person'])
    expect(c.evidence.map((e) => e.id)).toEqual(['sess1', lecture.id, note.id])
  })

  it('the daily reminders tell the admin of a nomination still waiting 7 days after it was filed', async () => {
    const { world, p, nominate } = await modelsWorld()
    dataOf(await world.as(p.unitSecretary)('models.nominate', nominate()))
    const preview = async () =>
      dataOf<{ items: Array<{ obligation: string; personId: string }> }>(
        await world.as(p.admin)('reminders.preview', {})
      ).items.filter((i) => i.obligation === 'nominationReview')
    world.setNow('2026-12-10T02:00:00Z')
    expect(await preview()).toEqual([])
    world.setNow('2026-12-11T02:00:00Z')
    expect((await preview()).map((i) => i.personId)).toEqual([p.admin.id])
  })
})
