import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makeAudit, makeIdempotency } from '../fixtures'

/** The audit trail, idempotency entries. */
export function recordsContract(store: () => Store): void {
  describe('audit', () => {
    it('lists the entries of one record oldest first, with their JSON snapshots', async () => {
      const entityId = id()
      const second = makeAudit({ entityId, action: 'withdraw', at: '2026-03-06T00:00:00.000Z', reason: '录错了', after: null })
      const first = makeAudit({ entityId, at: '2026-03-05T00:00:00.000Z' })
      const third = makeAudit({ entityId, action: 'update', at: '2026-03-07T00:00:00.000Z', after: [1, 'two', { three: 3 }] })
      const sameIdOtherEntity = makeAudit({ entity: 'person', entityId })
      for (const e of [second, first, third, sameIdOtherEntity, makeAudit()]) await store().audit.append(e)
      expect(await store().audit.listByEntity('study', entityId)).toEqual([first, second, third])
      expect(await store().audit.listByEntity('person', entityId)).toEqual([sameIdOtherEntity])
      expect(await store().audit.listByEntity('study', id())).toEqual([])
    })
  })

  describe('idempotency', () => {
    it('stores a response and keeps the first one when the same id is stored again', async () => {
      const entry = makeIdempotency()
      expect(await store().idempotency.get(entry.id)).toBeNull()
      await store().idempotency.put(entry)
      expect(await store().idempotency.get(entry.id)).toEqual(entry)
      await store().idempotency.put({ ...entry, createdAt: '2026-03-06T00:00:00.000Z', response: { ok: false } })
      expect(await store().idempotency.get(entry.id)).toEqual(entry)
    })

    it('deletes entries created before a time, oldest first and at most the limit, and says how many', async () => {
      const personId = id()
      const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`
      const old = [3, 1, 2].map((day) => makeIdempotency({ personId, createdAt: at(day) }))
      const young = makeIdempotency({ personId, createdAt: '2026-03-01T00:00:00.000Z' })
      for (const e of [...old, young]) await store().idempotency.put(e)
      // Entries of other tests are all from 2026-03-05: not before the cutoff.
      const cutoff = '2026-02-15T00:00:00.000Z'
      expect(await store().idempotency.removeCreatedBefore(cutoff, 2)).toBe(2)
      const left = await Promise.all(old.map((e) => store().idempotency.get(e.id)))
      // Days 1 and 2 went first; day 3 is left for the next call.
      expect(left.map((e) => e?.createdAt ?? null)).toEqual([at(3), null, null])
      expect(await store().idempotency.removeCreatedBefore(cutoff, 10)).toBe(1)
      expect(await store().idempotency.removeCreatedBefore(cutoff, 10)).toBe(0)
      expect(await store().idempotency.get(young.id)).toEqual(young)
    })

    it('keeps exactly one entry when two calls store the same id at once', async () => {
      const entry = makeIdempotency()
      await Promise.all([store().idempotency.put(entry), store().idempotency.put({ ...entry, response: 'second' })])
      const stored = await store().idempotency.get(entry.id)
      expect([entry.response, 'second']).toContainEqual(stored?.response)
    })
  })
}
