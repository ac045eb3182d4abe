import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { grantIdOf } from '../../../cloudfunctions/lib/ports/subscribe.port'
import { id, makePerson } from '../fixtures'

const AT = '2026-11-20T01:00:00.000Z'
const LATER = '2026-11-21T01:00:00.000Z'

/** Subscribe grants (grant, spend, refund, 43101), the local outbox, and people by id. */
export function subscribeContract(store: () => Store): void {
  describe('subscribe grants', () => {
    it('creates a grant on the first accept and adds one per further accept; other answers add nothing', async () => {
      const personId = id()
      const first = await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      expect(first).toEqual({
        id: grantIdOf(personId, 'tmpl-a'),
        personId,
        templateId: 'tmpl-a',
        remaining: 1,
        longTerm: false,
        lastResult: 'accept',
        updatedAt: AT
      })
      await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      const rejected = await store().grants.record(personId, 'tmpl-a', 'reject', false, LATER)
      expect(rejected).toMatchObject({ remaining: 2, lastResult: 'reject', updatedAt: LATER })
      const none = await store().grants.record(personId, 'tmpl-b', 'ban', false, AT)
      expect(none).toMatchObject({ remaining: 0, lastResult: 'ban' })
      expect((await store().grants.listByPerson(personId)).map((g) => [g.templateId, g.remaining])).toEqual([
        ['tmpl-a', 2],
        ['tmpl-b', 0]
      ])
    })

    it('counts two accepts recorded at the same time for a new grant as two', async () => {
      const personId = id()
      await Promise.all([
        store().grants.record(personId, 'tmpl-a', 'accept', false, AT),
        store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      ])
      expect((await store().grants.listByPerson(personId))[0].remaining).toBe(2)
    })

    it('records an accept inside a transaction, and a rolled-back one leaves nothing', async () => {
      const personId = id()
      await store().transaction((tx) => tx.grants.record(personId, 'tmpl-a', 'accept', false, AT))
      await expect(
        store().transaction(async (tx) => {
          await tx.grants.record(personId, 'tmpl-a', 'accept', false, AT)
          throw new Error('rolled back')
        })
      ).rejects.toThrow('rolled back')
      expect((await store().grants.listByPerson(personId))[0].remaining).toBe(1)
    })

    it('spends one grant at a time and refuses to go below zero', async () => {
      const personId = id()
      expect(await store().grants.spend(personId, 'tmpl-a', AT)).toBe(false) // never granted
      await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      expect(await store().grants.spend(personId, 'tmpl-a', LATER)).toBe(true)
      expect(await store().grants.spend(personId, 'tmpl-a', LATER)).toBe(false)
      expect((await store().grants.listByPerson(personId))[0]).toMatchObject({ remaining: 0, updatedAt: LATER })
    })

    it('lets only one of two spends racing for the last grant win', async () => {
      const personId = id()
      await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      const spent = await Promise.all([
        store().grants.spend(personId, 'tmpl-a', AT),
        store().grants.spend(personId, 'tmpl-a', AT)
      ])
      expect(spent.filter(Boolean)).toHaveLength(1)
      expect((await store().grants.listByPerson(personId))[0].remaining).toBe(0)
    })

    it('gives a spent grant back on refund, and 43101 (exhaust) leaves none and no long-term acceptance', async () => {
      const personId = id()
      await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      await store().grants.record(personId, 'tmpl-a', 'accept', false, AT)
      await store().grants.spend(personId, 'tmpl-a', AT)
      await store().grants.refund(personId, 'tmpl-a', AT)
      expect((await store().grants.listByPerson(personId))[0].remaining).toBe(2)
      await store().grants.record(personId, 'tmpl-l', 'accept', true, AT)
      await store().grants.exhaust(personId, 'tmpl-a', LATER)
      await store().grants.exhaust(personId, 'tmpl-l', LATER)
      expect((await store().grants.listByPerson(personId)).map((g) => [g.remaining, g.longTerm])).toEqual([
        [0, false],
        [0, false]
      ])
    })

    it('keeps a long-term acceptance as a flag, not a count; a reject clears it', async () => {
      const personId = id()
      expect(await store().grants.record(personId, 'tmpl-l', 'accept', true, AT)).toMatchObject({ remaining: 0, longTerm: true })
      expect(await store().grants.record(personId, 'tmpl-l', 'filter', true, AT)).toMatchObject({ longTerm: true })
      expect(await store().grants.record(personId, 'tmpl-l', 'reject', true, AT)).toMatchObject({ longTerm: false })
    })

    it("reads many people's grants in one call", async () => {
      const [a, b, c] = [id(), id(), id()]
      await store().grants.record(a, 'tmpl-a', 'accept', false, AT)
      await store().grants.record(b, 'tmpl-a', 'accept', false, AT)
      await store().grants.record(b, 'tmpl-b', 'accept', false, AT)
      await store().grants.record(c, 'tmpl-a', 'accept', false, AT)
      const found = await store().grants.listByPeople([a, b, id()])
      expect(found.map((g) => `${g.personId === a ? 'a' : 'b'}:${g.templateId}`).sort()).toEqual([
        'a:tmpl-a',
        'b:tmpl-a',
        'b:tmpl-b'
      ])
      expect(await store().grants.listByPeople([])).toEqual([])
    })
  })

  describe('outbox', () => {
    it('lists what was recorded, newest first, up to the limit', async () => {
      const at = (day: number) => `2099-01-${String(day).padStart(2, '0')}T01:00:00.000Z`
      const messages = [3, 9, 5].map((day) => ({
        id: id(),
        personId: id(),
        touser: `person:${day}`,
        templateId: 'demo-reminder',
        page: 'pages/study/record/index?month=2026-11',
        data: { thing1: { value: `第 ${day} 天` } },
        at: at(day)
      }))
      for (const m of messages) await store().outbox.add(m)
      const latest = await store().outbox.latest(2)
      expect(latest).toEqual([messages[1], messages[2]])
    })
  })

  describe('people by id', () => {
    it('finds the people of a list of ids in one call, leaving unknown ids out', async () => {
      const [a, b] = [makePerson(), makePerson()]
      await store().people.insert(a)
      await store().people.insert(b)
      const found = await store().people.listByIds([a.id, id(), b.id])
      expect(found.map((p) => p.id).sort()).toEqual([a.id, b.id].sort())
      expect(found.find((p) => p.id === a.id)).toEqual(a)
      expect(await store().people.listByIds([])).toEqual([])
    })
  })
}
