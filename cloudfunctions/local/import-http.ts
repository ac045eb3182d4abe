import { createReadStream, promises as fsp } from 'fs'
import type { IncomingMessage, ServerResponse } from 'http'
import path from 'path'
import type { Failure } from '../../src/core/contract'
import { hasAnyRole } from '../../src/core/model/roles'
import { MAX_IMPORT_BYTES, importFolder } from '../../src/core/rules/roster-import'
import { UploadTooLargeError, streamToNewFile } from '../lib/adapters/sqlite/files/disk-files'
import type { FilesPort } from '../lib/ports/files.port'
import type { Store } from '../lib/ports/store.port'
import { newId } from '../lib/util/ids'
import { sessionPersonOf } from './auth-http'
import { refuseUpload, sendJson } from './respond'
import type { TokenService } from './tokens'

// The local host's counterpart of uploading a roster file to CloudBase storage:
//   POST /import-upload?name=<file name>   raw bytes, Authorization: Bearer <token> (admins only)
//     → { ok, data: { storageKey: 'imports/<personId>/<id>.<ext>' } }
// The bytes land under the files root; roster.import.start then reads them through the files port.

const KEY_RE = /^imports\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{24}\.(csv|xlsx)$/
const TOO_LARGE = '文件太大，请拆分后导入（不超过5MB）'

export interface ImportRouteDeps {
  store: Store
  tokens: TokenService
  now(): Date
  /** The files root of the data folder (the same one disk files use). */
  root: string
}

const fileOf = (root: string, key: string): string | null => (KEY_RE.test(key) ? path.join(root, ...key.split('/')) : null)

async function upload(req: IncomingMessage, res: ServerResponse, url: URL, deps: ImportRouteDeps): Promise<void> {
  const refuse = (status: number, failure: Failure) => refuseUpload(req, res, status, failure)
  const person = await sessionPersonOf(req, deps)
  if (!person) return refuse(401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  if (!hasAnyRole(person.roles, ['admin'])) return refuse(403, { ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' })
  const ext = /\.(csv|xlsx)$/i.exec(url.searchParams.get('name') ?? '')?.[1]?.toLowerCase()
  if (!ext) return refuse(400, { ok: false, code: 'VALIDATION', message: '请上传 .xlsx 或 .csv 文件', field: 'file' })
  if (Number(req.headers['content-length'] ?? NaN) > MAX_IMPORT_BYTES) {
    return refuse(413, { ok: false, code: 'VALIDATION', message: TOO_LARGE, field: 'file' })
  }
  const storageKey = `${importFolder(person.id)}${newId()}.${ext}`
  const file = fileOf(deps.root, storageKey)
  if (!file) return refuse(400, { ok: false, code: 'VALIDATION', message: '上传失败，请重新登录后再试', field: 'file' })
  try {
    await streamToNewFile(req, file, MAX_IMPORT_BYTES)
  } catch (error) {
    if (error instanceof UploadTooLargeError)
      return refuse(413, { ok: false, code: 'VALIDATION', message: TOO_LARGE, field: 'file' })
    throw error
  }
  sendJson(res, 200, { ok: true, data: { storageKey } })
}

/** The roster-file upload route, for the local host's request listener. */
export function importRoutes(deps: ImportRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== '/import-upload') return false
    if (req.method !== 'POST') sendJson(res, 405, { ok: false, code: 'NOT_FOUND', message: '请使用 POST 方法' })
    else await upload(req, res, url, deps)
    return true
  }
}

/**
 * The files port the functions get on the local host: roster files (`imports/…`, written by the
 * route above) are read here, everything else by the attachments' disk files.
 */
export function withImportFiles(base: FilesPort, root: string): FilesPort {
  return {
    ...base,
    async read(key: string, maxBytes: number) {
      if (!key.startsWith('imports/')) return base.read(key, maxBytes)
      const file = fileOf(root, key)
      if (!file) return null
      try {
        const { size } = await fsp.stat(file)
        const chunks: Buffer[] = []
        // Never more than maxBytes + 1 bytes in memory, whatever lies on disk.
        for await (const chunk of createReadStream(file, { start: 0, end: Math.min(size, maxBytes + 1) - 1 })) {
          chunks.push(chunk as Buffer)
        }
        return { size, bytes: Buffer.concat(chunks) }
      } catch {
        return null
      }
    },
    async remove(key: string) {
      if (!key.startsWith('imports/')) return base.remove(key)
      const file = fileOf(root, key)
      if (file) await fsp.rm(file, { force: true })
    }
  }
}
