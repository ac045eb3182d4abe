import fs from 'fs'
import http from 'http'
import path from 'path'
import { startTestHost } from './local-host'

// The local host's roster-file upload route over real HTTP (demo mode), then the import job
// driven through /api like the H5 page does.

const t = startTestHost('theory-import-')

type Json = { ok: boolean; data?: Record<string, unknown>; code?: string; message?: string }

async function login(phone: string): Promise<string> {
  const res = await fetch(`${t.host.url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  return ((await res.json()) as { token: string }).token
}

async function upload(token: string | null, body: Buffer, name: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${t.host.url}/import-upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    body: new Uint8Array(body)
  })
  return { status: res.status, json: (await res.json()) as Json }
}

/** A chunked upload (no Content-Length): the route must count while streaming. */
function chunkedUpload(token: string, chunks: number, chunkBytes: number): Promise<{ status: number; json: Json }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${t.host.url}/import-upload?name=big.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Transfer-Encoding': 'chunked' }
    })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (c: Buffer) => (text += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Json }))
    })
    req.on('error', reject)
    let sent = 0
    const pump = () => {
      while (sent < chunks) {
        sent++
        if (!req.write(Buffer.alloc(chunkBytes, 0x41))) return void req.once('drain', pump)
      }
      req.end()
    }
    pump()
  })
}

const api = async (token: string, action: string, input: unknown): Promise<Json> => {
  const res = await fetch(`${t.host.url}/api/api`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, input, idempotencyKey: `import-${Math.random().toString(36).slice(2)}` })
  })
  return (await res.json()) as Json
}

const importFiles = (): string[] =>
  fs.existsSync(path.join(t.dataDir, 'files', 'imports'))
    ? fs
        .readdirSync(path.join(t.dataDir, 'files', 'imports'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : []

describe('roster file upload on the local host', () => {
  it('refuses no session, a non-admin, and a file that is not .csv/.xlsx', async () => {
    expect((await upload(null, Buffer.from('x'), 'a.csv')).status).toBe(401)
    expect((await upload(await login('13800000001'), Buffer.from('x'), 'a.csv')).status).toBe(403)
    const admin = await login('13800000000')
    expect(await upload(admin, Buffer.from('x'), 'a.pdf')).toMatchObject({
      status: 400,
      json: { message: '请上传 .xlsx 或 .csv 文件' }
    })
  })

  it('refuses more than 5 MB by Content-Length before reading, and by counting when streamed', async () => {
    const admin = await login('13800000000')
    const big = await upload(admin, Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'big.csv')
    expect(big).toMatchObject({ status: 413, json: { message: '文件太大，请拆分后导入（不超过5MB）' } })
    const streamed = await chunkedUpload(admin, 6, 1024 * 1024)
    expect(streamed).toMatchObject({ status: 413, json: { code: 'VALIDATION' } })
    expect(importFiles()).toEqual([])
  })

  it('stores the file in the admin’s import folder, and the job imports it through /api', async () => {
    const admin = await login('13800000000')
    const lines = ['姓名,手机号,单位,职务,角色']
    for (let i = 0; i < 600; i++) lines.push(`干部${i},136${String(i).padStart(8, '0')},区教育局,科员,`)
    const { status, json } = await upload(admin, Buffer.from(lines.join('\n')), '名册.csv')
    expect(status).toBe(200)
    const storageKey = json.data?.storageKey as string
    expect(storageKey).toMatch(/^imports\/[^/]+\/[a-f0-9]{24}\.csv$/)
    const started = await api(admin, 'roster.import.start', { fileName: '名册.csv', storageKey })
    expect(started).toMatchObject({ ok: true, data: { total: 600, written: 0, status: 'writing' } })
    const jobId = started.data?.id as string
    expect(await api(admin, 'roster.import.step', { jobId })).toMatchObject({ data: { written: 500, status: 'writing' } })
    expect(await api(admin, 'roster.import.step', { jobId })).toMatchObject({ data: { written: 600, status: 'committed' } })
    expect(await t.host.store.people.getByPhone('13600000599')).toMatchObject({ name: '干部599' })
    expect(importFiles()).toEqual([]) // the file goes once the import is done
  })
})
