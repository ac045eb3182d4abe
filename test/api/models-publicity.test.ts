import type { CandidatesView, NominationDetailView, PublicityOptionsView, ShowcaseView } from '../../src/core/contract'
import { makeRecord } from '../store/methods.fixtures'
import { dataOf, makeWorld } from './world'

// Issue 11: model examples and publicity are linked, never retyped — a published item (宣传报道) is
// evidence a nomination picks, and an item may be about a named model (先进典型).

async function linkedWorld() {
  const w = await makeWorld({ now: '2026-12-04T02:00:00Z' })
  const p = w.people
  const outletId = dataOf<{ id: string }>(await w.as(p.admin)('outlet.save', { name: '城区要闻' })).id
  const record = async (personId: string, title: string, subject?: { kind: string; id: string }) =>
    dataOf<{ id: string }>(
      await w.as(p.unitSecretary)('publicity.record', {
        ownerType: 'person',
        personId,
        kind: 'article',
        title,
        outletId,
        submittedOn: '2026-11-10',
        ...(subject ? { subject } : {})
      })
    )
  const publish = async (id: string) =>
    dataOf(await w.as(p.unitSecretary)('publicity.answer', { id, status: 'published', day: '2026-11-12', pageIssue: '第3版' }))
  return { w, p, record, publish }
}

describe('a published publicity item as a nomination’s evidence', () => {
  it('offers the cadre’s published item (not one still submitted), links it, and shows it on the showcase as a summary', async () => {
    const { w, p, record, publish } = await linkedWorld()
    const published = await record(p.cadre.id, '在学用结合上下功夫')
    await publish(published.id)
    const waiting = await record(p.cadre.id, '尚未刊发的评论')
    const candidates = dataOf<CandidatesView>(
      await w.as(p.unitSecretary)('models.candidates', {
        kind: 'appliedLearning',
        year: 2026,
        subjectType: 'person',
        subjectId: p.cadre.id
      })
    )
    const offered = candidates.evidence.filter((e) => e.kind === 'publicity')
    expect(offered.map((e) => [e.id, e.title, e.date])).toEqual([[published.id, '在学用结合上下功夫（城区要闻）', '2026-11-12']])
    expect(offered.map((e) => e.id)).not.toContain(waiting.id)

    const nomination = dataOf<NominationDetailView>(
      await w.as(p.unitSecretary)('models.nominate', {
        kind: 'appliedLearning',
        year: 2026,
        subjectType: 'person',
        subjectId: p.cadre.id,
        reason: '学用结合，文章见报',
        evidence: [{ kind: 'publicity', id: published.id }]
      })
    )
    const unlisted = await w.as(p.unitSecretary)('models.nominate', {
      kind: 'internalised',
      year: 2026,
      subjectType: 'person',
      subjectId: p.cadre.id,
      reason: '入脑入心',
      evidence: [{ kind: 'publicity', id: waiting.id }]
    })
    expect(unlisted).toMatchObject({ ok: false, field: 'evidence.0' })
    dataOf(await w.as(p.admin)('models.review', { id: nomination.id, decision: 'approve', title: '' }))
    const show = dataOf<ShowcaseView>(await w.as(p.otherCadre)('models.showcase', {}))
    const evidence = show.groups.flatMap((g) => g.items).flatMap((i) => i.evidence)
    expect(evidence).toEqual([expect.objectContaining({ kind: 'publicity', kindLabel: '宣传报道（已刊发）', link: null })])
  })
})

describe('a publicity item about a named model', () => {
  it('links the person’s own named model, and refuses another person’s or one not named', async () => {
    const { w, p, record } = await linkedWorld()
    const nominate = async (subjectId: string) => {
      const note = makeRecord('note', { personId: subjectId, unitId: 'unitA', date: '2026-10-08' })
      await w.store.methodRecords.insert(note)
      return dataOf<NominationDetailView>(
        await w.as(p.admin)('models.nominate', {
          kind: 'fiveMethods',
          year: 2026,
          subjectType: 'person',
          subjectId,
          reason: '坚持五种学习方式',
          evidence: [{ kind: 'note', id: note.id }]
        })
      )
    }
    const cadres = await nominate(p.cadre.id)
    const leaders = await nominate(p.districtLeader.id)
    const notNamed = await w.as(p.unitSecretary)('publicity.record', {
      ownerType: 'person',
      personId: p.cadre.id,
      kind: 'practiceReport',
      title: '典型事迹',
      outletId: (await w.store.outlets.list())[0].id,
      submittedOn: '2026-12-01',
      subject: { kind: 'model', id: cadres.id }
    })
    expect(notNamed).toMatchObject({ ok: false, field: 'subject.id', message: '请从已命名的先进典型中选择' })
    dataOf(await w.as(p.admin)('models.review', { id: cadres.id, decision: 'approve', title: '学习标兵' }))
    dataOf(await w.as(p.admin)('models.review', { id: leaders.id, decision: 'approve', title: '' }))

    const options = dataOf<PublicityOptionsView>(
      await w.as(p.unitSecretary)('publicity.options', { ownerType: 'person', personId: p.cadre.id })
    )
    expect(options.subjects.filter((s) => s.kind === 'model').map((s) => [s.id, s.title])).toEqual([[cadres.id, '学习标兵']])
    const about = await record(p.cadre.id, '学习标兵的一天', { kind: 'model', id: cadres.id })
    expect((await w.store.publicity.get(about.id))?.subject).toEqual({ kind: 'model', id: cadres.id, title: '学习标兵' })
    const others = await w.as(p.unitSecretary)('publicity.record', {
      ownerType: 'person',
      personId: p.cadre.id,
      kind: 'practiceReport',
      title: '别人的典型',
      outletId: (await w.store.outlets.list())[0].id,
      submittedOn: '2026-12-01',
      subject: { kind: 'model', id: leaders.id }
    })
    expect(others).toMatchObject({ ok: false, field: 'subject.id' })
  })
})
