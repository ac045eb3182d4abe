import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { BUSY_MESSAGE } from '../../cloudfunctions/lib/adapters/cloudbase/store'
import { DuplicateKeyError } from '../../cloudfunctions/lib/ports/store.port'
import { AppError } from '../../src/core/contract'
import { FakeCloudbase, MAX_LIMIT } from './cloudbase-fake'
import { makeArea, makeIdempotency, makePerson, makeSpeech, tick } from './fixtures'
import { describeStoreContract } from './store.contract'

describeStoreContract('cloudbase (mingo fake)', async () => createCloudbaseStore(new FakeCloudbase()))

describe('the CloudBase fake itself', () => {
  it('returns 100 documents unless told, and refuses a limit over 1000', async () => {
    const db = new FakeCloudbase()
    for (let i = 0; i < 150; i++) await db.collection('areas').add({ _id: `a${i}`, name: `x${i}` })
    expect((await db.collection('areas').get()).data).toHaveLength(100)
    expect(() => db.collection('areas').limit(MAX_LIMIT + 1)).toThrow()
  })

  it('waits latencyMs per round trip when asked (for benches)', async () => {
    const db = new FakeCloudbase({ latencyMs: 30 })
    const start = Date.now()
    await db.collection('areas').add({ _id: 'a1', name: 'x' })
    await db.collection('areas').doc('a1').get()
    expect(Date.now() - start).toBeGreaterThanOrEqual(55)
  })

  it('rolls back every write of a transaction that throws', async () => {
    const db = new FakeCloudbase()
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('areas').add({ _id: 'a1', name: 'x' })
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    expect((await db.collection('areas').doc('a1').get()).data).toEqual([])
  })
})

describe('cloudbase store on the fake', () => {
  it('pages past the 1000-document cap instead of asking for more', async () => {
    const db = new FakeCloudbase()
    const store = createCloudbaseStore(db)
    const unitId = 'u1'
    for (let i = 0; i < 1001; i++) await store.people.insert(makePerson({ unitId }))
    db.stats.gets = 0
    expect(await store.people.listByUnit(unitId)).toHaveLength(1001)
    expect(db.stats.gets).toBe(2)
    expect(db.stats.largestGet).toBeLessThanOrEqual(MAX_LIMIT)
  })

  it('stores documents with _id = the entity id and the model’s field names', async () => {
    const db = new FakeCloudbase()
    const store = createCloudbaseStore(db)
    const area = makeArea()
    await store.areas.insert(area)
    const { id, ...fields } = area
    expect(db.tables.get('areas')?.get(id)).toEqual({ _id: id, ...fields })
  })

  it('answers AppError CONFLICT with a plain message when a transaction keeps conflicting', async () => {
    const db = new FakeCloudbase()
    const store = createCloudbaseStore(db)
    const speech = makeSpeech()
    await store.speeches.insert(speech)
    const failing = store.transaction(async (tx) => {
      await tx.speeches.update({ ...speech, title: 'tx' })
      await store.speeches.update({ ...speech, title: 'plain' }) // lands before every commit
    })
    await expect(failing).rejects.toBeInstanceOf(AppError)
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT', message: BUSY_MESSAGE })
  })

  it('turns a duplicate key into DuplicateKeyError, a CONFLICT naming the collection', async () => {
    const store = createCloudbaseStore(new FakeCloudbase())
    const area = makeArea()
    await store.areas.insert(area)
    const again = store.transaction((tx) => tx.areas.insert({ ...area, name: '另一个' }))
    await expect(again).rejects.toBeInstanceOf(DuplicateKeyError)
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT', collection: 'areas', index: '_id_' })
    const sameName = store.areas.insert(makeArea({ name: area.name }))
    await expect(sameName).rejects.toMatchObject({ code: 'CONFLICT', index: 'name_unique' })
  })

  it('keeps the first of two concurrent transactions storing one idempotency entry', async () => {
    const store = createCloudbaseStore(new FakeCloudbase())
    const entry = makeIdempotency()
    const run = (response: string) =>
      store.transaction(async (tx) => {
        const prior = await tx.idempotency.get(entry.id)
        if (prior) return prior.response
        await tick()
        await tx.idempotency.put({ ...entry, response })
        return response
      })
    const [a, b] = await Promise.all([run('first'), run('second')])
    expect(a).toEqual(b)
    expect((await store.idempotency.get(entry.id))?.response).toEqual(a)
  })
})
