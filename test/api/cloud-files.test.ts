import type { Failure, FileView, RecordDetailView } from '../../src/core/contract'
import { cloudFiles, type CloudStorage } from '../../cloudfunctions/lib/adapters/cloudbase/cloud-files'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { JPEG } from './methods.world'
import { dataOf, makeWorld } from './world'

// The weapp path: the phone uploads to cloud storage, the function reads the object back to check
// its real type, records it, and hands out temporary links only to people allowed to see the note.

function fakeStorage(objects: Map<string, Buffer>) {
  const deleted: string[] = []
  const storage: CloudStorage = {
    async downloadFile({ fileID }) {
      const content = objects.get(fileID)
      if (!content) throw new Error('STORAGE_FILE_NONEXIST')
      return { fileContent: content }
    },
    async getTempFileURL({ fileList }) {
      return {
        fileList: fileList.map((f) => ({
          code: 'SUCCESS',
          fileID: f.fileID,
          tempFileURL: `https://tmp.example/${f.fileID.split('/').pop()}?sign=x`
        }))
      }
    },
    async deleteFile({ fileList }) {
      deleted.push(...fileList)
      return {}
    }
  }
  return { storage, deleted }
}

describe('files on CloudBase storage', () => {
  it('registers a real image, refuses a disguised script (and deletes it), links only for allowed viewers', async () => {
    const w = await makeWorld()
    const objects = new Map<string, Buffer>()
    const { storage, deleted } = fakeStorage(objects)
    const handle = createRouter({
      store: w.store,
      clock: { now: () => new Date('2026-11-20T02:00:00Z') },
      log: silentLogger,
      demoMode: false,
      checkOutput: true,
      files: cloudFiles(storage)
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
    expect(note.attachments[0].url).toBe('https://tmp.example/good.jpg?sign=x')
    const leader = dataOf<RecordDetailView>(await as(w.people.unitLeader.id)('record.get', { id: note.item.id }))
    expect(leader.attachments).toHaveLength(1)
    expect(((await as(w.people.otherCadre.id)('record.get', { id: note.item.id })) as Failure).code).toBe('FORBIDDEN')
  })
})
