import { AppError } from '../../../src/core/contract'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { makeArea, makeAudit, makeIdempotency, makePerson, makeSpeech, makeStudy, tick } from '../fixtures'

/** Transactions: all or nothing, no lost update, and isolated from plain calls. */
export function transactionContract(store: () => Store): void {
  describe('transactions', () => {
    it('commits every write and returns what fn returned; reads by id inside see its own writes', async () => {
      const person = makePerson()
      const study = makeStudy({ personId: person.id, unitId: person.unitId })
      const audit = makeAudit({ entityId: study.id })
      const key = makeIdempotency()
      const result = await store().transaction(async (tx) => {
        await tx.people.insert(person)
        await tx.studies.insert(study)
        expect(await tx.studies.get(study.id)).toEqual(study)
        await tx.audit.append(audit)
        await tx.idempotency.put(key)
        expect(await tx.idempotency.get(key.id)).toEqual(key)
        return 'done'
      })
      expect(result).toBe('done')
      expect(await store().people.get(person.id)).toEqual(person)
      expect(await store().studies.get(study.id)).toEqual(study)
      expect(await store().audit.listByEntity('study', study.id)).toEqual([audit])
      expect(await store().idempotency.get(key.id)).toEqual(key)
    })

    it('rolls back every write when fn throws, and passes the error on', async () => {
      const area = makeArea()
      const speech = makeSpeech()
      await store().speeches.insert(speech)
      const boom = new Error('失败')
      await expect(
        store().transaction(async (tx) => {
          await tx.areas.insert(area)
          await tx.speeches.update({ ...speech, title: '改过的标题' })
          await tx.idempotency.put(makeIdempotency({ id: area.id }))
          throw boom
        })
      ).rejects.toBe(boom)
      expect(await store().areas.get(area.id)).toBeNull()
      expect(await store().speeches.get(speech.id)).toEqual(speech)
      expect(await store().idempotency.get(area.id)).toBeNull()
    })

    it('never loses a concurrent update: each read-modify-write lands or fails with CONFLICT', async () => {
      // SQLite runs them one after another (all land); CloudBase detects the write conflicts and
      // reruns, and may give up on some with AppError CONFLICT. Nothing is lost silently.
      const speech = makeSpeech({ title: '' })
      await store().speeches.insert(speech)
      const letters = ['a', 'b', 'c', 'd', 'e']
      const outcomes = await Promise.allSettled(
        letters.map((letter) =>
          store().transaction(async (tx) => {
            const current = await tx.speeches.get(speech.id)
            if (!current) throw new Error('missing')
            await tick()
            await tx.speeches.update({ ...current, title: current.title + letter })
          })
        )
      )
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          expect(outcome.reason).toBeInstanceOf(AppError)
          expect(outcome.reason).toMatchObject({ code: 'CONFLICT' })
        }
      }
      const landed = letters.filter((_, i) => outcomes[i].status === 'fulfilled')
      expect(landed.length).toBeGreaterThan(0)
      const title = (await store().speeches.get(speech.id))?.title ?? ''
      expect(title.split('').sort().join('')).toBe(landed.join(''))
    })

    it('never lets a plain write join, or be rolled back with, another caller’s transaction', async () => {
      const inside = makeArea()
      const outside = makeArea()
      let outsideRead: unknown = 'not run'
      const failing = store().transaction(async (tx) => {
        await tx.areas.insert(inside)
        await tick(20)
        throw new Error('rollback')
      })
      await tick(5)
      // These start while the transaction above is open.
      const plain = Promise.all([
        store().areas.insert(outside),
        store()
          .areas.get(inside.id)
          .then((a) => {
            outsideRead = a
          })
      ])
      await expect(failing).rejects.toThrow('rollback')
      await plain
      expect(outsideRead).toBeNull()
      expect(await store().areas.get(outside.id)).toEqual(outside)
      expect(await store().areas.get(inside.id)).toBeNull()
    })

    it('stays usable after a failed transaction', async () => {
      await expect(store().transaction(async () => Promise.reject(new Error('x')))).rejects.toThrow('x')
      const area = makeArea()
      await store().transaction(async (tx) => tx.areas.insert(area))
      expect(await store().areas.get(area.id)).toEqual(area)
    })
  })
}
