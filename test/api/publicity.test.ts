import type { Failure, PublicityCountsView, PublicityItemView, RecordDetailView } from '../../src/core/contract'
import type { MethodRecord } from '../../src/core/model'
import { dataOf } from './world'
import { makeMethodsWorld, type MethodsWorld } from './methods.world'

const failure = (r: unknown) => r as Failure
const page = (r: unknown) => dataOf<{ items: PublicityItemView[]; total: number }>(r as never)
let w: MethodsWorld
let xuexi: string

beforeEach(async () => {
  w = await makeMethodsWorld()
  xuexi = dataOf<{ id: string }>(await w.as(w.people.admin)('outlet.save', { name: '学习强国' })).id
})
afterEach(() => w.cleanup())

const contribution = (over: Record<string, unknown> = {}) => ({
  ownerType: 'unit',
  kind: 'xuexiContribution',
  title: '区发改局开展“第一议题”学习的做法',
  outletId: xuexi,
  submittedOn: '2026-11-18',
  ...over
})

describe("a note's outlet flow is a publicity item", () => {
  it('submits a note as one item per outlet, reads the note’s state from it, and never writes the note', async () => {
    const cadre = w.as(w.people.cadre)
    const note = dataOf<RecordDetailView>(await cadre('note.save', { date: '2026-11-19', title: '学习心得', body: '正文' }))
    await cadre('note.submit', { id: note.item.id, outletId: w.outletId, submittedOn: '2026-11-19' })
    const again = dataOf<RecordDetailView>(
      await cadre('note.submit', { id: note.item.id, outletId: w.outletId, submittedOn: '2026-11-20' })
    )
    expect(again.item).toMatchObject({ status: '已投稿', subtitle: '《城东要闻》专栏' })
    const mine = page(await cadre('publicity.list', { scope: 'mine' }))
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0]).toMatchObject({
      kind: 'article',
      title: '学习心得',
      subject: { kind: 'note', id: note.item.id, title: '学习心得' },
      submittedOn: '2026-11-20',
      status: 'submitted'
    })
    // The note itself keeps no outlet state: the item is the one place it lives.
    const stored = (await w.store.methodRecords.get(note.item.id)) as MethodRecord & { kind: 'note' }
    expect([stored.details.status, stored.details.outletId]).toEqual(['draft', null])

    await cadre('note.publish', { id: note.item.id, publishedOn: '2026-11-20', link: 'https://example.cn/a', pageIssue: '第3版' })
    const [item] = page(await cadre('publicity.list', { scope: 'mine' })).items
    expect(item).toMatchObject({ status: 'published', publishedOn: '2026-11-20', pageIssue: '第3版' })
    const list = dataOf<{ items: Array<{ id: string; status: string }> }>(await cadre('record.list', { month: '2026-11' }))
    expect(list.items.find((i) => i.id === note.item.id)?.status).toBe('已刊发')
  })

  it('withdraws a note’s items with the note, so a withdrawn note is not counted', async () => {
    const cadre = w.as(w.people.cadre)
    const note = dataOf<RecordDetailView>(await cadre('note.save', { date: '2026-11-19', title: '心得', body: '正文' }))
    await cadre('note.submit', { id: note.item.id, outletId: w.outletId, submittedOn: '2026-11-19' })
    await cadre('record.withdraw', { id: note.item.id, reason: '重复登记' })
    expect(page(await cadre('publicity.list', { scope: 'mine' })).total).toBe(0)
    const counts = dataOf<PublicityCountsView>(await w.as(w.people.admin)('publicity.counts', {}))
    expect(counts.total).toEqual({ submitted: 0, published: 0, notUsed: 0 })
  })

  it('asks which outlet published a note submitted to two', async () => {
    const cadre = w.as(w.people.cadre)
    const note = dataOf<RecordDetailView>(await cadre('note.save', { date: '2026-11-19', title: '心得', body: '正文' }))
    await cadre('note.submit', { id: note.item.id, outletId: w.outletId, submittedOn: '2026-11-19' })
    await cadre('note.submit', { id: note.item.id, outletId: xuexi, submittedOn: '2026-11-19' })
    const which = failure(await cadre('note.publish', { id: note.item.id, publishedOn: '2026-11-20' }))
    expect([which.field, which.message]).toEqual(['outletId', '这篇心得投了多个平台，请选择刊发的平台'])
    const done = dataOf<RecordDetailView>(
      await cadre('note.publish', { id: note.item.id, publishedOn: '2026-11-20', outletId: xuexi })
    )
    expect(done.body).toMatchObject({ details: { status: 'published', outletName: '学习强国' } })
  })

  it('reads a note submitted before items from its own fields, and moves that state into an item on publication', async () => {
    const cadre = w.as(w.people.cadre)
    const note = dataOf<RecordDetailView>(await cadre('note.save', { date: '2026-11-10', title: '旧心得', body: '正文' }))
    const stored = (await w.store.methodRecords.get(note.item.id)) as MethodRecord & { kind: 'note' }
    const legacy = {
      status: 'submitted' as const,
      outletId: w.outletId,
      outletName: '《城东要闻》专栏',
      submittedOn: '2026-11-11'
    }
    await w.store.methodRecords.update({ ...stored, details: { ...stored.details, ...legacy } })
    const read = dataOf<RecordDetailView>(await cadre('record.get', { id: note.item.id }))
    expect(read.item).toMatchObject({ status: '已投稿', subtitle: '《城东要闻》专栏' })
    const early = failure(await cadre('note.publish', { id: note.item.id, publishedOn: '2026-11-10' }))
    expect([early.field, early.message]).toEqual(['publishedOn', '刊发日期不能早于投稿日期'])
    await cadre('note.publish', { id: note.item.id, publishedOn: '2026-11-15' })
    const [item] = page(await cadre('publicity.list', { scope: 'mine' })).items
    expect(item).toMatchObject({
      outletId: w.outletId,
      submittedOn: '2026-11-11',
      status: 'published',
      publishedOn: '2026-11-15'
    })
  })
})

describe('publicity items', () => {
  it('lets the unit secretary record a 学习强国 contribution, mark it published, and the admin count it for the unit', async () => {
    const secretary = w.as(w.people.unitSecretary)
    const item = dataOf<PublicityItemView>(await secretary('publicity.record', contribution()))
    expect(item).toMatchObject({
      ownerType: 'unit',
      ownerName: '区发展和改革局',
      kindLabel: '学习强国供稿',
      statusLabel: '已投稿'
    })
    const published = dataOf<PublicityItemView>(
      await secretary('publicity.answer', { id: item.id, status: 'published', day: '2026-11-19', link: 'https://www.xuexi.cn/x' })
    )
    expect(published).toMatchObject({ status: 'published', publishedOn: '2026-11-19', canChange: true })
    const counts = dataOf<PublicityCountsView>(await w.as(w.people.admin)('publicity.counts', { period: 'month' }))
    expect(counts.units.map((u) => [u.unitName, u.published, u.submitted])).toEqual([
      ['区发展和改革局', 1, 0],
      ['区教育局', 0, 0]
    ])
    expect(counts.outlets.find((o) => o.outletId === xuexi)).toMatchObject({ published: 1 })
    expect(counts.total).toEqual({ submitted: 0, published: 1, notUsed: 0 })
    const year = dataOf<PublicityCountsView>(await w.as(w.people.unitLeader)('publicity.counts', { period: 'year' }))
    expect(year.units).toEqual([
      { unitId: 'unitA', unitName: '区发展和改革局', areaName: '城东片区', submitted: 0, published: 1, notUsed: 0 }
    ])
    expect(page(await w.as(w.people.unitLeader)('publicity.list', { scope: 'unit' })).total).toBe(1)
  })

  it('keeps each to their own: a cadre records only their own, a secretary only their unit and its people', async () => {
    const cadre = w.as(w.people.cadre)
    const forColleague = failure(
      await cadre('publicity.record', contribution({ ownerType: 'person', personId: w.people.observer.id }))
    )
    expect([forColleague.code, forColleague.field]).toEqual(['FORBIDDEN', 'personId'])
    expect(failure(await cadre('publicity.record', contribution())).code).toBe('FORBIDDEN')
    const secretary = w.as(w.people.unitSecretary)
    const mine = dataOf<PublicityItemView>(
      await secretary('publicity.record', contribution({ ownerType: 'person', personId: w.people.cadre.id, kind: 'article' }))
    )
    expect(mine).toMatchObject({ ownerName: w.people.cadre.name, unitId: 'unitA' })
    expect(page(await cadre('publicity.list', { scope: 'mine' })).items.map((i) => i.id)).toEqual([mine.id])
    const other = failure(
      await secretary('publicity.record', contribution({ ownerType: 'person', personId: w.people.otherCadre.id }))
    )
    expect(other.code).toBe('FORBIDDEN')
    expect(failure(await secretary('publicity.record', contribution({ unitId: 'unitB' }))).code).toBe('FORBIDDEN')
    expect(
      failure(await w.as(w.people.otherCadre)('publicity.answer', { id: mine.id, status: 'notUsed', day: '2026-11-19' })).code
    ).toBe('NOT_FOUND')
    expect(failure(await cadre('publicity.list', { scope: 'district' })).code).toBe('FORBIDDEN')
    expect(failure(await cadre('publicity.list', { scope: 'unit' })).code).toBe('FORBIDDEN')
    expect((await w.as(w.people.unitLeader)('publicity.counts', {})).ok).toBe(true)
  })

  it('links only the owner’s own records, picked, never typed', async () => {
    const note = dataOf<RecordDetailView>(
      await w.as(w.people.otherCadre)('note.save', { date: '2026-11-19', title: 't', body: 'b' })
    )
    const r = failure(
      await w.as(w.people.cadre)(
        'publicity.record',
        contribution({ ownerType: 'person', subject: { kind: 'note', id: note.item.id } })
      )
    )
    expect([r.code, r.field, r.message]).toEqual(['NOT_FOUND', 'subject.id', '请从本人的心得体会中选择'])
    const s = failure(
      await w.as(w.people.unitSecretary)('publicity.record', contribution({ subject: { kind: 'session', id: 'nope' } }))
    )
    expect([s.field, s.message]).toEqual(['subject.id', '请从本单位已召开的中心组学习中选择'])
  })

  it('takes an answer once: not used is final, and a withdrawn item is neither listed nor counted', async () => {
    const secretary = w.as(w.people.unitSecretary)
    const item = dataOf<PublicityItemView>(await secretary('publicity.record', contribution()))
    const late = failure(await secretary('publicity.answer', { id: item.id, status: 'published', day: '2026-11-17' }))
    expect([late.field, late.message]).toEqual(['day', '刊发日期不能早于投稿日期'])
    await secretary('publicity.answer', { id: item.id, status: 'notUsed', day: '2026-11-19' })
    const closed = failure(await secretary('publicity.answer', { id: item.id, status: 'published', day: '2026-11-19' }))
    expect([closed.code, closed.message]).toEqual(['CONFLICT', '这条报道已登记为不予采用'])
    const other = dataOf<PublicityItemView>(await secretary('publicity.record', contribution({ title: '第二篇' })))
    await secretary('publicity.withdraw', { id: other.id, reason: '重复登记' })
    expect(page(await secretary('publicity.list', { scope: 'unit' })).items.map((i) => i.id)).toEqual([item.id])
    const counts = dataOf<PublicityCountsView>(await secretary('publicity.counts', {}))
    expect(counts.total).toEqual({ submitted: 0, published: 0, notUsed: 1 })
  })

  it('records once when the same idempotency key is sent twice', async () => {
    const secretary = w.as(w.people.unitSecretary)
    await secretary('publicity.record', contribution(), 'same-key')
    await secretary('publicity.record', contribution(), 'same-key')
    expect(page(await secretary('publicity.list', { scope: 'unit' })).total).toBe(1)
  })

  it('refuses a future submission day and an outlet not on the list, naming the field', async () => {
    const secretary = w.as(w.people.unitSecretary)
    const future = failure(await secretary('publicity.record', contribution({ submittedOn: '2026-11-21' })))
    expect([future.field, future.message]).toEqual(['submittedOn', '投稿日期不能晚于今天'])
    const outlet = failure(await secretary('publicity.record', contribution({ outletId: 'none' })))
    expect([outlet.field, outlet.message]).toEqual(['outletId', '请从列表中选择投稿平台'])
    const title = failure(await secretary('publicity.record', contribution({ title: '' })))
    expect([title.field, title.message]).toEqual(['title', '请填写标题'])
  })
})
