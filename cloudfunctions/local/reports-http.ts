import { createReadStream, promises as fsp } from 'fs'
import type { IncomingMessage, ServerResponse } from 'http'
import type { LinkSigner } from '../lib/adapters/sqlite/files/disk-files'
import { reportFileOf } from '../lib/adapters/sqlite/files/disk-reports'
import { XLSX_MIME } from '../lib/ports/reports.port'
import { sendJson } from './respond'

// The local host's counterpart of a CloudBase temporary URL for a generated report:
//   GET /exports/<personId>/<id>.xlsx?name=<file name>&exp=…&sig=…
// The API signed the link after its role check; it names one file and expires in minutes. The
// answer is an attachment (the browser saves it under the Chinese name) of the xlsx MIME type.

export interface ReportRouteDeps {
  /** The files root of the data folder (the reports port writes under its exports/ folder). */
  root: string
  /** The file links' signer (disk-files.ts), which signed the report's link. */
  links: LinkSigner
  now(): Date
}

/** The saved name: the one the link gives when it is an .xlsx name, else a plain one. */
function downloadName(name: string | null): string {
  return name && /^[^/\\\r\n]{1,100}\.xlsx$/.test(name) ? name : 'export.xlsx'
}

/** The report download route, for the local host's request listener. */
export function reportRoutes(deps: ReportRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith('/exports/')) return false
    const key = url.pathname.slice(1)
    const file = reportFileOf(deps.root, key)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { ok: false, code: 'NOT_FOUND', message: '不支持的请求方法' })
      return true
    }
    if (!file || !deps.links.verify(key, url.searchParams.get('exp'), url.searchParams.get('sig'), deps.now())) {
      sendJson(res, 403, { ok: false, code: 'FORBIDDEN', message: '下载链接已过期，请重新导出' })
      return true
    }
    let size: number
    try {
      size = (await fsp.stat(file)).size
    } catch {
      sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '文件已不存在，请重新导出' })
      return true
    }
    res.writeHead(200, {
      'Content-Type': XLSX_MIME,
      'Content-Length': size,
      'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(downloadName(url.searchParams.get('name')))}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff'
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return true
  }
}
