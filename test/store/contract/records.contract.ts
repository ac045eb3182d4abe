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

    it('keeps exactly one entry when two calls store the same id at once', async () => {
      const entry = makeIdempotency()
      await Promise.all([store().idempotency.put(entry), store().idempotency.put({ ...entry, response: 'second' })])
      const stored = await store().idempotency.get(entry.id)
      expect([entry.response, 'second']).toContainEqual(stored?.response)
    })
  })
}
