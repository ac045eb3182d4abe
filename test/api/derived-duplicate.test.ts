import type { Failure, RecordDetailView } from '../../src/core/contract'
import { dataOf } from './world'
import { makeMeetingWorld } from './meeting.world'

// Issue 10: a record a committee meeting already made is not typed in again by hand (no double
// counting); a second occasion on the same day needs the cadre's explicit confirmation.

type Twins = { items: Array<{ id: string; message: string }> }
const failure = (r: unknown) => r as Failure

async function world() {
  const w = await makeMeetingWorld()
  // The first item's lead is on the leadership team (班子成员).
  await w.store.people.update({ ...w.people.districtLeader, position: '党组成员、副局长' })
  // 2026-11-20 党组会: the district leader leads the study, the cadre speaks.
  await w.record({ leadId: w.people.districtLeader.id })
  return w
}

describe('hand-made lead study and exchange on a meeting day', () => {
  it('refuses a second lead study the meeting already recorded, names the meeting, and writes nothing', async () => {
    const w = await world()
    const leader = w.as(w.people.districtLeader)
    const r = failure(await leader('leadStudy.save', { date: '2026-11-20', meeting: '局党组会议', content: '领学讲话' }))
    expect([r.code, r.field, r.message]).toEqual(['RECORD.DUPLICATE', 'date', '11月20日党组会已为您记录了领学，无需重复填写'])
    const mine = dataOf<{ items: Array<{ fromMeeting: boolean }> }>(await leader('record.list', { kind: 'leadStudy' }))
    expect(mine.items.map((i) => i.fromMeeting)).toEqual([true])
  })

  it('tells the form which record already exists, only for that kind and day', async () => {
    const w = await world()
    const leader = w.as(w.people.districtLeader)
    const twins = dataOf<Twins>(await leader('record.derivedOn', { kind: 'leadStudy', date: '2026-11-20' }))
    expect(twins.items.map((t) => t.message)).toEqual(['11月20日党组会已为您记录了领学，无需重复填写'])
    const detail = dataOf<RecordDetailView>(await leader('record.get', { id: twins.items[0].id }))
    expect(detail.item).toMatchObject({ kind: 'leadStudy', fromMeeting: true, date: '2026-11-20' })
    expect(dataOf<Twins>(await leader('record.derivedOn', { kind: 'leadStudy', date: '2026-11-19' })).items).toEqual([])
    expect(
      dataOf<Twins>(await w.as(w.people.cadre)('record.derivedOn', { kind: 'leadStudy', date: '2026-11-20' })).items
    ).toEqual([])
    const bad = failure(await leader('record.derivedOn', { kind: 'note', date: '2026-11-20' }))
    expect([bad.code, bad.field, bad.message]).toEqual(['VALIDATION', 'kind', '请选择记录类型'])
  })

  it('refuses the speaker’s exchange of that day but not another kind or another day', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    const r = failure(await cadre('exchange.save', { date: '2026-11-20', occasion: '党委会议', content: '交流体会' }))
    expect([r.code, r.message]).toEqual(['RECORD.DUPLICATE', '11月20日党组会已为您记录了交流发言，无需重复填写'])
    expect((await cadre('exchange.save', { date: '2026-11-19', occasion: '谈心', content: '谈心谈话' })).ok).toBe(true)
    expect((await cadre('leadStudy.save', { date: '2026-11-20', meeting: '科室会', content: '领学' })).ok).toBe(true)
  })

  it('keeps a second occasion of the same day once the cadre confirms it', async () => {
    const w = await world()
    const leader = w.as(w.people.districtLeader)
    const input = { date: '2026-11-20', meeting: '全体干部大会', content: '领学讲话', anotherOccasion: true }
    const saved = dataOf<RecordDetailView>(await leader('leadStudy.save', input))
    expect(saved.item).toMatchObject({ fromMeeting: false, date: '2026-11-20' })
    const mine = dataOf<{ items: unknown[] }>(await leader('record.list', { kind: 'leadStudy' }))
    expect(mine.items).toHaveLength(2)
  })

  it('refuses a correction moved onto the meeting’s day, and allows the day again once the meeting is withdrawn', async () => {
    const w = await world()
    const cadre = w.as(w.people.cadre)
    const made = dataOf<RecordDetailView>(await cadre('exchange.save', { date: '2026-11-19', occasion: '谈心', content: '谈心' }))
    const moved = failure(
      await cadre('exchange.save', { id: made.item.id, date: '2026-11-20', occasion: '谈心', content: '谈心' })
    )
    expect(moved.code).toBe('RECORD.DUPLICATE')
    const [meeting] = (await w.store.methodRecords.listByPerson({ personId: w.people.cadre.id, kind: 'exchange' })).filter(
      (r) => r.sourceMeetingId
    )
    await w.store.methodRecords.update({
      ...meeting,
      withdrawnAt: '2026-11-20T03:00:00Z',
      withdrawnBy: 'x',
      withdrawReason: null
    })
    expect((await cadre('exchange.save', { date: '2026-11-20', occasion: '谈心', content: '谈心' })).ok).toBe(true)
  })
})
