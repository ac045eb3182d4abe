import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'
import { makeFile, makeOutlet, makeQuota, makeRecord, makeSchool, randomYear } from '../methods.fixtures'

const ids = (items: Array<{ id: string }>) => items.map((x) => x.id)

/** Method records, outlets, schools, year quotas and files. */
export function methodsContract(store: () => Store): void {
  describe('method records', () => {
    it('round-trips every kind, details and attachments included, and replaces on update', async () => {
      const person = id()
      for (const kind of ['note', 'lecture', 'outreach', 'leadStudy', 'exchange', 'xuexi'] as const) {
        const r = makeRecord(kind, {
          personId: person,
          attachments: [{ fileId: id(), name: 'a.jpg', mime: 'image/jpeg', size: 9 }]
        })
        await store().methodRecords.insert(r)
        expect(await store().methodRecords.get(r.id)).toEqual(r)
      }
      const r = makeRecord('lecture')
      await store().methodRecords.insert(r)
      const withdrawn = { ...r, withdrawnAt: '2026-11-06T00:00:00.000Z', withdrawnBy: r.personId, withdrawReason: null }
      await store().methodRecords.update(withdrawn)
      expect(await store().methodRecords.get(r.id)).toEqual(withdrawn)
      expect(await store().methodRecords.get(id())).toBeNull()
    })

    it("lists a person's records newest first, by kind, month or year, hiding withdrawn unless asked", async () => {
      const personId = id()
      const year = randomYear()
      const d = (md: string) => `${year}-${md}`
      const a = makeRecord('note', {
        personId,
        date: d('03-05'),
        month: `${year}-03`,
        year,
        createdAt: `${d('03-05')}T01:00:00Z`
      })
      const b = makeRecord('lecture', {
        personId,
        date: d('03-05'),
        month: `${year}-03`,
        year,
        createdAt: `${d('03-05')}T03:00:00Z`
      })
      const c = makeRecord('note', { personId, date: d('01-20'), month: `${year}-01`, year })
      const gone = makeRecord('note', { personId, date: d('03-07'), month: `${year}-03`, year, withdrawnAt: 'x' })
      const older = makeRecord('exchange', { personId, date: `${year - 1}-12-31`, month: `${year - 1}-12`, year: year - 1 })
      for (const r of [a, b, c, gone, older, makeRecord('note')]) await store().methodRecords.insert(r)

      expect(ids(await store().methodRecords.listByPerson({ personId }))).toEqual([b.id, a.id, c.id, older.id])
      expect(ids(await store().methodRecords.listByPerson({ personId, kind: 'note' }))).toEqual([a.id, c.id])
      expect(ids(await store().methodRecords.listByPerson({ personId, month: `${year}-03` }))).toEqual([b.id, a.id])
      expect(ids(await store().methodRecords.listByPerson({ personId, month: `${year}-03`, includeWithdrawn: true }))).toEqual([
        gone.id,
        b.id,
        a.id
      ])
      expect(ids(await store().methodRecords.listByPerson({ personId, year: year - 1 }))).toEqual([older.id])
      expect(ids(await store().methodRecords.listByPerson({ personId, limit: 2 }))).toEqual([b.id, a.id])
    })

    it("lists and counts a unit's records by period; only counted, live records are counted", async () => {
      const unitId = id()
      const [p1, p2] = [id(), id()]
      const year = randomYear()
      const nov = `${year}-11`
      const at = (kind: Parameters<typeof makeRecord>[0], personId: string, month: string, over = {}) =>
        makeRecord(kind, { unitId, personId, date: `${month}-10`, month, year, ...over })
      const records = [
        at('note', p1, nov),
        at('note', p1, nov),
        at('lecture', p1, `${year}-03`),
        at('lecture', p1, nov, { counted: false }),
        at('outreach', p2, nov),
        at('exchange', p2, nov, { withdrawnAt: 'x' }),
        makeRecord('note', { personId: p1, year })
      ]
      for (const r of records) await store().methodRecords.insert(r)

      const month = await store().methodRecords.countByUnit(unitId, year, nov)
      expect(Object.fromEntries(month)).toEqual({ [p1]: { note: 2 }, [p2]: { outreach: 1 } })
      const whole = await store().methodRecords.countByUnit(unitId, year)
      expect(Object.fromEntries(whole)).toEqual({ [p1]: { note: 2, lecture: 1 }, [p2]: { outreach: 1 } })
      expect((await store().methodRecords.countByUnit(unitId, year + 1)).size).toBe(0)

      expect(await store().methodRecords.listByUnit({ unitId, year, month: nov })).toHaveLength(4)
      expect(ids(await store().methodRecords.listByUnit({ unitId, year, kind: 'lecture' }))).toEqual([
        records[3].id,
        records[2].id
      ])
      expect(ids(await store().methodRecords.listByUnit({ unitId, year, personId: p2 }))).toEqual([records[4].id])
    })

    it('finds the records a meeting produced, withdrawn ones included, oldest first', async () => {
      const meeting = id()
      const first = makeRecord('leadStudy', { sourceMeetingId: meeting, createdAt: '2026-11-05T01:00:00.000Z' })
      const second = makeRecord('exchange', { sourceMeetingId: meeting, withdrawnAt: 'x', createdAt: '2026-11-05T02:00:00.000Z' })
      for (const r of [second, first, makeRecord('exchange')]) await store().methodRecords.insert(r)
      expect(ids(await store().methodRecords.listBySourceMeeting(meeting))).toEqual([first.id, second.id])
      expect(await store().methodRecords.listBySourceMeeting(id())).toEqual([])
    })
  })

  describe('outlets and schools', () => {
    it('round-trips, updates and lists by name', async () => {
      const o = makeOutlet()
      await store().outlets.insert(o)
      expect(await store().outlets.get(o.id)).toEqual(o)
      await store().outlets.update({ ...o, active: false })
      expect(await store().outlets.get(o.id)).toEqual({ ...o, active: false })
      expect(ids(await store().outlets.list())).toContain(o.id)

      const t = id()
      const later = makeSchool({ name: `B${t}` })
      const earlier = makeSchool({ name: `A${t}`, kind: '初中' })
      await store().schools.insert(later)
      await store().schools.insert(earlier)
      expect(await store().schools.get(earlier.id)).toEqual(earlier)
      const listed = ids(await store().schools.list()).filter((x) => x === earlier.id || x === later.id)
      expect(listed).toEqual([earlier.id, later.id])
      expect(await store().schools.get(id())).toBeNull()
    })
  })

  describe('year quotas', () => {
    it('stores, replaces and lists the quotas of a year', async () => {
      const q = makeQuota()
      expect(await store().quotas.get(q.year)).toBeNull()
      await store().quotas.put(q)
      expect(await store().quotas.get(q.year)).toEqual(q)
      const changed = { ...q, lecturesPerYear: 3, updatedBy: 'admin2' }
      await store().quotas.put(changed)
      expect(await store().quotas.get(q.year)).toEqual(changed)
      const next = makeQuota({ year: q.year + 1 })
      await store().quotas.put(next)
      const listed = (await store().quotas.list()).filter((x) => x.year === q.year || x.year === next.year)
      expect(listed).toEqual([next, changed])
    })
  })

  describe('files', () => {
    it('round-trips a file and attaches it to a record', async () => {
      const f = makeFile()
      await store().files.insert(f)
      expect(await store().files.get(f.id)).toEqual(f)
      await store().files.update({ ...f, recordId: 'r1' })
      expect(await store().files.get(f.id)).toEqual({ ...f, recordId: 'r1' })
      expect(await store().files.get(id())).toBeNull()
    })
  })
}
