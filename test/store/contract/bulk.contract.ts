import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, inBatches, makeAudit, makePerson, makeStudy } from '../fixtures'

/** Past CloudBase's 1000-documents-per-get cap, methods that return "all" must still return all. */
export function bulkContract(store: () => Store, timeoutMs: number): void {
  const N = 1050

  describe('more than 1000 documents', () => {
    it(
      'returns all people of a unit, counts them, and finds them all by phone',
      async () => {
        const unitId = id()
        const people = Array.from({ length: N }, (_, i) => makePerson({ unitId, name: `干部${String(i).padStart(4, '0')}` }))
        await inBatches(people, 50, (p) => store().people.insert(p))
        const listed = await store().people.listByUnit(unitId)
        expect(listed.map((p) => p.name)).toEqual(people.map((p) => p.name))
        expect((await store().people.countByUnit()).get(unitId)).toBe(N)
        expect(await store().people.listByPhones(people.map((p) => p.phone))).toHaveLength(N)
        const page = await store().people.search({ unitId, offset: 1000, limit: 100 })
        expect(page.total).toBe(N)
        expect(page.items.map((p) => p.name)).toEqual(people.slice(1000).map((p) => p.name))
      },
      timeoutMs
    )

    it(
      "returns all of a person's records of a month and counts them for the unit",
      async () => {
        const [personId, unitId] = [id(), id()]
        const records = Array.from({ length: N }, (_, i) =>
          makeStudy({
            personId,
            unitId,
            createdAt: new Date(Date.UTC(2026, 2, 5, 2, 0, 0, i)).toISOString(),
            studiedOn: '2026-03-05'
          })
        )
        await inBatches(records, 50, (r) => store().studies.insert(r))
        const listed = await store().studies.listByPersonMonth(personId, '2026-03')
        expect(listed).toHaveLength(N)
        expect(listed.map((r) => r.id)).toEqual([...records].reverse().map((r) => r.id))
        expect((await store().studies.countActiveByUnitMonth(unitId, '2026-03')).get(personId)).toBe(N)
      },
      timeoutMs
    )

    it(
      'returns every audit entry of a record',
      async () => {
        const entityId = id()
        const entries = Array.from({ length: N }, (_, i) =>
          makeAudit({ entityId, at: new Date(Date.UTC(2026, 2, 1, 0, 0, i)).toISOString() })
        )
        await inBatches(entries, 50, (e) => store().audit.append(e))
        const listed = await store().audit.listByEntity('study', entityId)
        expect(listed.map((e) => e.id)).toEqual(entries.map((e) => e.id))
      },
      timeoutMs
    )
  })
}
