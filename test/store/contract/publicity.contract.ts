import type { PublicityItem, PublicityKind, PublicityStatus } from '../../../src/core/model'
import { PUBLICITY_KINDS, PUBLICITY_STATUSES } from '../../../src/core/model'
import { countPublicity } from '../../../src/core/rules/publicity'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

const STAMP = { createdAt: '2026-11-02T01:00:00.000Z', createdBy: 'sec', updatedAt: '2026-11-02T01:00:00.000Z', updatedBy: 'sec' }

/** A live submitted item counted on `day`; `over` changes anything. */
export function publicityItem(unitId: string, outletId: string, day: string, over: Partial<PublicityItem> = {}): PublicityItem {
  return {
    id: id(),
    kind: 'article',
    ownerType: 'unit',
    personId: null,
    unitId,
    title: '我区理论学习新举措',
    subject: null,
    outletId,
    outletName: '日报社',
    submittedOn: day,
    status: 'submitted',
    publishedOn: null,
    link: null,
    pageIssue: null,
    decidedOn: null,
    countedOn: day,
    month: day.slice(0, 7),
    year: Number(day.slice(0, 4)),
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...STAMP,
    ...over
  }
}

/** A small deterministic generator, so the seeded data is the same on every adapter and run. */
function seeded(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

/** Publicity items: get/insert/update, filtered lists, a record's items, counts by database aggregation. */
export function publicityContract(store: () => Store): void {
  describe('publicity items', () => {
    it('stores an item with its subject and reads it back whole', async () => {
      const item = publicityItem(id(), 'o1', '2026-12-02', {
        ownerType: 'person',
        personId: 'p1',
        subject: { kind: 'note', id: 'n1', title: '学习心得' }
      })
      await store().publicity.insert(item)
      expect(await store().publicity.get(item.id)).toEqual(item)
      const published = {
        ...item,
        status: 'published' as const,
        publishedOn: '2026-12-03',
        link: 'https://x',
        pageIssue: '第3版'
      }
      await store().publicity.update(published)
      expect(await store().publicity.get(item.id)).toEqual(published)
      expect(await store().publicity.get('none')).toBeNull()
    })

    it('lists live items by person, unit and filters, latest counted day first, in pages', async () => {
      const unitId = id()
      const a = publicityItem(unitId, 'o1', '2026-12-01')
      const b = publicityItem(unitId, 'o2', '2026-12-03', { kind: 'xuexiContribution', status: 'published' })
      const c = publicityItem(unitId, 'o1', '2026-11-20', { ownerType: 'person', personId: 'p9' })
      const gone = publicityItem(unitId, 'o1', '2026-12-02', { withdrawnAt: '2026-12-03T00:00:00.000Z' })
      for (const i of [a, b, c, gone]) await store().publicity.insert(i)
      const all = await store().publicity.list({ unitId }, 0, 10)
      expect(all.items.map((i) => i.id)).toEqual([b.id, a.id, c.id])
      expect(all.total).toBe(3)
      const page = await store().publicity.list({ unitId }, 1, 1)
      expect(page).toEqual({ items: [a], total: 3 })
      expect((await store().publicity.list({ personId: 'p9' }, 0, 10)).items).toEqual([c])
      expect((await store().publicity.list({ unitId, month: '2026-12' }, 0, 10)).items.map((i) => i.id)).toEqual([b.id, a.id])
      expect((await store().publicity.list({ unitId, kind: 'xuexiContribution' }, 0, 10)).items).toEqual([b])
      expect((await store().publicity.list({ unitId, status: 'submitted', outletId: 'o1' }, 0, 10)).total).toBe(2)
      expect((await store().publicity.list({ unitId, year: 2025 }, 0, 10)).total).toBe(0)
    })

    it("finds a record's items, withdrawn included, and nothing for no ids", async () => {
      const unitId = id()
      const note = { kind: 'note' as const, id: id(), title: '心得' }
      const one = publicityItem(unitId, 'o1', '2026-12-01', { subject: note })
      const two = publicityItem(unitId, 'o2', '2026-12-01', { subject: note, withdrawnAt: 'x' })
      const session = publicityItem(unitId, 'o2', '2026-12-01', { subject: { ...note, kind: 'session' } })
      for (const i of [one, two, session]) await store().publicity.insert(i)
      const found = await store().publicity.listBySubjects('note', [note.id, 'other'])
      expect(found.map((i) => i.id).sort()).toEqual([one.id, two.id].sort())
      expect(await store().publicity.listBySubjects('note', [])).toEqual([])
    })

    it('counts per unit and per outlet of a month and a year exactly as a brute-force count of the seeded items', async () => {
      const random = seeded(20261204)
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
      const units = Array.from({ length: 30 }, (_, i) => `pu${String(i).padStart(2, '0')}.${id()}`)
      const outlets = ['outlet.std.daily', 'outlet.std.xuexi', 'outlet.std.charm', 'o-local']
      const days = ['2026-11-30', '2026-12-01', '2026-12-15', '2026-12-31', '2027-01-01', '2025-12-10']
      const items: PublicityItem[] = []
      for (let i = 0; i < 150; i++) {
        const status: PublicityStatus = pick(PUBLICITY_STATUSES)
        const kind: PublicityKind = pick(PUBLICITY_KINDS)
        items.push(
          publicityItem(pick(units), pick(outlets), pick(days), { status, kind, withdrawnAt: random() < 0.1 ? 'x' : null })
        )
      }
      for (const item of items) await store().publicity.insert(item)
      const ours = (rows: ReturnType<typeof countPublicity>) =>
        rows.filter((r) => r.key.startsWith('pu') || outlets.includes(r.key))
      for (const period of [{ month: '2026-12' }, { month: '2027-01' }, { year: 2026 }, { year: 2025 }]) {
        // More than 20 units: the aggregation must page past the default answer of 20 groups.
        expect(ours(await store().publicity.counts('unitId', period))).toEqual(countPublicity(items, 'unitId', period))
        const unitId = units[3]
        expect(await store().publicity.counts('outletId', period, unitId)).toEqual(
          countPublicity(
            items.filter((i) => i.unitId === unitId),
            'outletId',
            period
          )
        )
      }
      expect(countPublicity(items, 'unitId', { month: '2026-12' }).length).toBeGreaterThan(20)
    })
  })
}
