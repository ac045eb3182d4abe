import type { OutputOf } from '../../src/core/contract'
import { dataOf, makeWorld } from './world'

type Home = OutputOf<'home.get'>

describe('home.get: the first screen of any role in one call', () => {
  it('gives a cadre their person and unit, this month x/5, what is due and the latest records', async () => {
    const w = await makeWorld()
    const cadre = w.as(w.people.cadre)
    dataOf(await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-18' }))
    const home = dataOf<Home>(await cadre('home.get', {}))
    expect(home.me.person.id).toBe(w.people.cadre.id)
    expect(home.me.unit?.name).toBe('区发展和改革局')
    expect(home.me.area?.name).toBe('城东片区')
    expect(home.month).toMatchObject({ month: '2026-11', currentMonth: '2026-11', count: 1, quota: 5, met: false })
    expect(home.month?.records.map((r) => r.title)).toEqual(['在二十届中央政治局第一次集体学习时的讲话'])
    expect(home.summary?.study).toEqual({ count: 1, quota: 5, met: false })
    // Nothing asks for a 学习强国 report: its monthly note is optional.
    expect(home.summary?.due.map((d) => d.key)).toEqual(['study'])
    expect(home.summary?.latest).toHaveLength(1)
  })

  it('answers the same person as me.get, so the client keeps it as the session', async () => {
    const w = await makeWorld()
    const leader = w.as(w.people.unitLeader)
    expect(dataOf<Home>(await leader('home.get', {})).me).toEqual(dataOf(await leader('me.get', {})))
  })

  it.each(['admin', 'unitSecretary', 'observer'] as const)(
    'gives a %s without the study quota no study figures',
    async (role) => {
      const w = await makeWorld()
      const home = dataOf<Home>(await w.as(w.people[role])('home.get', {}))
      expect(home.me.person.roles).toEqual([role])
      expect([home.month, home.summary]).toEqual([null, null])
    }
  )

  it('counts only the month’s records not withdrawn, the same on both figures', async () => {
    const w = await makeWorld()
    const cadre = w.as(w.people.cadre)
    const kept = dataOf<{ id: string }>(await cadre('study.record', { title: '讲话一', studiedOn: '2026-11-02' }))
    const gone = dataOf<{ id: string }>(await cadre('study.record', { title: '讲话二', studiedOn: '2026-11-03' }))
    dataOf(await cadre('study.record', { title: '上月的讲话', studiedOn: '2026-10-30' }))
    dataOf(await cadre('study.withdraw', { id: gone.id }))
    const home = dataOf<Home>(await cadre('home.get', {}))
    expect([home.month?.count, home.summary?.study.count]).toEqual([1, 1])
    expect(home.month?.records.map((r) => r.id)).toEqual([kept.id])
    // Last month's record is among the latest records, but not in this month's count.
    expect(home.summary?.latest.map((r) => r.title)).toContain('上月的讲话')
  })
})
