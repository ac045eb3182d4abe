import type { Failure, RecordDetailView, RecordItemView, UnitMethodsView } from '../../src/core/contract'
import type { RecordOf } from '../../src/core/model'
import { dataOf } from './world'
import { JPEG, makeMethodsWorld, type MethodsWorld } from './methods.world'

// 学习强国 (issue 10): an optional note of the month — no points, no screenshot, never counted or
// compared, never asked for on the home.

let w: MethodsWorld
beforeEach(async () => {
  w = await makeMethodsWorld()
})
afterEach(() => w.cleanup())

describe('学习强国 note of the month', () => {
  it('keeps only the note: points and a screenshot sent by an older client are not stored, and it does not count', async () => {
    const cadre = w.as(w.people.cadre)
    const photo = await w.upload(w.people.cadre, JPEG, '截图.jpg')
    const saved = dataOf<RecordDetailView>(
      await cadre('xuexi.report', { month: '2026-11', note: '学习了全会精神专题', points: 1200, fileIds: [photo] })
    )
    expect(saved.body).toEqual({ kind: 'xuexi', details: { note: '学习了全会精神专题' } })
    expect(saved.attachments).toEqual([])
    const stored = await w.store.methodRecords.get(saved.item.id)
    expect(stored).toMatchObject({ details: { note: '学习了全会精神专题' }, counted: false, attachments: [] })
    expect(stored?.details).not.toHaveProperty('points')
  })

  it('names the note in Chinese when it is left blank', async () => {
    const r = (await w.as(w.people.cadre)('xuexi.report', { month: '2026-11', note: ' ' })) as Failure
    expect([r.code, r.field]).toEqual(['VALIDATION', 'note'])
    expect(r.message).toContain('学习强国使用情况')
  })

  it('reads a report stored with points and a screenshot without ever showing the points, and keeps it out of the unit table', async () => {
    const cadre = w.as(w.people.cadre)
    const made = dataOf<RecordDetailView>(await cadre('xuexi.report', { month: '2026-11', note: '旧的填报' }))
    const stored = (await w.store.methodRecords.get(made.item.id)) as RecordOf<'xuexi'>
    // As the old code stored it: points in the details, counted, a screenshot attached.
    const legacyDetails = { points: 1200, note: null } as unknown as RecordOf<'xuexi'>['details']
    await w.store.methodRecords.update({ ...stored, details: legacyDetails, counted: true })
    const detail = dataOf<RecordDetailView>(await cadre('record.get', { id: made.item.id }))
    expect(detail.body).toEqual({ kind: 'xuexi', details: { note: null } })
    expect(JSON.stringify(detail)).not.toContain('1200')
    const list = dataOf<{ items: RecordItemView[] }>(await cadre('record.list', { month: '2026-11', kind: 'xuexi' }))
    expect(list.items.map((i) => [i.title, i.subtitle])).toEqual([['2026年11月学习强国', '学习强国使用情况']])
    const table = dataOf<UnitMethodsView>(await w.as(w.people.unitLeader)('unit.methodsOverview', {}))
    expect(table.rows.find((r) => r.personId === w.people.cadre.id)?.counts).not.toHaveProperty('xuexi')
  })
})
