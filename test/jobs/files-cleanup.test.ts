import { inboxOnlySender } from '../../cloudfunctions/lib/ports/push.port'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { Readable } from 'stream'
import type { StoredFile } from '../../src/core/model'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { diskFiles, linkSigner, type DiskFiles } from '../../cloudfunctions/lib/adapters/sqlite/files/disk-files'
import { filesCleanupJob } from '../../cloudfunctions/lib/jobs/files-cleanup.job'
import { JOBS, type JobDeps } from '../../cloudfunctions/lib/jobs'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { makeMethodsWorld } from '../api/methods.world'

// The daily clean-up of unattached uploads, on SQLite and on the CloudBase fake: an old unattached
// file goes (row and bytes), a young one stays, an attached one stays, one attached while the run
// is under way stays, and two runs at once are fine. Each run does bounded work.

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

const NOW = new Date('2026-11-20T01:00:00Z') // 09:00 in China
const HOUR = 60 * 60 * 1000
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1])

describe.each(STORES)('files.cleanup on %s', (_name, makeStore) => {
  let store: Store
  let files: DiskFiles
  let dir: string
  let deps: JobDeps
  let seq = 0

  beforeEach(() => {
    store = makeStore()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-cleanup-'))
    files = diskFiles(dir, linkSigner(Buffer.from('cleanup-test')), () => NOW)
    deps = { store, files, clock: { now: () => NOW }, log: silentLogger, push: inboxOnlySender }
  })
  afterEach(async () => {
    await store.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** A registered upload with its bytes on disk, registered `hoursAgo` before NOW. */
  async function upload(hoursAgo: number, recordId: string | null = null): Promise<StoredFile> {
    const { storageKey, size } = await files.write('p1', Readable.from([JPEG]), 1024)
    const file: StoredFile = {
      id: `file${String(++seq).padStart(20, '0')}`,
      ownerId: 'p1',
      name: 'a.jpg',
      mime: 'image/jpeg',
      kind: 'image',
      size,
      storageKey,
      recordId,
      createdAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString()
    }
    await store.files.insert(file)
    return file
  }

  /** Whether both the row and the bytes of a file are still there (or both gone). */
  async function state(file: StoredFile): Promise<'kept' | 'deleted' | 'half'> {
    const row = (await store.files.get(file.id)) !== null
    const bytes = (await files.stat(file.storageKey)) !== null
    return row && bytes ? 'kept' : !row && !bytes ? 'deleted' : 'half'
  }

  it('deletes an unattached file over a day old, keeps a younger one and attached ones', async () => {
    const old = await upload(25)
    const young = await upload(23)
    const onRecord = await upload(72, 'r1')
    const onSheet = await upload(72, 'scoreSheet:s1')
    const result = await filesCleanupJob().run(deps)
    expect(result).toEqual({ deleted: 1, skipped: 0, failed: 0, more: false })
    expect(await state(old)).toBe('deleted')
    for (const f of [young, onRecord, onSheet]) expect(await state(f)).toBe('kept')
  })

  it('is in the shared job list both runtimes run', () => {
    expect(JOBS.map((j) => j.name)).toContain('files.cleanup')
  })

  it('keeps a file attached after the run listed it (the check is made again inside the delete)', async () => {
    const [a, b] = [await upload(30), await upload(30)]
    const racing: Store = {
      ...store,
      files: {
        ...store.files,
        async listUnattachedBefore(before, limit) {
          const listed = await store.files.listUnattachedBefore(before, limit)
          // Someone saves a record with `a` right after the job read the list.
          await store.transaction(async (tx) => {
            const file = await tx.files.get(a.id)
            if (file) await tx.files.update({ ...file, recordId: 'r9' })
          })
          return listed
        }
      }
    }
    const result = await filesCleanupJob().run({ ...deps, store: racing })
    expect(result).toMatchObject({ deleted: 1, skipped: 1, failed: 0 })
    expect(await store.files.get(a.id)).toMatchObject({ recordId: 'r9' })
    expect(await state(a)).toBe('kept')
    expect(await state(b)).toBe('deleted')
  })

  it('runs twice at once without errors, deleting each file once', async () => {
    const old = [await upload(26), await upload(27), await upload(28), await upload(29)]
    const young = await upload(1)
    const job = filesCleanupJob()
    const [first, second] = (await Promise.all([job.run(deps), job.run(deps)])) as Array<{ deleted: number; failed: number }>
    expect(first.deleted + second.deleted).toBe(old.length)
    expect(first.failed + second.failed).toBe(0)
    for (const f of old) expect(await state(f)).toBe('deleted')
    expect(await state(young)).toBe('kept')
  })

  it('does at most maxFiles per run, oldest first, and says when more are left', async () => {
    const [oldest, middle, newest] = [await upload(50), await upload(40), await upload(30)]
    expect(await filesCleanupJob({ maxFiles: 2 }).run(deps)).toEqual({ deleted: 2, skipped: 0, failed: 0, more: true })
    expect([await state(oldest), await state(middle), await state(newest)]).toEqual(['deleted', 'deleted', 'kept'])
    expect(await filesCleanupJob({ maxFiles: 2 }).run(deps)).toEqual({ deleted: 1, skipped: 0, failed: 0, more: false })
  })

  it('stops taking files when its time budget is spent, leaving the rest for the next run', async () => {
    for (let i = 0; i < 5; i++) await upload(30 + i)
    let t = NOW.getTime()
    const slow = { now: () => new Date((t += 1000)) } // each look at the clock: one second later
    const result = await filesCleanupJob({ budgetMs: 2500 }).run({ ...deps, clock: slow })
    expect(result).toMatchObject({ failed: 0, more: true })
    expect((result as { deleted: number }).deleted).toBeLessThan(5)
    expect((result as { deleted: number }).deleted).toBeGreaterThan(0)
  })

  it("stops at the scheduler's deadline when that comes before its own budget", async () => {
    for (let i = 0; i < 5; i++) await upload(30 + i)
    let t = NOW.getTime()
    const slow = { now: () => new Date((t += 1000)) }
    // A generous budget, but the invocation ends 2.5 s after the run starts.
    const result = await filesCleanupJob({ budgetMs: 60_000 }).run({ ...deps, clock: slow, deadlineMs: NOW.getTime() + 2500 })
    expect(result).toMatchObject({ failed: 0, more: true })
    expect((result as { deleted: number }).deleted).toBeLessThan(5)
    expect(await filesCleanupJob({ budgetMs: 60_000 }).run(deps)).toMatchObject({ more: false })
  })
})

describe.each(STORES)('files.cleanup racing a save that attaches the file, on %s', (_name, makeStore) => {
  it('either the record keeps its file or the save is refused; never a record with a deleted file', async () => {
    const w = await makeMethodsWorld('2026-11-18T01:00:00Z', makeStore())
    try {
      const cadre = w.people.cadre
      const ids = [await w.upload(cadre, JPEG, 'a.jpg'), await w.upload(cadre, JPEG, 'b.jpg')]
      w.setNow('2026-11-20T01:00:00Z')
      const deps: JobDeps = {
        store: w.store,
        files: w.files,
        clock: { now: () => new Date('2026-11-20T01:00:00Z') },
        log: silentLogger,
        push: inboxOnlySender
      }
      const [saved] = await Promise.all([
        w.as(cadre)('note.save', { date: '2026-11-20', title: '心得', body: '正文', fileIds: [ids[0]] }),
        filesCleanupJob().run(deps)
      ])
      const file = await w.store.files.get(ids[0])
      if (saved.ok) {
        expect(file).toMatchObject({ recordId: expect.any(String) })
        expect(await w.files.stat(file?.storageKey ?? '')).not.toBeNull()
      } else {
        expect(saved).toMatchObject({ code: 'NOT_FOUND', field: 'fileIds.0' })
        expect(file).toBeNull()
      }
      expect(await w.store.files.get(ids[1])).toBeNull()
    } finally {
      w.cleanup()
      await w.store.close()
    }
  })
})
