import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'

// WAL checkpoints (the fsyncs of WAL mode) must not run inside a request's COMMIT on the only
// thread: a worker checkpoints on a timer instead (bench:api's study.record p99 came from them).

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'checkpoint-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

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
