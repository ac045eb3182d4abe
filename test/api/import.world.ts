import fs from 'fs'
import os from 'os'
import path from 'path'
import type { ActionName, InputOf, Result } from '../../src/core/contract'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { diskFiles, linkSigner } from '../../cloudfunctions/lib/adapters/sqlite/files/disk-files'
import { withImportFiles } from '../../cloudfunctions/local/import-http'
import { newId } from '../../cloudfunctions/lib/util/ids'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { makeWorld } from './world'

/** Both engines the import must work on. */
export const ENGINES: Array<[string, (db: FakeCloudbase) => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', (db) => createCloudbaseStore(db)]
]

/** The small district of world.ts, with a files port, the admin calling, and a CSV maker. */
export async function makeImportWorld(makeStore: (db: FakeCloudbase) => Store, db = new FakeCloudbase()) {
  const store = makeStore(db)
  const w = await makeWorld({ store })
  // Real files in a temporary data folder, read through the local host's files port.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-import-'))
  const files = withImportFiles(diskFiles(root, linkSigner(Buffer.from('import-test'))), root)
  const stored = (key: string): boolean => fs.existsSync(path.join(root, key))
  const handle = createRouter({
    store,
    clock: { now: () => new Date('2026-11-20T02:00:00Z') },
    log: silentLogger,
    demoMode: false,
    checkOutput: true,
    files
  })
  let seq = 0
  const admin = w.people.admin
  /** Calls as the admin; write actions get a fresh idempotency key unless one is given. */
  const call = <N extends ActionName>(action: N, input: InputOf<N> | unknown, key?: string): Promise<Result<unknown>> =>
    handle({ action, input, idempotencyKey: key ?? `import-key-${++seq}` }, { kind: 'person', personId: admin.id })
  /** Puts a file in the admin's import folder; returns its key. */
  const upload = (name: string, content: string | Buffer, owner = admin.id): string => {
    const key = `imports/${owner}/${newId()}.${name.split('.').pop()}`
    fs.mkdirSync(path.join(root, 'imports', owner), { recursive: true })
    fs.writeFileSync(path.join(root, key), content)
    return key
  }
  return { ...w, db, stored, call, upload, admin }
}

export const HEADER = '姓名,手机号,单位,职务,角色'
export const phoneOf = (i: number): string => `137${String(i).padStart(8, '0')}`

/** A roster CSV of n valid people in 区教育局 (unitB). */
export function rosterCsv(n: number, from = 0): string {
  const lines = [HEADER]
  for (let i = from; i < from + n; i++) lines.push(`导入${i},${phoneOf(i)},区教育局,科员,`)
  return lines.join('\n')
}
