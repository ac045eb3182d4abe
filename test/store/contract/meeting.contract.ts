import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'
import { makeAttendance, makeClassic, makeMeeting, randomYear } from '../meeting.fixtures'

const ids = (items: Array<{ id: string }>) => items.map((x) => x.id)

/** Meetings, meeting attendance and the classic-texts catalogue. */
export function meetingContract(store: () => Store): void {
  describe('meetings', () => {
    it('round-trips a meeting with its agenda, and one without a first item; replaces on update', async () => {
      const full = makeMeeting()
      const bare = makeMeeting({ status: 'planned', firstItem: null, place: null, guests: [], completedAt: null })
      await store().meetings.insert(full)
      await store().meetings.insert(bare)
      expect(await store().meetings.get(full.id)).toEqual(full)
      expect(await store().meetings.get(bare.id)).toEqual(bare)
      expect(await store().meetings.get(id())).toBeNull()
      const withdrawn = { ...full, withdrawnAt: '2026-11-21T00:00:00.000Z', withdrawnBy: 'sec', withdrawReason: '重复录入' }
      await store().meetings.update(withdrawn)
      expect(await store().meetings.get(full.id)).toEqual(withdrawn)
    })

    it('lists by unit and year and by year, latest start first, withdrawn included', async () => {
      const [unitId, year] = [id(), randomYear()]
      const early = makeMeeting({ unitId, year, startsAt: `${year}-03-01T01:00:00.000Z` })
      const late = makeMeeting({ unitId, year, startsAt: `${year}-09-01T01:00:00.000Z`, withdrawnAt: 'x' })
      const other = makeMeeting({ year, startsAt: `${year}-05-01T01:00:00.000Z` })
      const nextYear = makeMeeting({ unitId, year: year + 1 })
      for (const m of [early, late, other, nextYear]) await store().meetings.insert(m)
      expect(ids(await store().meetings.listByUnit(unitId, year))).toEqual([late.id, early.id])
      expect(ids(await store().meetings.listByYear(year))).toEqual([late.id, other.id, early.id])
      expect(await store().meetings.listByUnit(unitId, year + 2)).toEqual([])
    })
  })

  describe('meeting attendance', () => {
    it('puts one row per meeting and person, replacing it, and lists a meeting’s rows oldest mark first', async () => {
      const meetingId = id()
      const a = makeAttendance({ meetingId, at: '2026-11-20T00:55:00.000Z' })
      const b = makeAttendance({ meetingId, at: '2026-11-20T00:45:00.000Z', via: 'manual', by: 'sec' })
      await store().attendance.put(a)
      await store().attendance.put(b)
      await store().attendance.put(makeAttendance())
      expect(await store().attendance.get(a.id)).toEqual(a)
      expect(ids(await store().attendance.listByMeeting(meetingId))).toEqual([b.id, a.id])
      const absent = { ...a, present: false, via: 'manual' as const, by: 'sec', at: '2026-11-20T01:10:00.000Z' }
      await store().attendance.put(absent)
      expect(await store().attendance.get(a.id)).toEqual(absent)
      expect(await store().attendance.listByMeeting(meetingId)).toEqual([b, absent])
      expect(await store().attendance.get(id())).toBeNull()
    })
  })

  describe('classic texts', () => {
    it('round-trips entries, lists them in the order they were added, and replaces on update', async () => {
      const first = makeClassic({ title: `《B${id()}》`, createdAt: '2026-01-01T00:00:00.000Z' })
      const second = makeClassic({ title: `《A${id()}》`, active: false, createdAt: '2026-01-02T00:00:00.000Z' })
      await store().classics.insert(second)
      await store().classics.insert(first)
      expect(await store().classics.get(first.id)).toEqual(first)
      const listed = (await store().classics.list()).filter((c) => c.id === first.id || c.id === second.id)
      expect(ids(listed)).toEqual([first.id, second.id])
      const renamed = { ...first, title: `《C${id()}》`, active: false }
      await store().classics.update(renamed)
      expect(await store().classics.get(first.id)).toEqual(renamed)
      expect(await store().classics.get(id())).toBeNull()
    })
  })
}
