import fs from 'fs'
import type { IncomingMessage, ServerResponse } from 'http'
import path from 'path'

// Serves the H5 build. The app uses a hash router, so any path without a file falls back to
// index.html; hashed assets are cached for good, index.html never (so a rebuild shows at once).
// Text assets are served precompressed when the browser accepts it: `npm run build:h5` writes a
// `.br` and a `.gz` beside each (scripts/compress-h5.js), so nothing is compressed per request.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8'
}

const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt'])

/** Precompressed variants, preferred first: brotli is ~15% smaller than gzip on our bundles. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' }
] as const

/** True when an Accept-Encoding header accepts the coding (q=0 refuses it; `*` stands for any). */
export function acceptsEncoding(header: string | string[] | undefined, coding: string): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  let accepted = false
  for (const part of value.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q ? Number(q.slice(2)) : 1
    if (token === coding) return weight > 0
    if (token === '*') accepted = weight > 0
  }
  return accepted
}

/** The precompressed file to send for `file`, if the browser takes it and it is not stale. */
function precompressed(file: string, size: { mtimeMs: number }, header: string | string[] | undefined) {
  for (const encoding of ENCODINGS) {
    if (!acceptsEncoding(header, encoding.name)) continue
    try {
      const stat = fs.statSync(file + encoding.ext)
      // Older than the file: left over from a previous build, so not its compressed copy.
      if (stat.isFile() && stat.mtimeMs >= size.mtimeMs)
        return { file: file + encoding.ext, size: stat.size, encoding: encoding.name }
    } catch {
      // No such variant: try the next one.
    }
  }
  return null
}

const MISSING_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>理论学习助手 · 前端尚未构建</title>
<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.7;color:#333}
code{background:#f3f3f3;padding:.1em .4em;border-radius:4px}h1{color:#c00;font-size:1.4em}</style></head>
<body><h1>理论学习助手：网页版尚未构建</h1>
<p>本机服务已经启动（接口 <code>/api/api</code>、<code>/auth/login</code> 可用），但没有找到网页版的构建结果 <code>dist/h5</code>。</p>
<p>请在项目目录运行 <code>npm start</code>（会自动构建），或手动运行 <code>npm run build:h5</code> 后刷新本页。</p>
<p lang="en">The H5 build (dist/h5) is missing. Run <code>npm start</code> or <code>npm run build:h5</code>, then reload.</p>
</body></html>`

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' })
  res.end(head ? undefined : body)
}

/** The file under root for a URL path, or null when the path escapes root or is not a file. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  if (file !== root && !file.startsWith(root + path.sep)) return null
  try {
    return fs.statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

/** Answers a GET/HEAD for the H5 app from `root` (an absolute folder). */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const head = req.method === 'HEAD'
  const index = path.join(root, 'index.html')
  if (!fs.existsSync(index)) return send(res, 503, 'text/html; charset=utf-8', MISSING_PAGE, head)
  const urlPath = new URL(req.url ?? '/', 'http://local').pathname
  let file = urlPath === '/' ? index : fileFor(root, urlPath)
  if (!file) {
    // A missing asset is a 404 (a broken build should show as one); page paths get the app.
    if (path.extname(urlPath)) return send(res, 404, 'text/plain; charset=utf-8', '404 找不到该文件', head)
    file = index
  }
  const ext = path.extname(file).toLowerCase()
  const type = TYPES[ext] ?? 'application/octet-stream'
  const cache = file !== index && HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache'
  const stat = fs.statSync(file)
  const headers: Record<string, string | number> = { 'Content-Type': type, 'Cache-Control': cache }
  let body = { file, size: stat.size }
  if (COMPRESSIBLE.has(ext)) {
    // The answer depends on Accept-Encoding, so caches must key on it too.
    headers.Vary = 'Accept-Encoding'
    const variant = precompressed(file, stat, req.headers['accept-encoding'])
    if (variant) {
      headers['Content-Encoding'] = variant.encoding
      body = variant
    }
  }
  headers['Content-Length'] = body.size
  res.writeHead(200, headers)
  if (head) return void res.end()
  fs.createReadStream(body.file)
    .on('error', () => res.destroy())
    .pipe(res)
}
