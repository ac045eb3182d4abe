import { CONFLICT, DUPLICATE, FakeCloudbase, TRANSACTION_RETRIES } from './cloudbase-fake'

// The fake's transactions behave like CloudBase's (MongoDB's) where our code could go wrong:
// concurrent, snapshot-isolated, write conflicts rerun like the SDK, failures abort.

const areas = (db: FakeCloudbase) => db.collection('areas')
const stored = async (db: FakeCloudbase, id: string) => (await areas(db).doc(id).get()).data

/** A promise and the function that resolves it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open = () => undefined as void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe('the CloudBase fake’s transactions', () => {
  it('run concurrently, not one after another', async () => {
    const db = new FakeCloudbase()
    const { open, opened } = gate()
    const first = db.runTransaction(async (tx) => {
      await tx.collection('areas').add({ _id: 'a1', name: '一' })
      await opened // only the second transaction opens it: a serial queue would never get there
    })
    const second = db.runTransaction(async (tx) => {
      await tx.collection('areas').add({ _id: 'a2', name: '二' })
      open()
    })
    await Promise.all([first, second])
    expect(await stored(db, 'a1')).toHaveLength(1)
    expect(await stored(db, 'a2')).toHaveLength(1)
  })

  it('read a snapshot from their start plus their own writes', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: '旧' })
    const { open, opened } = gate()
    const seen: unknown[] = []
    const reading = db.runTransaction(async (tx) => {
      await tx.collection('areas').doc('a2').set({ name: '自己的' })
      open()
      await new Promise((resolve) => setTimeout(resolve, 5))
      seen.push((await tx.collection('areas').doc('a1').get()).data)
      seen.push((await tx.collection('areas').doc('a2').get()).data)
    })
    await opened
    await areas(db).doc('a1').set({ name: '新' })
    await reading
    expect(seen).toEqual([
      { _id: 'a1', name: '旧' },
      { _id: 'a2', name: '自己的' }
    ])
  })

  it('fail a write to a document another running transaction wrote, and rerun fn with fresh data', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: '' })
    const { open, opened } = gate()
    const slow = db.runTransaction(async (tx) => {
      const doc = tx.collection('areas').doc('a1')
      const { data } = await doc.get()
      await opened
      await doc.update({ name: `${(data as { name: string }).name}慢` })
    })
    const fast = db.runTransaction(async (tx) => {
      const doc = tx.collection('areas').doc('a1')
      const { data } = await doc.get()
      await doc.update({ name: `${(data as { name: string }).name}快` })
    })
    await fast
    open()
    await slow
    expect(await stored(db, 'a1')).toEqual([{ _id: 'a1', name: '快慢' }])
    expect(db.stats.conflicts).toBe(1)
    expect(db.stats.transactionRuns).toBe(3)
  })

  it('give up after the SDK’s reruns with a DATABASE_TRANSACTION_CONFLICT error', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: 'x' })
    let runs = 0
    const failing = db.runTransaction(async (tx) => {
      runs++
      await tx
        .collection('areas')
        .doc('a1')
        .update({ name: `tx${runs}` })
      // A plain write lands on the same document before every commit.
      await areas(db)
        .doc('a1')
        .update({ name: `plain${runs}` })
    })
    await expect(failing).rejects.toMatchObject({ code: CONFLICT })
    expect(runs).toBe(1 + TRANSACTION_RETRIES)
    expect(await stored(db, 'a1')).toEqual([{ _id: 'a1', name: `plain${runs}` }])
  })

  it('do not rerun fn on other errors', async () => {
    const db = new FakeCloudbase()
    let runs = 0
    await expect(
      db.runTransaction(async () => {
        runs++
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    expect(runs).toBe(1)
  })

  it('abort on a failed operation: later operations fail and nothing commits, even if fn goes on', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: 'x' })
    let later: unknown = null
    const run = db.runTransaction(async (tx) => {
      await tx.collection('areas').add({ _id: 'a2', name: 'y' })
      await tx
        .collection('areas')
        .add({ _id: 'a1', name: 'again' })
        .catch(() => undefined)
      later = await tx
        .collection('areas')
        .doc('a2')
        .get()
        .catch((error: unknown) => error)
    })
    await expect(run).rejects.toMatchObject({ code: DUPLICATE })
    expect(later).toMatchObject({ code: DUPLICATE, message: expect.stringContaining('aborted') })
    expect(await stored(db, 'a2')).toEqual([])
  })

  it('refuse two operations in flight at once (Promise.all), and do not commit', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: 'x' })
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('areas').doc('a2').set({ name: 'y' })
        await Promise.all([tx.collection('areas').doc('a1').get(), tx.collection('areas').doc('a2').get()])
      })
    ).rejects.toThrow('parallel operations')
    expect(await stored(db, 'a2')).toEqual([])
  })

  it('refuse where(), get() and count() on a collection', async () => {
    const db = new FakeCloudbase()
    await db
      .runTransaction(async (tx) => {
        expect(() => tx.collection('areas').where()).toThrow('not supported inside a transaction')
        await expect(tx.collection('areas').get()).rejects.toThrow('not supported inside a transaction')
        await expect(tx.collection('areas').count()).rejects.toThrow('not supported inside a transaction')
      })
      .catch(() => undefined)
    expect(db.stats.transactionRuns).toBe(1)
  })

  it('check unique indexes at the operation, with null and missing as the same key', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: '城东' })
    let failedAt = ''
    await expect(
      db.runTransaction(async (tx) => {
        failedAt = 'add'
        await tx.collection('areas').add({ _id: 'a2', name: '城东' })
        failedAt = 'after'
      })
    ).rejects.toMatchObject({ code: DUPLICATE, message: expect.stringContaining('name_unique') })
    expect(failedAt).toBe('add')
    await areas(db).add({ _id: 'a3' })
    await expect(areas(db).add({ _id: 'a4', name: null })).rejects.toMatchObject({ code: DUPLICATE })
  })

  it('let only one of two concurrent creations of one unique key land (the other conflicts)', async () => {
    const db = new FakeCloudbase()
    const create = (id: string) =>
      db.runTransaction(async (tx) => {
        await tx.collection('areas').add({ _id: id, name: '城西' })
        await new Promise((resolve) => setTimeout(resolve, 5))
      })
    const outcomes = await Promise.allSettled([create('a1'), create('a2')])
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected'])
    // The first holds the key while the second reruns (no backoff), so the second runs out of reruns.
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: CONFLICT } })
    expect([...db.table('areas').values()]).toHaveLength(1)
  })

  it('let a plain write to a document a running transaction wrote win, and rerun the transaction', async () => {
    const db = new FakeCloudbase()
    await areas(db).add({ _id: 'a1', name: 'x' })
    let runs = 0
    await db.runTransaction(async (tx) => {
      runs++
      await tx.collection('areas').doc('a1').update({ note: 'tx' })
      if (runs === 1) await areas(db).doc('a1').update({ name: 'plain' })
    })
    expect(runs).toBe(2)
    expect(await stored(db, 'a1')).toEqual([{ _id: 'a1', name: 'plain', note: 'tx' }])
  })
})
