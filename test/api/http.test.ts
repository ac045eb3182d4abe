import { execFileSync, spawnSync } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'
import type { RunningHost } from '../../cloudfunctions/local/host'
import { startLocalHost } from '../../cloudfunctions/local/host'
import { StoreLockedError } from '../../cloudfunctions/lib/adapters/sqlite'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { dayOf } from '../../src/core/time'

// The local host over real HTTP on a free loopback port, with a fresh data folder in demo mode.

const ROOT = path.resolve(__dirname, '../..')
const CADRE = '13800000001'

let dataDir: string
let staticDir: string
let host: RunningHost

interface Json {
  [key: string]: unknown
}

async function start(): Promise<RunningHost> {
  return startLocalHost({ dataDir, staticDir, port: 0, host: '127.0.0.1', demoMode: true, log: silentLogger })
}

async function post(route: string, body: unknown, token?: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, json: (await res.json()) as Json }
}

async function login(phone: string): Promise<string> {
  const { status, json } = await post('/auth/login', { phone, code: '123456' })
  expect(status).toBe(200)
  return json.token as string
}

const call = (action: string, input: unknown, token?: string, idempotencyKey?: string) =>
  post('/api/api', { action, input, idempotencyKey }, token).then((r) => r.json)

const MB = 1024 * 1024

/**
 * A plain socket client that writes the whole request (`megabytes` of spaces, each MB framed by
 * `frame`) before it reads a byte of the answer, and returns the raw answer or the socket error.
 */
function rawPost(
  route: string,
  headers: Record<string, string>,
  frame: (chunk: Buffer) => Buffer,
  megabytes: number,
  trailer = Buffer.alloc(0)
): Promise<string> {
  const { hostname, port } = new URL(host.url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    const received: Buffer[] = []
    socket.on('data', (chunk) => received.push(chunk))
    socket.on('error', (error) => resolve(`socket error: ${error.message}`))
    socket.on('close', () => resolve(Buffer.concat(received).toString('utf8')))
    socket.pause()
    const lines = [`POST ${route} HTTP/1.1`, `Host: ${hostname}`, 'Content-Type: application/json']
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    const write = (data: Buffer) => new Promise<void>((done) => socket.write(data, () => done()))
    void (async () => {
      await write(Buffer.from(lines.join('\r\n') + '\r\n\r\n'))
      const chunk = frame(Buffer.alloc(MB, 0x20))
      for (let i = 0; i < megabytes && !socket.destroyed; i++) await write(chunk)
      if (!socket.destroyed) await write(trailer)
      socket.resume()
    })()
  })
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-http-'))
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-h5-'))
  host = await start()
})

afterAll(async () => {
  await host?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(staticDir, { recursive: true, force: true })
})

describe('local host over HTTP', () => {
  it('answers the health check', async () => {
    const res = await fetch(`${host.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('seeds the demo district once, with the demo cadre at 0/5', async () => {
    expect(host.seed).toMatchObject({ seeded: true, areas: expect.any(Number), units: expect.any(Number) })
    expect(host.seed.units).toBeGreaterThanOrEqual(6)
    expect(host.seed.people).toBeGreaterThanOrEqual(40)
    expect(host.seed.speeches).toBeGreaterThanOrEqual(20)
    const month = await call('study.month', {}, await login(CADRE))
    expect(month).toMatchObject({ ok: true, data: { count: 0, quota: 5 } })
  })

  it('logs a demo person in with 123456 and returns their person', async () => {
    const { status, json } = await post('/auth/login', { phone: CADRE, code: '123456' })
    expect(status).toBe(200)
    expect(json.token).toEqual(expect.any(String))
    expect(json.person).toMatchObject({ phone: CADRE, name: '李明轩', unitName: '区发展和改革局', roles: ['cadre'] })
  })

  it('refuses a wrong code with 401 and a Chinese message', async () => {
    const { status, json } = await post('/auth/login', { phone: CADRE, code: '654321' })
    expect(status).toBe(401)
    expect(json).toMatchObject({ ok: false, code: 'AUTH.BAD_CODE', field: 'code' })
    expect(json.message).toMatch(/验证码/)
  })

  it('refuses a malformed phone with 400 naming the field', async () => {
    const { status, json } = await post('/auth/login', { phone: '12345', code: '123456' })
    expect(status).toBe(400)
    expect(json).toMatchObject({ ok: false, code: 'VALIDATION', field: 'phone' })
  })

  it('records a study once for the same idempotency key', async () => {
    const token = await login(CADRE)
    const input = { title: '在民营企业座谈会上的讲话', studiedOn: dayOf(new Date()), minutes: 40 }
    const first = await call('study.record', input, token, 'http-test-key-0001')
    const again = await call('study.record', input, token, 'http-test-key-0001')
    expect(first).toMatchObject({ ok: true, data: { title: input.title } })
    expect(again).toEqual(first)
    expect(await call('study.month', {}, token)).toMatchObject({ ok: true, data: { count: 1 } })
  })

  it('returns a validation failure naming the field, in Chinese', async () => {
    const token = await login(CADRE)
    const result = await call('study.record', { title: '测试', studiedOn: '2026-13-01' }, token, 'http-test-key-0002')
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', field: 'studiedOn' })
    expect(result.message).toMatch(/学习日期/)
  })

  it('forbids a cadre from listing the roster', async () => {
    const result = await call('roster.people.list', {}, await login(CADRE))
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('treats a missing or forged token as unauthenticated, whatever the body claims', async () => {
    expect(await call('study.month', {}, undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const token = await login(CADRE)
    // The cadre's signature on a payload that claims to be the admin.
    const claim = Buffer.from(JSON.stringify({ sub: 'seed-person-13800000000', exp: Date.now() + 60000 })).toString('base64url')
    const forged = `${claim}.${token.split('.')[1]}`
    expect(await call('study.month', {}, forged)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const sneaky = await post('/api/api', { action: 'me.get', input: {}, personId: 'seed-person-13800000000' })
    expect(sneaky.json).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  it('answers 404 for an unknown function and 400 for a broken body', async () => {
    const unknown = await post('/api/nope', { action: 'system.ping' })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const broken = await post('/api/api', '{not json')
    expect(broken.status).toBe(400)
    expect(broken.json).toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('serves the H5 app with an index.html fallback, and never files outside it', async () => {
    const missing = await fetch(`${host.url}/`)
    expect(missing.status).toBe(503)
    expect(await missing.text()).toMatch(/npm run build:h5/)
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>理论学习助手</title>')
    fs.writeFileSync(path.join(staticDir, 'app.0123abcd.js'), 'console.log(1)')
    const page = await fetch(`${host.url}/pages/home/index`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('理论学习助手')
    const asset = await fetch(`${host.url}/app.0123abcd.js`)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    const escape = await fetch(`${host.url}/..%2f..%2fsecret.key`)
    expect(await escape.text()).not.toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers a malformed percent-encoding in the function name with 400, not 500', async () => {
    for (const route of ['/api/%E0%A4%A', '/api/%', '/api/api%ZZ']) {
      const { status, json } = await post(route, { action: 'system.ping' })
      expect([route, status, json.code]).toEqual([route, 400, 'VALIDATION'])
    }
  })

  it('refuses an action name that is not a string before it reaches the store', async () => {
    const token = await login(CADRE)
    const input = { title: '数组操作名', studiedOn: dayOf(new Date()) }
    for (const action of [['study.record'], { 0: 'study.record' }, 42]) {
      const { json } = await post('/api/api', { action, input, idempotencyKey: 'http-test-array-0001' }, token)
      expect(json).toMatchObject({ ok: false, code: 'VALIDATION', field: 'action' })
    }
    expect(await call('study.month', {}, token)).toMatchObject({ ok: true, data: { count: 1 } })
  })

  it('answers 413 to a 20 MB body every time, even to a client that sends it all before reading', async () => {
    // The reset happened to clients like this one: the host closed on unread data before the client read.
    for (let i = 0; i < 5; i++) {
      const answer = await rawPost('/api/api', { 'Content-Length': String(20 * MB) }, (chunk) => chunk, 20)
      expect(answer).toMatch(/^HTTP\/1\.1 413 /)
      expect(answer).toMatch(/connection: close/i)
      expect(answer).toContain('"code":"VALIDATION"')
    }
  })

  it('answers 413 to a streamed body without a length once it passes the cap', async () => {
    const chunked = (chunk: Buffer) =>
      Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    for (const route of ['/api/api', '/auth/login']) {
      const answer = await rawPost(route, { 'Transfer-Encoding': 'chunked' }, chunked, 20, Buffer.from('0\r\n\r\n'))
      expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    }
  })

  it('takes a body only as application/json: 415 for a form or text/plain post', async () => {
    for (const [route, type] of [
      ['/api/api', 'text/plain;charset=UTF-8'],
      ['/api/api', 'application/x-www-form-urlencoded'],
      ['/auth/login', 'multipart/form-data; boundary=x'],
      ['/auth/login', '']
    ]) {
      const res = await fetch(`${host.url}${route}`, {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: type ? JSON.stringify({ phone: CADRE, code: '123456' }) : new Uint8Array(Buffer.from('{}'))
      })
      expect([route, type, res.status]).toEqual([route, type, 415])
      expect(await res.json()).toMatchObject({ ok: false, code: 'VALIDATION' })
    }
    const charset = await fetch(`${host.url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
      body: JSON.stringify({ phone: CADRE, code: '123456' })
    })
    expect(charset.status).toBe(200)
  })

  it('sends the security headers on API answers, errors and the H5 app', async () => {
    fs.writeFileSync(
      path.join(staticDir, 'index.html'),
      '<!doctype html><title>理论学习助手</title><script>document.title+="";</script><script src="/js/app.js"></script>'
    )
    const inlineHash = `'sha256-${createHash('sha256').update('document.title+="";').digest('base64')}'`
    const answers = {
      api: await fetch(`${host.url}/api/api`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      notFound: await fetch(`${host.url}/api/nope`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}'
      }),
      badMethod: await fetch(`${host.url}/api/api`),
      health: await fetch(`${host.url}/healthz`),
      page: await fetch(`${host.url}/pages/home/index`),
      missingAsset: await fetch(`${host.url}/js/missing.0123abcd.js`)
    }
    for (const [name, res] of Object.entries(answers)) {
      expect([name, res.headers.get('x-content-type-options')]).toEqual([name, 'nosniff'])
      expect([name, res.headers.get('referrer-policy')]).toEqual([name, 'no-referrer'])
      expect([name, res.headers.get('content-security-policy')]).toEqual([
        name,
        expect.stringContaining("frame-ancestors 'none'")
      ])
    }
    expect(answers.api.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    const appPolicy = answers.page.headers.get('content-security-policy') ?? ''
    expect(appPolicy).toContain(`script-src 'self' ${inlineHash}`)
    expect(appPolicy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(appPolicy).toMatch(/img-src 'self' data: blob:/)
    expect(appPolicy).toMatch(/connect-src 'self'/)
  })

  it('keeps data across a restart', async () => {
    await host.close()
    host = await start()
    expect(host.seed.seeded).toBe(false)
    expect(await call('study.month', {}, await login(CADRE))).toMatchObject({ ok: true, data: { count: 1 } })
  })

  it('refuses a second host on the same data folder', async () => {
    await expect(start()).rejects.toBeInstanceOf(StoreLockedError)
    // And as its own process, the way `npm start` runs it: a clear message and exit code 1.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-functions.js'), '--stale', 'local'], { cwd: ROOT })
    const second = spawnSync(process.execPath, [path.join(ROOT, '.temp/local/server.js')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 20000
    })
    expect(second.status).toBe(1)
    expect(second.stderr).toMatch(/正被另一个进程/)
  })
})
