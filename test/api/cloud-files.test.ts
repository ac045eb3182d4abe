import { AsyncLocalStorage } from 'async_hooks'
import type { Failure, FileView, RecordDetailView } from '../../src/core/contract'
import { cloudFiles, type CloudStorage, type Fetch } from '../../cloudfunctions/lib/adapters/cloudbase/files/cloud-files'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES, TOO_LARGE_MESSAGE } from '../../src/core/rules/files'
import { makeZip } from '../core/zip-fixture'
import { JPEG, PDF } from './methods.world'
import { dataOf, makeWorld } from './world'

// The weapp path: the phone uploads to cloud storage, the function reads the object back to check
// its real type, records it, and hands out temporary links only to people allowed to see the note.

/**
 * Cloud storage as the adapter sees it: temporary URLs for existing objects, and an HTTP side that
 * answers HEAD and ranged GETs (or ignores Range, like a plain server) and counts the bytes it sent.
 */
function fakeStorage(objects: Map<string, Buffer>, opts: { honourRange?: boolean } = {}) {
  const deleted: string[] = []
  const traffic = { bytes: 0, requests: [] as string[] }
  const keyOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))
  const storage: CloudStorage = {
    async getTempFileURL({ fileList }) {
      return {
        fileList: fileList.map((f) => {
          const found = objects.has(f.fileID)
          return {
            code: found ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
            fileID: f.fileID,
            tempFileURL: found ? `https://tmp.example/${encodeURIComponent(f.fileID)}?sign=x` : ''
          }
        })
      }
    },
    async deleteFile({ fileList }) {
      deleted.push(...fileList)
      fileList.forEach((id) => objects.delete(id))
      return {}
    }
  }
  const fetchUrl: Fetch = async (url, init) => {
    const body = objects.get(keyOf(url))
    traffic.requests.push(`${init.method} ${init.headers?.Range ?? ''}`.trim())
    if (!body) return new Response(null, { status: 404 })
    if (init.method === 'HEAD') return new Response(null, { status: 200, headers: { 'Content-Length': String(body.length) } })
    const range = /^bytes=(\d+)-(\d+)$/.exec(init.headers?.Range ?? '')
    if (!range || opts.honourRange === false) {
      // Streams in 64 KB chunks, counting only what the reader actually pulled.
      let at = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= body.length) return controller.close()
          const chunk = body.subarray(at, at + 65536)
          at += chunk.length
          traffic.bytes += chunk.length
          controller.enqueue(new Uint8Array(chunk))
        }
      })
      return new Response(stream, { status: 200 })
    }
    const from = Number(range[1])
    const to = Math.min(Number(range[2]), body.length - 1)
    if (from >= body.length) return new Response(null, { status: 416 })
    const part = body.subarray(from, to + 1)
    traffic.bytes += part.length
    return new Response(new Uint8Array(part), {
      status: 206,
      headers: { 'Content-Range': `bytes ${from}-${to}/${body.length}` }
    })
  }
  return { storage, fetchUrl, deleted, traffic }
}

describe('files on CloudBase storage', () => {
  it('registers a real image, refuses a disguised script (and deletes it), links only for allowed viewers', async () => {
    const w = await makeWorld()
    const objects = new Map<string, Buffer>()
    const { storage, fetchUrl, deleted } = fakeStorage(objects)
    const handle = createRouter({
      store: w.store,
      clock: { now: () => new Date('2026-11-20T02:00:00Z') },
      log: silentLogger,
      demoMode: false,
      checkOutput: true,
      files: cloudFiles(storage, fetchUrl)
    })
    let n = 0
    const as = (id: string) => (action: string, input: unknown) =>
      handle({ action, input, idempotencyKey: `cloud-key-${++n}` }, { kind: 'person', personId: id })
    const cadre = as(w.people.cadre.id)
    const folder = `cloud://env-1.abc/uploads/${w.people.cadre.id}`

    objects.set(`${folder}/good.jpg`, JPEG)
    objects.set(`${folder}/evil.jpg`, Buffer.from('<?php system($_GET["c"]); ?>'))
    const file = dataOf<FileView>(await cadre('file.register', { fileID: `${folder}/good.jpg`, name: 'good.jpg' }))
    expect(file).toMatchObject({ mime: 'image/jpeg', image: true })
    const evil = (await cadre('file.register', { fileID: `${folder}/evil.jpg`, name: 'evil.jpg' })) as Failure
    expect([evil.code, evil.field]).toEqual(['VALIDATION', 'fileID'])
    expect(deleted).toEqual([`${folder}/evil.jpg`])

    const note = dataOf<RecordDetailView>(
      await cadre('note.save', { date: '2026-11-20', title: '心得', body: '正文', fileIds: [file.id] })
    )
    expect(note.attachments[0].url).toBe(`https://tmp.example/${encodeURIComponent(`${folder}/good.jpg`)}?sign=x`)
    const leader = dataOf<RecordDetailView>(await as(w.people.unitLeader.id)('record.get', { id: note.item.id }))
    expect(leader.attachments).toHaveLength(1)
    expect(((await as(w.people.otherCadre.id)('record.get', { id: note.item.id })) as Failure).code).toBe('FORBIDDEN')
  })
})

describe('registering an upload reads only what it must, outside any transaction', () => {
  async function setup(opts: { honourRange?: boolean } = {}) {
    const w = await makeWorld()
    const objects = new Map<string, Buffer>()
    const fake = fakeStorage(objects, opts)
    // Storage requests made from inside a transaction (its async context): there must be none.
    const inTransaction = new AsyncLocalStorage<boolean>()
    let storageInTransaction = 0
    const store = {
      ...w.store,
      transaction: <T>(fn: Parameters<typeof w.store.transaction<T>>[0]): Promise<T> =>
        inTransaction.run(true, () => w.store.transaction(fn))
    }
    const fetchUrl: Fetch = (url, init) => {
      if (inTransaction.getStore()) storageInTransaction++
      return fake.fetchUrl(url, init)
    }
    const handle = createRouter({
      store,
      clock: { now: () => new Date('2026-11-20T02:00:00Z') },
      log: silentLogger,
      demoMode: false,
      checkOutput: true,
      files: cloudFiles(fake.storage, fetchUrl)
    })
    const folder = `cloud://env-1.abc/uploads/${w.people.cadre.id}`
    const register = (name: string) =>
      handle(
        { action: 'file.register', input: { fileID: `${folder}/${name}`, name }, idempotencyKey: `reg-${name}-0001` },
        { kind: 'person', personId: w.people.cadre.id }
      )
    return { ...fake, w, objects, folder, register, storageInTransaction: () => storageInTransaction }
  }

  it('refuses a 25 MB object by its metadata without downloading any of it, and deletes it', async () => {
    const s = await setup()
    s.objects.set(`${s.folder}/huge.pdf`, Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024)]))
    const refused = (await s.register('huge.pdf')) as Failure
    expect([refused.code, refused.field, refused.message]).toEqual(['VALIDATION', 'fileID', TOO_LARGE_MESSAGE])
    expect(s.traffic.bytes).toBe(0)
    expect(s.deleted).toEqual([`${s.folder}/huge.pdf`])
  })

  it('checks a 15 MB docx from its first bytes and its central directory only', async () => {
    const s = await setup()
    const docx = makeZip({ 'word/media/image1.png': 'x'.repeat(15 * 1024 * 1024), 'word/document.xml': '<w:document/>' })
    s.objects.set(`${s.folder}/notes.docx`, docx)
    const file = dataOf<FileView>(await s.register('notes.docx'))
    expect(file).toMatchObject({ size: docx.length, image: false, name: 'notes.docx' })
    expect(s.traffic.bytes).toBeLessThanOrEqual(SNIFF_HEAD_BYTES + SNIFF_TAIL_BYTES)
  })

  it('stops a server that ignores Range once it has the bytes it needs', async () => {
    const s = await setup({ honourRange: false })
    s.objects.set(`${s.folder}/big.jpg`, Buffer.concat([JPEG, Buffer.alloc(8 * 1024 * 1024)]))
    expect(dataOf<FileView>(await s.register('big.jpg'))).toMatchObject({ mime: 'image/jpeg' })
    expect(s.traffic.bytes).toBeLessThanOrEqual(2 * 65536)
  })

  it('reads storage outside any transaction, and two registrations of one object at once give one file, counted once', async () => {
    const s = await setup()
    s.objects.set(`${s.folder}/a.jpg`, JPEG)
    const [a, b] = await Promise.all([s.register('a.jpg'), s.register('a.jpg')])
    expect(dataOf<FileView>(a).id).toBe(dataOf<FileView>(b).id)
    expect(s.storageInTransaction()).toBe(0)
    expect(await s.w.store.uploadUsage.get(s.w.people.cadre.id, '2026-11')).toMatchObject({ files: 1, bytes: JPEG.length })
  })

  it('reads a roster file whole up to its cap, and only cap + 1 bytes past it', async () => {
    const s = await setup()
    const port = cloudFiles(s.storage, s.fetchUrl)
    s.objects.set('cloud://env-1.abc/imports/r.xlsx', Buffer.alloc(3000, 7))
    expect(await port.read('cloud://env-1.abc/imports/r.xlsx', 5000)).toMatchObject({ size: 3000, bytes: expect.any(Uint8Array) })
    const capped = await port.read('cloud://env-1.abc/imports/r.xlsx', 1000)
    expect([capped?.size, capped?.bytes.length]).toEqual([3000, 1001])
    expect(await port.read('cloud://env-1.abc/imports/missing.xlsx', 1000)).toBeNull()
  })
})
