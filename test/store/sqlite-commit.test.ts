import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'

// How the SQLite store commits (bench:api's study.record): WAL checkpoints (the fsyncs of WAL mode)
// run on a worker, not inside a request's COMMIT; transactions of one event-loop turn share one
// COMMIT, each in its own savepoint, and none answers before that COMMIT.

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'checkpoint-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const speech = (id: string) => ({
  id,
  title: `讲话${id}`,
  date: '2026-10-10',
  source: '求是',
  link: null,
  archived: false,
  createdAt: '2026-11-20T02:00:00Z',
  createdBy: 't',
  updatedAt: '2026-11-20T02:00:00Z',
  updatedBy: 't'
})

const stamp = { createdAt: '2026-11-20T02:00:00Z', createdBy: 't', updatedAt: '2026-11-20T02:00:00Z', updatedBy: 't' }

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

describe('sqlite WAL checkpoints', () => {
  it('copies committed writes into the database file without a checkpoint in any commit', async () => {
    const file = join(dir, 'x.db')
    const store = openSqliteStore(file)
    const before = statSync(file).size
    // Far fewer pages than SQLite's automatic checkpoint (1000): before the worker, these stayed in the WAL.
    for (let i = 0; i < 20; i++) {
      await store.transaction(async (tx) => {
        await tx.speeches.insert({
          id: `s${i}`,
          title: `讲话${i}`,
          date: '2026-10-10',
          source: '求是',
          link: null,
          archived: false,
          ...stamp
        })
      })
    }
    expect(await until(() => statSync(file).size > before, 3000)).toBe(true)
    await store.close()
  })

  it('loses nothing across close and reopen, and leaves no WAL behind', async () => {
    const file = join(dir, 'y.db')
    const store = openSqliteStore(file)
    for (let i = 0; i < 50; i++) {
      await store.transaction(async (tx) => {
        await tx.speeches.insert({
          id: `s${i}`,
          title: `讲话${i}`,
          date: '2026-10-10',
          source: '求是',
          link: null,
          archived: false,
          ...stamp
        })
      })
    }
    await store.close()
    expect(existsSync(`${file}-wal`)).toBe(false)
    const raw = new Database(file, { readonly: true })
    expect(raw.prepare('SELECT COUNT(*) AS n FROM speeches').get()).toEqual({ n: 50 })
    raw.close()
    const again = openSqliteStore(file)
    expect((await again.speeches.get('s49'))?.title).toBe('讲话49')
    await again.close()
  })
})

describe('sqlite group commit', () => {
  it('commits writes started together, and none answers before it is readable by another connection', async () => {
    const file = join(dir, 'g.db')
    const store = openSqliteStore(file)
    const other = new Database(file, { readonly: true })
    const count = () => (other.prepare('SELECT COUNT(*) AS n FROM speeches').get() as { n: number }).n
    const seenAtAnswer: number[] = []
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.transaction((tx) => tx.speeches.insert(speech(`g${i}`))).then(() => seenAtAnswer.push(count()))
      )
    )
    // Every write was committed (visible to another connection) by the time it answered.
    expect(seenAtAnswer).toEqual(Array(8).fill(8))
    other.close()
    await store.close()
  })

  it('rolls back only the write that failed; the others of the same turn still commit', async () => {
    const store = openSqliteStore(join(dir, 'h.db'))
    const results = await Promise.allSettled([
      store.transaction((tx) => tx.speeches.insert(speech('a'))),
      store.transaction(async (tx) => {
        await tx.speeches.insert(speech('b'))
        throw new Error('后来发现输入有误')
      }),
      store.transaction((tx) => tx.speeches.insert(speech('c')))
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(await store.speeches.get('a')).not.toBeNull()
    expect(await store.speeches.get('b')).toBeNull()
    expect(await store.speeches.get('c')).not.toBeNull()
    await store.close()
  })

  it('keeps a plain read from seeing a write before it is committed', async () => {
    const file = join(dir, 'i.db')
    const store = openSqliteStore(file)
    const other = new Database(file, { readonly: true })
    const committed = () => other.prepare('SELECT id FROM speeches').all().length === 1
    const write = store.transaction((tx) => tx.speeches.insert(speech('r')))
    // Issued while the write is running: it must wait for the COMMIT, not read the open transaction.
    const read = store.speeches.get('r').then((s) => ({ found: s !== null, committed: committed() }))
    await write
    expect(await read).toEqual({ found: true, committed: true })
    other.close()
    await store.close()
  })

  it('commits an open batch on close', async () => {
    const file = join(dir, 'j.db')
    const store = openSqliteStore(file)
    const write = store.transaction((tx) => tx.speeches.insert(speech('k')))
    await Promise.all([write, store.close()])
    const raw = new Database(file, { readonly: true })
    expect(raw.prepare('SELECT id FROM speeches').all()).toEqual([{ id: 'k' }])
    raw.close()
  })
})
