import type { StudyPlan } from '../../../src/core/model'
import { studyPlanId } from '../../../src/core/rules/study-plan'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makeSpeech } from '../fixtures'

const planOf = (personId: string, month: string, over: Partial<StudyPlan> = {}): StudyPlan => ({
  id: studyPlanId(personId, month),
  personId,
  month,
  items: [
    { speechId: id(), title: '在文化传承发展座谈会上的讲话' },
    { speechId: null, title: '自拟篇目' }
  ],
  createdAt: '2026-11-02T01:00:00.000Z',
  createdBy: personId,
  updatedAt: '2026-11-02T01:00:00.000Z',
  updatedBy: personId,
  ...over
})

/** Self-study plans: one per person and month, replaced whole, a month's plans of many people in one call. */
export function studyPlanContract(store: () => Store): void {
  describe('study plans', () => {
    it('stores a plan under person + month and replaces it whole (items in order, an empty list kept)', async () => {
      const personId = id()
      expect(await store().studyPlans.get(personId, '2026-11')).toBeNull()
      const first = planOf(personId, '2026-11')
      await store().studyPlans.put(first)
      expect(await store().studyPlans.get(personId, '2026-11')).toEqual(first)
      expect(await store().studyPlans.get(personId, '2026-12')).toBeNull()
      const reordered = { ...first, items: [first.items[1], first.items[0]], updatedAt: '2026-11-03T01:00:00.000Z' }
      await store().studyPlans.put(reordered)
      expect(await store().studyPlans.get(personId, '2026-11')).toEqual(reordered)
      const emptied = { ...first, items: [], updatedAt: '2026-11-04T01:00:00.000Z' }
      await store().studyPlans.put(emptied)
      expect(await store().studyPlans.get(personId, '2026-11')).toEqual(emptied)
    })

    it('keeps one plan per person and month when two saves land at once', async () => {
      const personId = id()
      const a = planOf(personId, '2026-11')
      const b = planOf(personId, '2026-11', { items: [{ speechId: null, title: '另一篇' }] })
      await Promise.all([store().studyPlans.put(a), store().studyPlans.put(b)])
      const stored = await store().studyPlans.listByMonth('2026-11', [personId])
      expect(stored).toHaveLength(1)
      expect([a.items, b.items]).toContainEqual(stored[0].items)
    })

    it("lists a month's plans of the given people only, past 500 people in one call", async () => {
      const people = Array.from({ length: 520 }, () => id())
      const planned = [people[0], people[260], people[519]]
      const plans = planned.map((p) => planOf(p, '2026-11'))
      for (const plan of plans) await store().studyPlans.put(plan)
      await store().studyPlans.put(planOf(people[1], '2026-10')) // another month
      const outsider = id()
      await store().studyPlans.put(planOf(outsider, '2026-11')) // not asked for
      const found = await store().studyPlans.listByMonth('2026-11', people)
      expect(found.map((p) => p.personId).sort()).toEqual([...planned].sort())
      expect(found.find((p) => p.personId === people[0])).toEqual(plans[0])
      expect(await store().studyPlans.listByMonth('2026-11', [])).toEqual([])
    })

    it('reads the speeches of many ids at once, skipping unknown ones', async () => {
      const a = makeSpeech()
      const b = makeSpeech({ archived: true })
      await store().speeches.insert(a)
      await store().speeches.insert(b)
      const found = await store().speeches.getMany([a.id, id(), b.id])
      expect(found.sort((x, y) => x.id.localeCompare(y.id))).toEqual([a, b].sort((x, y) => x.id.localeCompare(y.id)))
      expect(await store().speeches.getMany([])).toEqual([])
    })
  })
}
