import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import os from 'os'
import path from 'path'
import zlib from 'zlib'
import { acceptsEncoding, serveStatic } from '../../cloudfunctions/local/static'

// Run beside the real builder so the test proves the pair: what the build writes, the host sends.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { compressH5 } = require('../../scripts/compress-h5') as {
  compressH5: (dir: string) => { files: number; bytes: number; br: number; gz: number }
}

const APP = 'console.log("理论学习助手");\n'.repeat(200)
let root: string
let server: http.Server
let base: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-static-'))
  fs.mkdirSync(path.join(root, 'js'))
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>理论学习助手</title>')
  fs.writeFileSync(path.join(root, 'js/app.0123abcd.js'), APP)
  fs.writeFileSync(path.join(root, 'logo.png'), Buffer.alloc(4096, 1))
  compressH5(root)
  server = http.createServer((req, res) => serveStatic(root, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(root, { recursive: true, force: true })
})

/** A raw GET (fetch would decode the body and hide what was sent). */
function get(urlPath: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }
    http
      .get(`${base}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

describe('the H5 build served precompressed', () => {
  it('sends brotli to a browser that takes it, with Vary and the immutable cache of a hashed asset', async () => {
    const r = await get('/js/app.0123abcd.js', 'gzip, deflate, br')
    expect(r.headers['content-encoding']).toBe('br')
    expect(r.headers.vary).toBe('Accept-Encoding')
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(Number(r.headers['content-length'])).toBe(r.body.length)
    expect(r.body.length).toBeLessThan(APP.length / 10)
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(APP)
  })

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await get('/js/app.0123abcd.js', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(APP)
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/js/app.0123abcd.js', accept)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.headers.vary).toBe('Accept-Encoding')
      expect(plain.body.toString()).toBe(APP)
    }
  })

  it('keeps index.html uncached and leaves images alone', async () => {
    const index = await get('/', 'br')
    expect(index.headers['cache-control']).toBe('no-cache')
    expect(index.body.toString()).toContain('理论学习助手')
    const png = await get('/logo.png', 'br, gzip')
    expect([png.headers['content-encoding'], png.headers.vary]).toEqual([undefined, undefined])
  })

  it('ignores a compressed copy older than its file (a rebuild without compressing)', async () => {
    const file = path.join(root, 'js/app.0123abcd.js')
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(file, later, later)
    const r = await get('/js/app.0123abcd.js', 'br, gzip')
    expect(r.headers['content-encoding']).toBeUndefined()
    expect(r.body.toString()).toBe(APP)
  })

  it('reads Accept-Encoding with weights and wildcards', () => {
    expect(acceptsEncoding('gzip, br;q=0.5', 'br')).toBe(true)
    expect(acceptsEncoding('gzip, br;q=0', 'br')).toBe(false)
    expect(acceptsEncoding('*', 'br')).toBe(true)
    expect(acceptsEncoding('*;q=0, gzip', 'br')).toBe(false)
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false)
  })
})
