import { DuplicateKeyError } from '../../../cloudfunctions/lib/ports/store.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import type { OpenIdBinding } from '../../../src/core/model'
import { id, makeAudit, makePerson } from '../fixtures'

const makeBinding = (over: Partial<OpenIdBinding> = {}): OpenIdBinding => ({
  id: id(),
  personId: id(),
  boundAt: '2026-03-05T02:00:00.000Z',
  ...over
})

/** OPENID binding guards: the store itself refuses a second guard with the same id. */
export function bindingsContract(store: () => Store): void {
  describe('OPENID binding guards', () => {
    it('stores a guard and reads it back by id', async () => {
      const guard = makeBinding()
      expect(await store().bindings.get(guard.id)).toBeNull()
      await store().bindings.insert(guard)
      expect(await store().bindings.get(guard.id)).toEqual(guard)
    })

    it('refuses a second guard with the same id, keeping the first', async () => {
      const guard = makeBinding()
      await store().bindings.insert(guard)
      await expect(store().bindings.insert({ ...guard, personId: 'someone-else' })).rejects.toBeInstanceOf(DuplicateKeyError)
      expect(await store().bindings.get(guard.id)).toEqual(guard)
    })

    it('inside a transaction, a duplicate guard fails it and nothing it wrote lands', async () => {
      const guard = makeBinding()
      await store().bindings.insert(guard)
      const person = makePerson()
      const audit = makeAudit({ entity: 'person', entityId: person.id })
      await expect(
        store().transaction(async (tx) => {
          await tx.people.update(person)
          await tx.audit.append(audit)
          await tx.bindings.insert({ ...guard, personId: person.id })
        })
      ).rejects.toBeInstanceOf(DuplicateKeyError)
      expect(await store().people.get(person.id)).toBeNull()
      expect(await store().audit.listByEntity('person', person.id)).toEqual([])
    })

    it('lets exactly one of two simultaneous transactions claim the same id', async () => {
      const guardId = id()
      const claim = (personId: string) =>
        store().transaction(async (tx) => {
          if (await tx.bindings.get(guardId)) throw new DuplicateKeyError('openid_bindings', '_id_')
          await tx.bindings.insert(makeBinding({ id: guardId, personId }))
        })
      const outcomes = await Promise.allSettled([claim('a'), claim('b')])
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      expect(['a', 'b']).toContain((await store().bindings.get(guardId))?.personId)
    })
  })
}
