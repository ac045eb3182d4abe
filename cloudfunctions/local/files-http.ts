import type { IncomingMessage, ServerResponse } from 'http'
import { AppError } from '../../src/core/contract'
import type { Failure } from '../../src/core/contract'
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from '../../src/core/rules/files'
import type { DiskFiles, LinkSigner } from '../lib/adapters/sqlite/files/disk-files'
import { UploadTooLargeError } from '../lib/adapters/sqlite/files/disk-files'
import type { Store } from '../lib/ports/store.port'
import { canViewFile, fileView, registerUpload } from '../lib/services/files.service'
import { sessionPersonOf } from './auth-http'
import { refuseUpload, sendJson } from './respond'
import type { TokenService } from './tokens'

// The local host's file endpoints, the counterpart of CloudBase storage:
//   POST /upload?name=<file name>   raw bytes, Authorization: Bearer <token> → { ok, data: file }
//   GET  /files/<id>?exp=…&sig=…    a signed link the API handed out after its access check (an
//                                   <img> cannot send headers), or GET /files/<id> with the Bearer
//                                   header. The session token is never accepted in the URL.
// The upload streams to disk and is cut off past the largest size we accept; its real type is
// then read from its first bytes. A download is served only to people allowed to see what it is attached to (FILE_ACCESS).

export interface FileRouteDeps {
  store: Store
  files: DiskFiles
  /** Checks the signed links the files port hands out. */
  links: LinkSigner
  tokens: TokenService
  now(): Date
}

/** An extra route: handles the request and returns true, or returns false to let others try. */
export type ExtraRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

const statusOf = (error: AppError): number =>
  error.code === 'VALIDATION' ? 400 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 409

async function upload(req: IncomingMessage, res: ServerResponse, url: URL, deps: FileRouteDeps): Promise<void> {
  const person = await sessionPersonOf(req, deps)
  const refuse = (status: number, failure: Failure) => refuseUpload(req, res, status, failure)
  if (!person) return refuse(401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > MAX_UPLOAD_BYTES)
    return refuse(413, { ok: false, code: 'VALIDATION', message: TOO_LARGE_MESSAGE, field: 'file' })
  let stored: { storageKey: string; size: number }
  try {
    stored = await deps.files.write(person.id, req, MAX_UPLOAD_BYTES)
  } catch (error) {
    if (error instanceof UploadTooLargeError)
      return refuse(413, { ok: false, code: 'VALIDATION', message: TOO_LARGE_MESSAGE, field: 'file' })
    throw error
  }
  try {
    const name = url.searchParams.get('name') ?? ''
    // As on CloudBase, registering runs outside a transaction (its one insert is keyed by the object).
    const file = await registerUpload(deps.store, deps.files, person, stored.storageKey, name, deps.now())
    sendJson(res, 200, { ok: true, data: fileView(file) })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    sendJson(res, statusOf(error), { ...error.toFailure(), field: 'file' })
  }
}

async function download(id: string, req: IncomingMessage, res: ServerResponse, url: URL, deps: FileRouteDeps): Promise<void> {
  const signed = url.searchParams.has('sig')
  // A signed link was issued after the API's access check; it names one file and expires soon.
  if (signed && !deps.links.verify(id, url.searchParams.get('exp'), url.searchParams.get('sig'), deps.now())) {
    return sendJson(res, 403, { ok: false, code: 'FORBIDDEN', message: '链接已过期，请刷新页面后重试' })
  }
  const person = signed ? null : await sessionPersonOf(req, deps)
  if (!signed && !person) return sendJson(res, 401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  const file = await deps.store.files.get(id)
  // Someone who may not see the file learns nothing about whether it exists.
  if (!file || (person && !(await canViewFile(deps.store, person, file, deps.now())))) {
    return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '找不到这个文件，或您无权查看' })
  }
  const opened = await deps.files.open(file.storageKey)
  if (!opened) return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '文件已丢失' })
  res.writeHead(200, {
    'Content-Type': file.mime,
    'Content-Length': opened.size,
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'private, max-age=600',
    'X-Content-Type-Options': 'nosniff'
  })
  if (req.method === 'HEAD') {
    opened.stream.destroy()
    res.end()
    return
  }
  opened.stream.pipe(res)
}

/** The upload and download routes, for the local host's request listener. */
export function fileRoutes(deps: FileRouteDeps): ExtraRoute {
  return async (req, res, url) => {
    const method = req.method ?? 'GET'
    if (url.pathname === '/upload') {
      if (method !== 'POST') sendJson(res, 405, { ok: false, code: 'NOT_FOUND', message: '请使用 POST 方法' })
      else await upload(req, res, url, deps)
      return true
    }
    const match = /^\/files\/([a-f0-9]{24})$/.exec(url.pathname)
    if (!match) return false
    if (method !== 'GET' && method !== 'HEAD') sendJson(res, 405, { ok: false, code: 'NOT_FOUND', message: '不支持的请求方法' })
    else await download(match[1], req, res, url, deps)
    return true
  }
}
