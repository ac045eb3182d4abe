import { inboxOnlySender } from '../../cloudfunctions/lib/ports/push.port'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { JOBS, type JobDeps } from '../../cloudfunctions/lib/jobs'
import { idempotencyExpiryJob } from '../../cloudfunctions/lib/jobs/idempotency-expiry.job'
import { inboxExpiryJob } from '../../cloudfunctions/lib/jobs/inbox-expiry.job'
import type { FilesPort } from '../../cloudfunctions/lib/ports/files.port'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { makeIdempotency } from '../store/fixtures'

// The daily expiry of stored write answers, on SQLite and on the CloudBase fake: entries older
// than 90 days go, younger ones stay (a retry still replays them), the work per run is bounded.

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

const NOW = new Date('2026-11-20T01:00:00Z')
const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString()
/** This job never touches files: any call fails the test. */
const untouched = () => Promise.reject(new Error('idempotency.expire touched the files port'))
const NO_FILES: FilesPort = { stat: untouched, slice: untouched, read: untouched, url: untouched, remove: untouched }

describe.each(STORES)('idempotency.expire on %s', (_name, makeStore) => {
  let store: Store
  let deps: JobDeps
  beforeEach(() => {
    store = makeStore()
    deps = { store, files: NO_FILES, clock: { now: () => NOW }, log: silentLogger, push: inboxOnlySender }
  })
  afterEach(() => store.close())

  it('deletes the answers older than 90 days and keeps the rest', async () => {
    const old = [makeIdempotency({ createdAt: daysAgo(200) }), makeIdempotency({ createdAt: daysAgo(90.01) })]
    const kept = [makeIdempotency({ createdAt: daysAgo(89.99) }), makeIdempotency({ createdAt: daysAgo(1) })]
    for (const e of [...old, ...kept]) await store.idempotency.put(e)
    expect(await idempotencyExpiryJob().run(deps)).toEqual({ deleted: 2, more: false })
    for (const e of old) expect(await store.idempotency.get(e.id)).toBeNull()
    for (const e of kept) expect(await store.idempotency.get(e.id)).toEqual(e)
    expect(await idempotencyExpiryJob().run(deps)).toEqual({ deleted: 0, more: false })
  })

  it('stops after its page limit and says more are left; the next run goes on', async () => {
    for (let i = 0; i < 7; i++) await store.idempotency.put(makeIdempotency({ createdAt: daysAgo(100 + i) }))
    const job = idempotencyExpiryJob({ page: 2, maxPages: 2 })
    expect(await job.run(deps)).toEqual({ deleted: 4, more: true })
    expect(await job.run(deps)).toEqual({ deleted: 3, more: false })
  })

  it('is on the daily job list', () => {
    expect(JOBS.map((j) => j.name)).toContain('idempotency.expire')
  })

  it('inbox.expire deletes reminders read over 90 days ago, in pages; unread and recently read ones stay', async () => {
    const item = (id: string, readAt: string | null) => ({
      id,
      personId: 'p1',
      obligation: 'studyThisMonth',
      period: '2026-08',
      stage: 'from-day',
      title: '本月自学提醒',
      body: '本月已自学 3/5 篇，还差 2 篇。',
      route: '/pages/study/record/index',
      createdAt: daysAgo(120),
      readAt
    })
    const old = ['a', 'b', 'c'].map((id, i) => item(id, daysAgo(100 + i)))
    const kept = [item('unread', null), item('recent', daysAgo(89))]
    for (const i of [...old, ...kept]) await store.inbox.add(i)
    expect(await inboxExpiryJob({ page: 2, maxPages: 1 }).run(deps)).toEqual({ deleted: 2, more: true })
    expect(await inboxExpiryJob().run(deps)).toEqual({ deleted: 1, more: false })
    expect((await store.inbox.listByPerson('p1', 10)).map((i) => i.id).sort()).toEqual(['recent', 'unread'])
    expect(JOBS.map((j) => j.name)).toContain('inbox.expire')
  })
})
