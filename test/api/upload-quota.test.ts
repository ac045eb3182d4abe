import { Readable } from 'stream'
import type { Failure, FileView } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { sha256 } from '../../cloudfunctions/lib/util/ids'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { makeMethodsWorld, JPEG, PDF, type MethodsWorld } from './methods.world'
import { dataOf } from './world'

// file.register counts every new file against its uploader's quota (50 a day, 200 MB a month,
// China time) in one usage document per person and month, written with the file: over the quota
// the object is deleted and nothing is written; a retry of the same object never counts twice; two
// registrations at once are both counted, and at the limit only one of them gets in.
// Runs on SQLite and on the CloudBase fake (concurrent transactions that conflict on one document).

const MB = 1024 * 1024
const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]
let w: MethodsWorld

/** Puts bytes in the person's upload folder (as the phone's uploadFile does); returns the fileID. */
async function put(person: Person, bytes: Buffer): Promise<string> {
  return (await w.files.write(person.id, Readable.from([bytes]), 20 * MB)).storageKey
}

const register = (person: Person, fileID: string, key?: string) =>
  w.as(person)('file.register', { fileID, name: 'photo.jpg' }, key)

const fileIdOf = (storageKey: string) => sha256(storageKey).slice(0, 24)

describe.each(STORES)('upload quota on file.register (%s)', (_name, makeStore) => {
  beforeEach(async () => {
    w = await makeMethodsWorld('2026-11-30T15:00:00Z', makeStore()) // 23:00 on 30 November in China
  })
  afterEach(async () => {
    w.cleanup()
    await w.store.close()
  })

  it('refuses the 51st file of a China day, deletes it and writes nothing; after midnight in China it goes in', async () => {
    const cadre = w.people.cadre
    for (let i = 0; i < 50; i++) dataOf(await register(cadre, await put(cadre, JPEG)))
    const key = await put(cadre, JPEG)
    const refused = (await register(cadre, key)) as Failure
    expect(refused).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: '今天上传的文件已达 50 个，请明天再上传',
      field: 'fileID'
    })
    expect(await w.files.stat(key)).toBeNull()
    expect(await w.store.files.get(fileIdOf(key))).toBeNull()
    expect(await w.store.uploadUsage.get(cadre.id, '2026-11')).toMatchObject({ files: 50, dayFiles: 50, bytes: 50 * JPEG.length })

    w.setNow('2026-11-30T16:00:00Z') // 00:00 on 1 December in China
    dataOf(await register(cadre, await put(cadre, JPEG)))
    expect(await w.store.uploadUsage.get(cadre.id, '2026-12')).toMatchObject({ files: 1, dayFiles: 1 })
    // Another person's quota is their own.
    dataOf(await register(w.people.otherCadre, await put(w.people.otherCadre, JPEG)))
  })

  it('refuses a file that would pass 200 MB in the month, saying what is left', async () => {
    const cadre = w.people.cadre
    const used = 200 * MB - 1500
    const at = '2026-11-30T15:00:00.000Z'
    await w.store.uploadUsage.put({
      personId: cadre.id,
      month: '2026-11',
      files: 20,
      bytes: used,
      day: '2026-11-30',
      dayFiles: 3,
      updatedAt: at
    })
    const big = Buffer.concat([PDF, Buffer.alloc(2 * MB)])
    const key = await put(cadre, big)
    const refused = (await register(cadre, key)) as Failure
    expect([refused.code, refused.field, refused.message]).toEqual([
      'VALIDATION',
      'fileID',
      '本月上传将超过 200 MB 上限：本月还可上传 1 KB，这个文件有 2 MB'
    ])
    expect(await w.files.stat(key)).toBeNull()
    expect(await w.store.uploadUsage.get(cadre.id, '2026-11')).toMatchObject({ files: 20, bytes: used })
    // A file that fits still goes in.
    dataOf(await register(cadre, await put(cadre, JPEG)))
  })

  it('counts a retried registration of the same object once, whatever its idempotency key', async () => {
    const cadre = w.people.cadre
    const key = await put(cadre, JPEG)
    const first = dataOf<FileView>(await register(cadre, key, 'register-0001'))
    expect(dataOf<FileView>(await register(cadre, key, 'register-0001'))).toEqual(first)
    expect(dataOf<FileView>(await register(cadre, key, 'register-0002'))).toEqual(first)
    const [a, b] = await Promise.all([register(cadre, key), register(cadre, key)])
    expect([dataOf<FileView>(a).id, dataOf<FileView>(b).id]).toEqual([first.id, first.id])
    expect(await w.store.uploadUsage.get(cadre.id, '2026-11')).toMatchObject({ files: 1, bytes: JPEG.length })
  })

  it('counts three registrations at once, and at the limit lets only one of two in', async () => {
    const cadre = w.people.cadre
    const three = await Promise.all([JPEG, JPEG, JPEG].map(async (b) => register(cadre, await put(cadre, b))))
    // On CloudBase a registration that keeps meeting the others' writes may give up and answer
    // "busy" (the phone retries); whatever landed is counted exactly.
    const landed = three.filter((r) => r.ok).length
    for (const r of three.filter((r) => !r.ok)) expect(r).toMatchObject({ code: 'CONFLICT' })
    expect(landed).toBeGreaterThanOrEqual(1)
    expect(await w.store.uploadUsage.get(cadre.id, '2026-11')).toMatchObject({ files: landed, dayFiles: landed })

    const at = '2026-11-30T15:00:00.000Z'
    await w.store.uploadUsage.put({
      personId: cadre.id,
      month: '2026-11',
      files: 49,
      bytes: 49 * JPEG.length,
      day: '2026-11-30',
      dayFiles: 49,
      updatedAt: at
    })
    const keys = [await put(cadre, JPEG), await put(cadre, JPEG)]
    const results = await Promise.all(keys.map((k) => register(cadre, k)))
    expect(results.map((r) => r.ok).sort()).toEqual([false, true])
    const loser = keys[results.findIndex((r) => !r.ok)]
    // A "busy" loser retried is then refused for the quota, like one that lost outright.
    const refused =
      (results.find((r) => !r.ok) as Failure).code === 'CONFLICT' ? await register(cadre, loser) : results.find((r) => !r.ok)
    expect((refused as Failure).message).toBe('今天上传的文件已达 50 个，请明天再上传')
    expect(await w.files.stat(loser)).toBeNull()
    expect(await w.store.uploadUsage.get(cadre.id, '2026-11')).toMatchObject({ files: 50, dayFiles: 50 })
  })
})
