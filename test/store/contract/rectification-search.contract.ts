import type { Rectification } from '../../../src/core/model'
import type { RectificationSearch } from '../../../cloudfunctions/lib/ports/observation.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'
import { makeRectification, randomYear } from '../observation.fixtures'

const ALL: RectificationSearch = { year: null, unitIds: null, statuses: null, deadlineBefore: null, offset: 0, limit: 100 }

/** The supervision list (意识形态专题督查): filters by year, units, statuses and deadline, paged by the store. */
export function rectificationSearchContract(store: () => Store): void {
  describe('rectification search', () => {
    // A year of its own, so other tests' (or a real environment's) feedback never mixes in.
    async function seeded() {
      const year = randomYear()
      const [a, b, c] = [id(), id(), id()]
      const rect = (unitId: string, deadline: string, status: Rectification['status']) =>
        makeRectification({ unitId, year, deadline, status })
      const rows = [
        rect(a, '2026-12-20', 'open'),
        rect(a, '2026-11-10', 'returned'),
        rect(b, '2026-11-15', 'open'),
        rect(b, '2026-11-01', 'closed'),
        rect(c, '2026-11-12', 'submitted'),
        rect(c, '2026-11-30', 'open')
      ]
      for (const r of rows) await store().rectifications.insert(r)
      await store().rectifications.insert(makeRectification({ unitId: a, year: year + 1, deadline: '2026-11-11' }))
      return { year, a, b, c, rows }
    }

    it('lists a year earliest deadline first, with the total', async () => {
      const { year, rows } = await seeded()
      const page = await store().rectifications.search({ ...ALL, year })
      expect(page.items.map((r) => r.deadline)).toEqual([
        '2026-11-01',
        '2026-11-10',
        '2026-11-12',
        '2026-11-15',
        '2026-11-30',
        '2026-12-20'
      ])
      expect(page.total).toBe(rows.length)
      expect(page.items.find((r) => r.id === rows[0].id)).toEqual(rows[0])
    })

    it('filters by units, statuses and a deadline together (the overdue ones of an area)', async () => {
      const { year, a, b } = await seeded()
      const overdue = await store().rectifications.search({
        ...ALL,
        year,
        unitIds: [a, b],
        statuses: ['open', 'returned'],
        deadlineBefore: '2026-11-20'
      })
      expect(overdue.items.map((r) => [r.unitId, r.deadline, r.status])).toEqual([
        [a, '2026-11-10', 'returned'],
        [b, '2026-11-15', 'open']
      ])
      expect(overdue.total).toBe(2)
      const submitted = await store().rectifications.search({ ...ALL, year, statuses: ['submitted'] })
      expect(submitted.items.map((r) => r.status)).toEqual(['submitted'])
      expect((await store().rectifications.search({ ...ALL, year, unitIds: [] })).total).toBe(0)
    })

    it('pages in the store: two pages make the first four, each with the whole total', async () => {
      const { year } = await seeded()
      const whole = await store().rectifications.search({ ...ALL, year })
      const first = await store().rectifications.search({ ...ALL, year, limit: 2 })
      const second = await store().rectifications.search({ ...ALL, year, offset: 2, limit: 2 })
      expect([...first.items, ...second.items].map((r) => r.id)).toEqual(whole.items.slice(0, 4).map((r) => r.id))
      expect([first.total, second.total]).toEqual([6, 6])
    })
  })
}
