import { spawnSync } from 'child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import Database from 'better-sqlite3'
import {
  MIGRATIONS,
  SchemaTooNewError,
  latestVersion,
  StoreLockedError,
  openSqliteStore,
  type Migration
} from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { makeArea, makePerson } from './fixtures'
import { describeStoreContract } from './store.contract'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

let files = 0
describeStoreContract('sqlite file', async () => openSqliteStore(join(dir, `contract-${++files}.db`)))
describeStoreContract('sqlite :memory:', async () => openSqliteStore(':memory:'))

describe('sqlite store on disk', () => {
  const open: Store[] = []
  const track = (s: Store): Store => (open.push(s), s)
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close()
  })

  it('keeps data across a reopen and uses WAL', async () => {
    const file = join(dir, 'reopen.db')
    const area = makeArea()
    const first = openSqliteStore(file)
    await first.areas.insert(area)
    await first.close()
    const second = track(openSqliteStore(file))
    expect(await second.areas.get(area.id)).toEqual(area)
    await second.close()
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion())
    raw.close()
  })

  it('applies migrations once: reopening runs no step again, a new step runs once', async () => {
    const file = join(dir, 'migrate.db')
    await openSqliteStore(file).close()
    const ran: number[] = []
    const extra: Migration = {
      version: latestVersion() + 1,
      name: 'test step',
      up: (db) => (ran.push(1), db.exec('CREATE TABLE t (x)'))
    }
    await openSqliteStore(file, { migrations: [...MIGRATIONS, extra] }).close()
    await openSqliteStore(file, { migrations: [...MIGRATIONS, extra] }).close()
    expect(ran).toEqual([1])
    // The file is now newer than the app's own list: refuse rather than run on an unknown schema.
    expect(() => openSqliteStore(file)).toThrow(SchemaTooNewError)
    expect(existsSync(`${file}.lock`)).toBe(false)
  })

  it('declares the indexes the queries need, and a unique bound OPENID', async () => {
    const file = join(dir, 'indexes.db')
    const store = track(openSqliteStore(file))
    const openId = 'o-same'
    await store.people.insert(makePerson({ openId }))
    await store.people.insert(makePerson())
    await store.people.insert(makePerson()) // many unbound people are fine
    await expect(store.people.insert(makePerson({ openId }))).rejects.toMatchObject({
      code: 'CONFLICT',
      collection: 'people',
      index: 'open_id'
    })
    const raw = new Database(file, { readonly: true })
    const plan = (sql: string) => JSON.stringify(raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all())
    expect(plan("SELECT * FROM studies WHERE person_id = 'a' AND month = '2026-03'")).toMatch(/studies_person_month/)
    expect(plan("SELECT * FROM studies WHERE unit_id = 'a' AND month = '2026-03'")).toMatch(/studies_unit_month/)
    expect(plan("SELECT * FROM people WHERE unit_id = 'a' ORDER BY name")).toMatch(/people_unit_name/)
    expect(plan("SELECT * FROM audit WHERE entity = 'a' AND entity_id = 'b'")).toMatch(/audit_entity/)
    raw.close()
  })

  it('refuses a second opener of the same file with a clear Chinese message, and frees the file on close', async () => {
    const file = join(dir, 'locked.db')
    const first = openSqliteStore(file)
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid))
    expect(() => openSqliteStore(file)).toThrow(StoreLockedError)
    expect(() => openSqliteStore(file)).toThrow(`数据库 ${file} 正被另一个进程（pid ${process.pid}）使用，请先停止它再启动`)
    await first.close()
    expect(existsSync(`${file}.lock`)).toBe(false)
    track(openSqliteStore(file))
  })

  it('refuses while another live process holds the lock', () => {
    const file = join(dir, 'other.db')
    // Our parent process is alive and is not us: its pid in the lock file means "in use".
    writeFileSync(`${file}.lock`, String(process.ppid))
    expect(() => openSqliteStore(file)).toThrow(`（pid ${process.ppid}）`)
    rmSync(`${file}.lock`)
  })

  it('takes over a lock left by a process that is gone', async () => {
    const file = join(dir, 'stale.db')
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
    expect(gone.status).toBe(0)
    writeFileSync(`${file}.lock`, gone.stdout.toString())
    const store = track(openSqliteStore(file))
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid))
    await store.areas.insert(makeArea())
  })

  it('takes over a lock holding our own pid that this process never took (a restarted container)', () => {
    const file = join(dir, 'reused.db')
    writeFileSync(`${file}.lock`, String(process.pid))
    track(openSqliteStore(file))
    expect(existsSync(`${file}.lock`)).toBe(true)
  })

  it('nests a transaction inside another as a savepoint', async () => {
    const store = track(openSqliteStore(':memory:'))
    const [kept, dropped] = [makeArea(), makeArea()]
    await store.transaction(async (tx) => {
      await tx.areas.insert(kept)
      await expect(
        store.transaction(async (inner) => {
          await inner.areas.insert(dropped)
          throw new Error('inner')
        })
      ).rejects.toThrow('inner')
    })
    expect(await store.areas.get(kept.id)).toEqual(kept)
    expect(await store.areas.get(dropped.id)).toBeNull()
  })
})
