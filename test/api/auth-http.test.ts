import fs from 'fs'
import os from 'os'
import path from 'path'
import type { RunningHost } from '../../cloudfunctions/local/host'
import { startLocalHost } from '../../cloudfunctions/local/host'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Person } from '../../src/core/model'

// Login, logout and revocation on the local host over real HTTP, with a clock the test moves.

const ADMIN = '13800000000'
const CADRE = '13800000001'
const OTHER = '13800000002'

interface Json {
  [key: string]: unknown
}

let now = new Date('2026-11-20T02:00:00Z') // 10:00 in Beijing
const clock = { now: () => now }
const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000)
}
const codes = new Map<string, string>()
const dirs: string[] = []
let host: RunningHost
let seq = 0

function start(dataDir: string, demoMode: boolean): Promise<RunningHost> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-h5-'))
  dirs.push(staticDir)
  const onCodeIssued = (person: Person, code: string) => codes.set(person.phone, code)
  return startLocalHost({ dataDir, staticDir, port: 0, host: '127.0.0.1', demoMode, log: silentLogger, clock, onCodeIssued })
}

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-auth-'))
  dirs.push(dir)
  return dir
}

async function post(route: string, body: unknown, token?: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body)
  })
  return { status: res.status, json: (await res.json()) as Json }
}

const login = (phone: string, code: string) => post('/auth/login', { phone, code })
const call = (action: string, input: unknown, token: string) =>
  post('/api/api', { action, input, idempotencyKey: `auth-http-key-${++seq}` }, token)

async function tokenOf(phone: string, code: string): Promise<string> {
  const { status, json } = await login(phone, code)
  expect([status, json.ok]).toEqual([200, true])
  return json.token as string
}

/** Has the admin issue a code to the person with this phone; returns it. */
async function issue(adminToken: string, phone: string): Promise<string> {
  const personId = `seed-person-${phone}`
  const { json } = await call('roster.codes.issue', { personId }, adminToken)
  expect(json.ok).toBe(true)
  return codes.get(phone) as string
}

afterAll(async () => {
  await host?.close()
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe('local host login without demo mode', () => {
  let admin: string
  let dataDir: string

  beforeAll(async () => {
    dataDir = freshDir()
    host = await start(dataDir, false)
    const first = host.bootstrapCode
    if (!first) throw new Error('a fresh non-demo host issues the first admin a code')
    admin = await tokenOf(first.person.phone, first.code)
  })

  it('refuses 123456 for everyone of a database not seeded in demo mode', async () => {
    expect(host.demoDatabase).toBe(false)
    const { status, json } = await login(ADMIN, '123456')
    expect([status, json.code]).toEqual([401, 'AUTH.BAD_CODE'])
  })

  it('counts wrong codes, clears them on the right one, then locks the phone out and says until when', async () => {
    const code = await issue(admin, CADRE)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 4; i++) expect((await login(CADRE, wrong)).status).toBe(401)
    expect((await call('roster.codes.status', { personId: `seed-person-${CADRE}` }, admin)).json).toMatchObject({
      data: { recentFailures: 4, lockedUntil: null }
    })
    await tokenOf(CADRE, code)
    expect((await call('roster.codes.status', { personId: `seed-person-${CADRE}` }, admin)).json).toMatchObject({
      data: { recentFailures: 0 }
    })
    for (let i = 0; i < 4; i++) await login(CADRE, wrong)
    const fifth = await login(CADRE, wrong)
    expect([fifth.status, fifth.json.code, fifth.json.message]).toEqual([
      429,
      'AUTH.LOCKED',
      '验证失败次数过多，请于 10:15 后再试'
    ])
    const fresh = await issue(admin, CADRE)
    expect(await login(CADRE, fresh)).toMatchObject({ status: 429, json: { code: 'AUTH.LOCKED' } })
    later(15 * 60 + 1)
    await tokenOf(CADRE, fresh)
  })

  it('answers an unknown phone with the same status and body as a wrong code', async () => {
    await issue(admin, OTHER)
    const unknown = await login('13912345678', '000000')
    const known = await login(OTHER, '000000')
    expect(unknown).toEqual(known)
  })

  it('revokes the token on logout; a new login works', async () => {
    later(1)
    const token = await tokenOf(CADRE, await issue(admin, CADRE))
    expect((await call('me.get', {}, token)).json.ok).toBe(true)
    expect(await post('/auth/logout', {}, token)).toEqual({ status: 200, json: { ok: true } })
    const after = await call('me.get', {}, token)
    expect([after.status, after.json.code]).toEqual([401, 'UNAUTHENTICATED'])
    // Logging out again with the dead token is still fine.
    expect((await post('/auth/logout', {}, token)).status).toBe(200)
    later(1)
    const again = await tokenOf(CADRE, await issue(admin, CADRE))
    expect((await call('me.get', {}, again)).json.ok).toBe(true)
  })

  it('does not revive tokens issued before a deactivation when the person is reactivated', async () => {
    later(1)
    const token = await tokenOf(CADRE, await issue(admin, CADRE))
    const person = { name: '李明轩', phone: CADRE, unitId: 'seed-unit-fgj', position: '', roles: ['cadre'] }
    const { json: before } = await call('roster.people.list', { q: CADRE }, admin)
    const current = (before.data as { items: Array<{ position: string }> }).items[0]
    const save = (active: boolean) =>
      call('roster.people.save', { id: `seed-person-${CADRE}`, ...person, position: current.position, active }, admin)
    expect((await save(false)).json.ok).toBe(true)
    later(1)
    expect((await save(true)).json.ok).toBe(true)
    expect((await call('me.get', {}, token)).status).toBe(401)
    later(1)
    const fresh = await tokenOf(CADRE, await issue(admin, CADRE))
    expect((await call('me.get', {}, fresh)).json.ok).toBe(true)
  })

  it('still refuses 123456 after a restart in demo mode', async () => {
    await host.close()
    host = await start(dataDir, true)
    expect(host.demoDatabase).toBe(false)
    expect((await login(ADMIN, '123456')).status).toBe(401)
  })
})

describe('local host login in a demo database', () => {
  beforeAll(async () => {
    await host?.close()
    host = await start(freshDir(), true)
  })

  it('takes 123456 from the seeded people, never from someone added later', async () => {
    expect(host.demoDatabase).toBe(true)
    const admin = await tokenOf(ADMIN, '123456')
    const added = await call(
      'roster.people.save',
      { name: '新来的', phone: '13912340000', unitId: 'seed-unit-fgj', position: '干部', roles: ['admin'], active: true },
      admin
    )
    expect(added.json.ok).toBe(true)
    expect((await login('13912340000', '123456')).status).toBe(401)
  })
})
