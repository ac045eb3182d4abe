import type { OutputOf } from '../../src/core/contract'
import { dataOf, makeWorld } from './world'

// The self-study plan through the router (TEST_STORE=cloudbase runs it on the CloudBase fake).
// The world's clock is 2026-11-20; its catalogue holds sp1.

type Plan = OutputOf<'studyPlan.get'>
type Suggestion = OutputOf<'studyPlan.suggestion.get'>

const TITLE1 = '在二十届中央政治局第一次集体学习时的讲话'
const stamp = {
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: 'seed',
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'seed'
}

async function world() {
  const w = await makeWorld()
  const speech = { title: '在文化传承发展座谈会上的讲话', date: '2026-06-02', source: '《求是》', link: null, ...stamp }
  await w.store.speeches.insert({ id: 'sp2', ...speech, archived: false })
  await w.store.speeches.insert({ id: 'old', ...speech, title: '已下架的讲话', archived: true })
  return w
}

describe('the self-study plan', () => {
  it('starts empty: no plan, no progress, no suggestion; the home says so too', async () => {
    const w = await world()
    expect(dataOf<Plan>(await w.as(w.people.cadre)('studyPlan.get', {}))).toEqual({
      month: '2026-11',
      currentMonth: '2026-11',
      editable: true,
      plan: null,
      progress: null,
      suggestion: null
    })
    expect(dataOf<OutputOf<'home.get'>>(await w.as(w.people.cadre)('home.get', {})).plan).toEqual({
      progress: null,
      suggested: 0
    })
    expect(dataOf<OutputOf<'home.get'>>(await w.as(w.people.unitSecretary)('home.get', {})).plan).toBeNull()
  })

  it('saves catalogue speeches (titles from the catalogue) and typed titles in order, and shows planned vs studied', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    const saved = dataOf<Plan>(
      await cadre('studyPlan.save', {
        month: '2026-11',
        items: [{ speechId: 'sp1', title: '客户端写的标题' }, { title: '自拟篇目' }, { speechId: 'sp2' }]
      })
    )
    expect(saved.plan?.items).toEqual([
      { speechId: 'sp1', title: TITLE1, done: false },
      { speechId: null, title: '自拟篇目', done: false },
      { speechId: 'sp2', title: '在文化传承发展座谈会上的讲话', done: false }
    ])
    dataOf(await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-10' }))
    const now = dataOf<Plan>(await cadre('studyPlan.get', { month: '2026-11' }))
    expect(now.progress).toEqual({ planned: 3, studied: 1, next: { speechId: null, title: '自拟篇目' } })
    expect(now.plan?.items.map((i) => i.done)).toEqual([true, false, false])
    const home = dataOf<OutputOf<'home.get'>>(await cadre('home.get', {}))
    expect(home.plan?.progress).toEqual(now.progress)
    // Someone else's plan is their own.
    expect(dataOf<Plan>(await w.as(w.people.otherCadre)('studyPlan.get', {})).plan).toBeNull()
  })

  it('replaces the plan whole; an empty list means no plan; one audit entry per save', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    dataOf(await cadre('studyPlan.save', { month: '2026-11', items: [{ speechId: 'sp1' }, { speechId: 'sp2' }] }))
    const reordered = dataOf<Plan>(
      await cadre('studyPlan.save', { month: '2026-11', items: [{ speechId: 'sp2' }, { speechId: 'sp1' }] })
    )
    expect(reordered.plan?.items.map((i) => i.speechId)).toEqual(['sp2', 'sp1'])
    const emptied = dataOf<Plan>(await cadre('studyPlan.save', { month: '2026-11', items: [] }))
    expect(emptied.plan).toBeNull()
    expect(emptied.progress).toBeNull()
    const stored = await w.store.studyPlans.get(w.people.cadre.id, '2026-11')
    expect(stored).toMatchObject({ items: [], createdAt: '2026-11-20T02:00:00.000Z', createdBy: w.people.cadre.id })
    // All three at the same instant (the world's clock stands still): compare as a set.
    const actions = (await w.store.audit.listByEntity('studyPlan', stored?.id ?? '')).map((a) => a.action)
    expect(actions.sort()).toEqual(['create', 'update', 'update'])
  })

  it('answers a retry with the same idempotency key with the first result and saves once', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    const first = await cadre('studyPlan.save', { month: '2026-11', items: [{ speechId: 'sp1' }] }, 'plan-key-0001')
    const again = await cadre('studyPlan.save', { month: '2026-11', items: [{ speechId: 'sp2' }] }, 'plan-key-0001')
    expect(again).toEqual(first)
    expect((await w.store.studyPlans.get(w.people.cadre.id, '2026-11'))?.items).toEqual([{ speechId: 'sp1', title: TITLE1 }])
    const stored = await w.store.studyPlans.get(w.people.cadre.id, '2026-11')
    expect(await w.store.audit.listByEntity('studyPlan', stored?.id ?? '')).toHaveLength(1)
  })

  it('refuses unknown or archived speeches, duplicates and closed months, naming the field, writing nothing', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    const refused = async (input: unknown) => {
      const r = await cadre('studyPlan.save', input)
      if (r.ok) throw new Error('expected a refusal')
      return { code: r.code, message: r.message, field: r.field }
    }
    expect(await refused({ month: '2026-11', items: [{ speechId: 'sp1' }, { speechId: 'old' }] })).toEqual({
      code: 'NOT_FOUND',
      message: '第 2 篇不在讲话目录中（可能已下架），请删除后重新选择',
      field: 'items.1.speechId'
    })
    expect(await refused({ month: '2026-11', items: [{ speechId: 'nope' }] })).toMatchObject({ field: 'items.0.speechId' })
    expect(await refused({ month: '2026-11', items: [{ title: '同一篇' }, { title: '同一篇' }] })).toEqual({
      code: 'VALIDATION',
      message: '第 2 篇与前面的重复了：同一篇',
      field: 'items.1'
    })
    expect(await refused({ month: '2026-10', items: [] })).toEqual({
      code: 'VALIDATION',
      message: '只能制定本月（2026-11）或下月（2026-12）的自学计划',
      field: 'month'
    })
    expect(await refused({ month: '2026-11', items: [{ title: '  ' }] })).toMatchObject({ field: 'items.0.title' })
    expect(await w.store.studyPlans.get(w.people.cadre.id, '2026-11')).toBeNull()
    // Next month is open: plan ahead at the month's end.
    expect(dataOf<Plan>(await cadre('studyPlan.save', { month: '2026-12', items: [{ speechId: 'sp1' }] })).editable).toBe(true)
    expect(dataOf<Plan>(await cadre('studyPlan.get', { month: '2026-10' })).editable).toBe(false)
  })

  it('refuses roles without the study quota', async () => {
    const w = await world()
    const r = await w.as(w.people.unitSecretary)('studyPlan.save', { month: '2026-11', items: [] })
    expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe("the admin's suggested list", () => {
  it('is set by the admin and offered to every cadre with the plan, and counted on the home', async () => {
    const w = await world()
    const admin = w.as(w.people.admin)
    expect(dataOf<Suggestion>(await admin('studyPlan.suggestion.get', {}))).toEqual({
      month: '2026-11',
      currentMonth: '2026-11',
      items: [],
      updatedAt: null
    })
    const saved = dataOf<Suggestion>(
      await admin('studyPlan.suggestion.save', { month: '2026-11', items: [{ speechId: 'sp2' }, { title: '党章' }] })
    )
    expect(saved).toEqual({
      month: '2026-11',
      currentMonth: '2026-11',
      items: [
        { speechId: 'sp2', title: '在文化传承发展座谈会上的讲话' },
        { speechId: null, title: '党章' }
      ],
      updatedAt: '2026-11-20T02:00:00.000Z'
    })
    expect(dataOf<Suggestion>(await admin('studyPlan.suggestion.get', { month: '2026-11' }))).toEqual(saved)
    const plan = dataOf<Plan>(await w.as(w.people.otherCadre)('studyPlan.get', {}))
    expect(plan.suggestion).toEqual({ items: saved.items, updatedAt: saved.updatedAt })
    expect(plan.plan).toBeNull()
    expect(dataOf<OutputOf<'home.get'>>(await w.as(w.people.cadre)('home.get', {})).plan).toEqual({
      progress: null,
      suggested: 2
    })
    // Another month has none.
    expect(dataOf<Plan>(await w.as(w.people.cadre)('studyPlan.get', { month: '2026-12' })).suggestion).toBeNull()
    // Emptied: offered no more.
    dataOf(await admin('studyPlan.suggestion.save', { month: '2026-11', items: [] }))
    expect(dataOf<Plan>(await w.as(w.people.cadre)('studyPlan.get', {})).suggestion).toBeNull()
  })

  it('refuses an archived speech and a closed month, naming the field; cadres may not set it', async () => {
    const w = await world()
    const admin = w.as(w.people.admin)
    expect(await admin('studyPlan.suggestion.save', { month: '2026-11', items: [{ speechId: 'old' }] })).toMatchObject({
      ok: false,
      field: 'items.0.speechId'
    })
    expect(await admin('studyPlan.suggestion.save', { month: '2027-01', items: [] })).toMatchObject({ ok: false, field: 'month' })
    expect(await w.as(w.people.cadre)('studyPlan.suggestion.save', { month: '2026-11', items: [] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
    expect(dataOf<Suggestion>(await admin('studyPlan.suggestion.get', {})).items).toEqual([])
  })
})
