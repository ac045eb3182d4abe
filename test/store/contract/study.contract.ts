import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makeSpeech, makeStudy, tag } from '../fixtures'

/** The speech catalogue and self-study records. */
export function studyContract(store: () => Store): void {
  describe('speeches', () => {
    it('round-trips a speech and replaces it on update', async () => {
      const s = makeSpeech({ link: 'https://www.qstheory.cn/x.htm' })
      await store().speeches.insert(s)
      expect(await store().speeches.get(s.id)).toEqual(s)
      await store().speeches.update({ ...s, archived: true, link: null })
      expect(await store().speeches.get(s.id)).toEqual({ ...s, archived: true, link: null })
      expect(await store().speeches.get(id())).toBeNull()
    })

    it('searches title or source, newest first then by title, hiding archived unless asked, with paging', async () => {
      const t = tag()
      const old = makeSpeech({ title: `${t} 在座谈会上的讲话`, date: '2025-12-01' })
      const newB = makeSpeech({ title: `${t} 乙`, date: '2026-02-10' })
      const newA = makeSpeech({ title: `${t} 甲`, date: '2026-02-10' })
      const bySource = makeSpeech({ title: '关于学习的重要论述', source: `《求是》${t}`, date: '2026-01-15' })
      const archived = makeSpeech({ title: `${t} 已归档`, date: '2026-03-01', archived: true })
      for (const s of [old, newB, newA, bySource, archived]) await store().speeches.insert(s)

      const active = await store().speeches.search({ q: t, includeArchived: false, offset: 0, limit: 20 })
      const sameDay = [newA, newB].sort((x, y) => (x.title < y.title ? -1 : 1))
      expect(active.items.map((s) => s.id)).toEqual([...sameDay, bySource, old].map((s) => s.id))
      expect(active.total).toBe(4)

      const everything = await store().speeches.search({ q: t, includeArchived: true, offset: 0, limit: 20 })
      expect(everything.items[0]).toEqual(archived)
      expect(everything.total).toBe(5)

      const page = await store().speeches.search({ q: t, includeArchived: true, offset: 2, limit: 2 })
      expect(page).toEqual({ items: everything.items.slice(2, 4), total: 5 })

      const bySourceOnly = await store().speeches.search({ q: `《求是》${t}`, includeArchived: false, offset: 0, limit: 20 })
      expect(bySourceOnly).toEqual({ items: [bySource], total: 1 })
    })

    it('without search text returns the catalogue (archived hidden) and takes regex characters literally', async () => {
      const t = tag()
      const s = makeSpeech({ title: `${t}[*]` })
      const hidden = makeSpeech({ title: `${t}x`, archived: true })
      await store().speeches.insert(s)
      await store().speeches.insert(hidden)
      const all = await store().speeches.search({ q: null, includeArchived: false, offset: 0, limit: 1000 })
      expect(all.items.map((x) => x.id)).toContain(s.id)
      expect(all.items.map((x) => x.id)).not.toContain(hidden.id)
      expect(all.total).toBeGreaterThanOrEqual(1)
      expect((await store().speeches.search({ q: `${t}[*]`, includeArchived: true, offset: 0, limit: 5 })).items).toEqual([s])
      expect((await store().speeches.search({ q: `${t}.`, includeArchived: true, offset: 0, limit: 5 })).total).toBe(0)
    })
  })

  describe('study records', () => {
    it('round-trips a record and replaces it on update (withdrawal)', async () => {
      const r = makeStudy({ speechId: id(), note: '心得', minutes: null })
      await store().studies.insert(r)
      expect(await store().studies.get(r.id)).toEqual(r)
      const withdrawn = { ...r, withdrawnAt: '2026-03-06T00:00:00.000Z', withdrawnBy: r.personId, withdrawReason: '录错了' }
      await store().studies.update(withdrawn)
      expect(await store().studies.get(r.id)).toEqual(withdrawn)
      expect(await store().studies.get(id())).toBeNull()
    })

    it("lists a person's records of a month, withdrawn included, newest day first then newest created", async () => {
      const personId = id()
      const early = makeStudy({ personId, studiedOn: '2026-03-02', createdAt: '2026-03-09T00:00:00.000Z' })
      const lateFirst = makeStudy({ personId, studiedOn: '2026-03-08', createdAt: '2026-03-08T01:00:00.000Z' })
      const lateSecond = makeStudy({
        personId,
        studiedOn: '2026-03-08',
        createdAt: '2026-03-08T05:00:00.000Z',
        withdrawnAt: '2026-03-08T06:00:00.000Z'
      })
      const otherMonth = makeStudy({ personId, studiedOn: '2026-02-28', month: '2026-02' })
      const otherPerson = makeStudy({ studiedOn: '2026-03-03' })
      for (const r of [early, lateFirst, lateSecond, otherMonth, otherPerson]) await store().studies.insert(r)
      const list = await store().studies.listByPersonMonth(personId, '2026-03')
      expect(list).toEqual([lateSecond, lateFirst, early])
      expect(await store().studies.listByPersonMonth(personId, '2026-01')).toEqual([])
    })

    it("counts a unit's active records of a month per person, leaving out withdrawn ones", async () => {
      const unitId = id()
      const [p1, p2, p3] = [id(), id(), id()]
      const records = [
        makeStudy({ unitId, personId: p1 }),
        makeStudy({ unitId, personId: p1 }),
        makeStudy({ unitId, personId: p1, withdrawnAt: '2026-03-06T00:00:00.000Z' }),
        makeStudy({ unitId, personId: p2 }),
        makeStudy({ unitId, personId: p3, withdrawnAt: '2026-03-06T00:00:00.000Z' }),
        makeStudy({ unitId, personId: p2, month: '2026-02', studiedOn: '2026-02-02' }),
        makeStudy({ personId: p2 })
      ]
      for (const r of records) await store().studies.insert(r)
      const listed = await store().studies.listByUnitMonth(unitId, '2026-03')
      expect(listed.map((r) => r.id).sort()).toEqual(
        records
          .slice(0, 5)
          .map((r) => r.id)
          .sort()
      )
      expect(listed.find((r) => r.id === records[2].id)).toEqual(records[2])
      const counts = await store().studies.countActiveByUnitMonth(unitId, '2026-03')
      expect(Object.fromEntries(counts)).toEqual({ [p1]: 2, [p2]: 1 })
      expect((await store().studies.countActiveByUnitMonth(unitId, '2026-04')).size).toBe(0)
    })

    it("lists the month's records of the people asked for, withdrawn included, in one call", async () => {
      const [p1, p2, p3] = [id(), id(), id()]
      const records = [
        makeStudy({ personId: p1 }),
        makeStudy({ personId: p1, withdrawnAt: '2026-03-06T00:00:00.000Z' }),
        makeStudy({ personId: p2 }),
        makeStudy({ personId: p3 }),
        makeStudy({ personId: p2, month: '2026-02', studiedOn: '2026-02-02' })
      ]
      for (const r of records) await store().studies.insert(r)
      const listed = await store().studies.listByPeopleMonth([p1, p2], '2026-03')
      expect(listed.map((r) => r.id).sort()).toEqual([records[0].id, records[1].id, records[2].id].sort())
      expect(await store().studies.listByPeopleMonth([], '2026-03')).toEqual([])
    })
  })
}
