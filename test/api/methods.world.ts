import fs from 'fs'
import os from 'os'
import path from 'path'
import type { ActionName, InputOf, Result } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import { diskFiles, linkSigner } from '../../cloudfunctions/lib/adapters/sqlite/files/disk-files'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { registerUpload } from '../../cloudfunctions/lib/services/files.service'
import { dataOf, makeWorld } from './world'

/** A tiny valid-looking JPEG / PNG / PDF by their first bytes. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1])
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n')

/**
 * The router world of test/api/world.ts with a files folder, a school and an outlet: the district
 * leader is `people.districtLeader`, unit A's leader `people.unitLeader`, `people.otherCadre` is in unit B.
 */
export async function makeMethodsWorld(now = '2026-11-20T02:00:00Z', store?: Store) {
  const base = await makeWorld({ now, store })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-files-'))
  let at = new Date(now)
  const files = diskFiles(dir, linkSigner(Buffer.from('methods-world-link-key')), () => at)
  const clock = { now: () => at }
  const handle = createRouter({ store: base.store, clock, log: silentLogger, demoMode: false, checkOutput: true, files })
  let seq = 0
  const as =
    (person: Person) =>
    <N extends ActionName>(action: N, input: InputOf<N> | unknown, key?: string): Promise<Result<unknown>> =>
      handle({ action, input, idempotencyKey: key ?? `methods-key-${++seq}` }, { kind: 'person', personId: person.id })

  const admin = as(base.people.admin)
  const school = dataOf<{ id: string }>(await admin('school.save', { name: '实验小学', kind: '小学' }))
  const outlet = dataOf<{ id: string }>(await admin('outlet.save', { name: '《城东要闻》专栏' }))

  /** Puts bytes in the person's upload folder and records them, as the upload endpoint does. */
  async function upload(person: Person, bytes: Buffer, name: string): Promise<string> {
    const { Readable } = await import('stream')
    const stored = await files.write(person.id, Readable.from([bytes]), 20 * 1024 * 1024)
    const file = await registerUpload(base.store, files, person, stored.storageKey, name, at)
    return file.id
  }

  return {
    ...base,
    files,
    handle,
    as,
    schoolId: school.id,
    outletId: outlet.id,
    upload,
    setNow(iso: string) {
      at = new Date(iso)
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true })
  }
}

export type MethodsWorld = Awaited<ReturnType<typeof makeMethodsWorld>>
