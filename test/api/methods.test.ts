import type { Failure, HomeView, RecordDetailView, UnitMethodsView } from '../../src/core/contract'
import { dataOf } from './world'
import { JPEG, PDF, makeMethodsWorld, type MethodsWorld } from './methods.world'

/** A signed, short-lived local link to the file (never the session token). */
const signedLink = (id: string) => expect.stringMatching(new RegExp(`^/files/${id}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`))

const failure = (r: unknown) => r as Failure
let w: MethodsWorld

beforeEach(async () => {
  w = await makeMethodsWorld()
})
afterEach(() => w.cleanup())

const lecture = (over: Record<string, unknown> = {}) => ({
  schoolId: w.schoolId,
  date: '2026-11-10',
  classType: '思想政治理论课',
  topic: '新时代好少年',
  audience: 120,
  status: 'given',
  ...over
})

describe('reflection notes', () => {
  it('writes a note with an image and a pdf, submits it to an outlet and publishes it', async () => {
    const cadre = w.as(w.people.cadre)
    const photo = await w.upload(w.people.cadre, JPEG, '合影.jpg')
    const doc = await w.upload(w.people.cadre, PDF, '心得.pdf')
    const body = '第一段。\n\n第二段。'
    const saved = dataOf<RecordDetailView>(
      await cadre('note.save', { date: '2026-11-19', title: '学习心得', body, speechIds: ['sp1'], fileIds: [photo, doc] })
    )
    expect(saved.item).toMatchObject({ kind: 'note', title: '学习心得', status: '未投稿', attachmentCount: 2 })
    expect(saved.body).toMatchObject({ kind: 'note', details: { body, speeches: [{ id: 'sp1' }] } })
    expect(saved.attachments.map((a) => [a.name, a.image, a.url])).toEqual([
      ['合影.jpg', true, signedLink(photo)],
      ['心得.pdf', false, signedLink(doc)]
    ])

    const submitted = dataOf<RecordDetailView>(
      await cadre('note.submit', { id: saved.item.id, outletId: w.outletId, submittedOn: '2026-11-20' })
    )
    expect(submitted.item).toMatchObject({ status: '已投稿', subtitle: '《城东要闻》专栏' })
    const early = failure(await cadre('note.publish', { id: saved.item.id, publishedOn: '2026-11-19' }))
    expect([early.field, early.message]).toEqual(['publishedOn', '刊发日期不能早于投稿日期'])
    const published = dataOf<RecordDetailView>(
      await cadre('note.publish', { id: saved.item.id, publishedOn: '2026-11-20', link: 'https://example.cn/a' })
    )
    expect(published.body).toMatchObject({ details: { status: 'published', link: 'https://example.cn/a' } })
  })

  it('refuses more than nine attachments and a file someone else uploaded', async () => {
    const cadre = w.as(w.people.cadre)
    const tooMany = failure(
      await cadre('note.save', {
        date: '2026-11-19',
        title: 't',
        body: 'b',
        fileIds: Array.from({ length: 10 }, (_, i) => `f${i}`)
      })
    )
    expect([tooMany.field, tooMany.message]).toEqual(['fileIds', '附件最多9个'])
    const theirs = await w.upload(w.people.otherCadre, JPEG, 'x.jpg')
    const r = failure(await cadre('note.save', { date: '2026-11-19', title: 't', body: 'b', fileIds: [theirs] }))
    expect([r.code, r.field]).toEqual(['NOT_FOUND', 'fileIds.0'])
  })

  it('lets the unit leader and the admin open the note, but not a cadre of another unit', async () => {
    const note = dataOf<RecordDetailView>(await w.as(w.people.cadre)('note.save', { date: '2026-11-19', title: 't', body: 'b' }))
    expect(dataOf<RecordDetailView>(await w.as(w.people.unitLeader)('record.get', { id: note.item.id })).mine).toBe(false)
    expect((await w.as(w.people.admin)('record.get', { id: note.item.id })).ok).toBe(true)
    expect(failure(await w.as(w.people.otherCadre)('record.get', { id: note.item.id })).code).toBe('FORBIDDEN')
    expect(failure(await w.as(w.people.observer)('record.get', { id: note.item.id })).code).toBe('FORBIDDEN')
  })
})

describe('school lectures', () => {
  it('shows a lecture planned next January in late December with its year, and 我的记录 reaches January', async () => {
    const leader = w.as(w.people.districtLeader)
    w.setNow('2026-12-30T02:00:00Z')
    dataOf(await leader('lecture.save', lecture({ status: 'planned', date: '2027-01-12' })))
    const home = dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary
    expect(home.due).toContainEqual({
      key: expect.stringMatching(/^lecture\./),
      kind: 'lecture',
      text: '计划讲课：新时代好少年（实验小学）',
      when: '2027年1月12日'
    })
    // This year's x/2 is untouched by next year's plan.
    expect(home.lectures).toEqual({ count: 0, quota: 2, met: false })
    const list = dataOf<{ lastMonth: string; currentMonth: string }>(await leader('record.list', {}))
    expect([list.currentMonth, list.lastMonth]).toEqual(['2026-12', '2027-01'])
    const january = dataOf<{ items: Array<{ title: string }> }>(await leader('record.list', { month: '2027-01' }))
    expect(january.items.map((i) => i.title)).toEqual(['新时代好少年'])

    // After its day it asks to be confirmed, until it is.
    w.setNow('2027-01-13T02:00:00Z')
    const after = dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary
    expect(after.due.map((d) => [d.text, d.when])).toContainEqual(['讲完后请确认：新时代好少年（实验小学）', '1月12日'])
  })

  it('keeps asking to confirm a lecture planned last December after the new year', async () => {
    const leader = w.as(w.people.districtLeader)
    w.setNow('2026-12-10T02:00:00Z')
    dataOf(await leader('lecture.save', lecture({ status: 'planned', date: '2026-12-20' })))
    w.setNow('2027-01-15T02:00:00Z')
    const home = dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary
    expect(home.due.map((d) => [d.text, d.when])).toContainEqual(['讲完后请确认：新时代好少年（实验小学）', '2026年12月20日'])
    // The new year's x/2 starts at 0: last year's lecture is not counted in it.
    expect(home.lectures).toEqual({ count: 0, quota: 2, met: false })
  })

  it('counts only given lectures: a district leader sees 0/2, 1/2 after confirming, 2/2 after another', async () => {
    const leader = w.as(w.people.districtLeader)
    const planned = dataOf<RecordDetailView>(await leader('lecture.save', lecture({ status: 'planned', date: '2026-12-03' })))
    expect(planned.item.status).toBe('计划')
    let home = dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary
    expect(home.lectures).toEqual({ count: 0, quota: 2, met: false })
    expect(home.due.map((d) => d.text)).toContain('计划讲课：新时代好少年（实验小学）')

    const early = failure(await leader('lecture.confirm', { id: planned.item.id, date: '2026-12-03' }))
    expect([early.field, early.message]).toEqual(['date', '讲课日期不能晚于今天；尚未讲授的课请登记为“计划”'])
    w.setNow('2026-12-04T02:00:00Z')
    dataOf(await leader('lecture.confirm', { id: planned.item.id, date: '2026-12-03' }))
    expect(dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary.lectures).toEqual({
      count: 1,
      quota: 2,
      met: false
    })
    dataOf(await leader('lecture.save', lecture({ date: '2026-12-04' })))
    home = dataOf<{ summary: HomeView }>(await leader('home.get', {})).summary
    expect(home.lectures).toEqual({ count: 2, quota: 2, met: true })
  })

  it('shows no lecture quota to an ordinary cadre', async () => {
    expect(dataOf<{ summary: HomeView }>(await w.as(w.people.cadre)('home.get', {})).summary.lectures).toBeNull()
  })

  it('refuses a given lecture dated in the future and names the date field', async () => {
    const r = failure(await w.as(w.people.districtLeader)('lecture.save', lecture({ date: '2026-11-21' })))
    expect([r.code, r.field]).toEqual(['VALIDATION', 'date'])
  })

  it("follows the admin's quota for the year", async () => {
    dataOf(await w.as(w.people.admin)('quota.save', { year: 2026, speechesPerMonth: 6, lecturesPerYear: 3 }))
    const home = dataOf<{ summary: HomeView }>(await w.as(w.people.districtLeader)('home.get', {})).summary
    expect([home.study.quota, home.lectures?.quota]).toEqual([6, 3])
  })
})

describe('my records and withdrawal', () => {
  it('lists every method of the month with study check-ins, filters by kind, and withdraws within the month', async () => {
    const cadre = w.as(w.people.cadre)
    dataOf(await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-18' }))
    const outreach = dataOf<RecordDetailView>(
      await cadre('outreach.save', {
        date: '2026-11-17',
        placeType: '社区',
        place: '幸福社区',
        topic: '宣讲全会精神',
        faceToFace: true
      })
    )
    dataOf(await cadre('leadStudy.save', { date: '2026-11-16', meeting: '局党组会议', content: '学习重要讲话' }))
    dataOf(await cadre('exchange.save', { date: '2026-11-15', occasion: '调研座谈', content: '交流体会' }))
    dataOf(await cadre('xuexi.report', { month: '2026-11', note: '学习了全会精神专题' }))
    const all = dataOf<{ items: Array<{ kind: string }> }>(await cadre('record.list', {}))
    expect(all.items.map((i) => i.kind)).toEqual(['xuexi', 'study', 'outreach', 'leadStudy', 'exchange'])
    const only = dataOf<{ items: Array<{ kind: string }> }>(await cadre('record.list', { kind: 'outreach' }))
    expect(only.items.map((i) => i.kind)).toEqual(['outreach'])

    const withdrawn = dataOf<RecordDetailView>(await cadre('record.withdraw', { id: outreach.item.id, reason: '重复登记' }))
    expect(withdrawn.item).toMatchObject({ withdrawn: true, canWithdraw: false })
    expect((await w.store.audit.listByEntity('methodRecord', outreach.item.id)).map((a) => a.action).sort()).toEqual([
      'create',
      'withdraw'
    ])
    w.setNow('2026-12-01T02:00:00Z')
    const leadStudy = dataOf<{ items: Array<{ id: string }> }>(
      await cadre('record.list', { month: '2026-11', kind: 'leadStudy' })
    )
    const closed = failure(await cadre('record.withdraw', { id: leadStudy.items[0].id }))
    expect([closed.code, closed.message]).toEqual(['STUDY.WITHDRAW_CLOSED', '只能撤回本月的记录'])
  })

  it("keeps one 学习强国 report per month and never lets a cadre withdraw someone else's record", async () => {
    const cadre = w.as(w.people.cadre)
    const first = dataOf<RecordDetailView>(await cadre('xuexi.report', { month: '2026-11', note: '学习了专题' }))
    const second = dataOf<RecordDetailView>(await cadre('xuexi.report', { month: '2026-11', note: '又学习了专题' }))
    expect(second.item.id).toBe(first.item.id)
    expect(second.body).toEqual({ kind: 'xuexi', details: { note: '又学习了专题' } })
    expect(failure(await cadre('xuexi.report', { month: '2026-12', note: '下月' })).field).toBe('month')
    expect(failure(await w.as(w.people.districtLeader)('record.withdraw', { id: first.item.id })).code).toBe('NOT_FOUND')
  })

  it('records once when the same idempotency key is sent twice', async () => {
    const cadre = w.as(w.people.cadre)
    const input = { date: '2026-11-15', occasion: '谈心', content: '谈心谈话' }
    const a = dataOf<RecordDetailView>(await cadre('exchange.save', input, 'same-key-123'))
    const b = dataOf<RecordDetailView>(await cadre('exchange.save', input, 'same-key-123'))
    expect(b.item.id).toBe(a.item.id)
    expect(dataOf<{ items: unknown[] }>(await cadre('record.list', { kind: 'exchange' })).items).toHaveLength(1)
  })
})

describe('unit table', () => {
  it("shows each cadre's counts per method and quotas met, for the month and the year", async () => {
    const leader = w.as(w.people.districtLeader)
    dataOf(await leader('lecture.save', lecture({ date: '2026-03-10' })))
    dataOf(await leader('lecture.save', lecture({ date: '2026-11-10' })))
    dataOf(await w.as(w.people.cadre)('note.save', { date: '2026-11-19', title: 't', body: 'b' }))
    const month = dataOf<UnitMethodsView>(await w.as(w.people.unitLeader)('unit.methodsOverview', {}))
    const row = (name: string) => month.rows.find((r) => r.personId === name)
    expect(row(w.people.districtLeader.id)).toMatchObject({ counts: { study: 0, lecture: 1 }, lecturesMet: true })
    expect(row(w.people.cadre.id)).toMatchObject({ counts: { study: 0, note: 1 }, studyMet: false, lecturesMet: null })
    const year = dataOf<UnitMethodsView>(await w.as(w.people.unitSecretary)('unit.methodsOverview', { period: 'year' }))
    expect(year.rows.find((r) => r.personId === w.people.districtLeader.id)?.counts.lecture).toBe(2)
    expect(year.rows.find((r) => r.personId === w.people.cadre.id)?.monthsMet).toBe(0)
  })

  it("refuses another unit's table and another unit's cadre", async () => {
    const r = failure(await w.as(w.people.unitLeader)('unit.methodsOverview', { unitId: 'unitB' }))
    expect(r.code).toBe('FORBIDDEN')
    const p = failure(await w.as(w.people.unitLeader)('unit.personRecords', { personId: w.people.otherCadre.id }))
    expect(p.code).toBe('NOT_FOUND')
    const mine = await w.as(w.people.unitLeader)('unit.personRecords', { personId: w.people.cadre.id })
    expect(mine.ok).toBe(true)
  })
})

describe('files registered from cloud storage', () => {
  it("refuses a fileID outside the caller's own upload folder", async () => {
    const r = failure(
      await w.as(w.people.cadre)('file.register', { fileID: `cloud://env.x/uploads/${w.people.otherCadre.id}/a`, name: 'a.jpg' })
    )
    expect(r.code).toBe('FORBIDDEN')
  })
})
