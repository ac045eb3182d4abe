import fs from 'fs'
import path from 'path'
import { LINK_SECONDS, linkSigner } from '../../cloudfunctions/lib/adapters/sqlite/files/disk-files'
import { dayOf, monthOf } from '../../src/core/time'
import { startTestHost } from './local-host'

// The local host's upload and download endpoints over real HTTP, in demo mode.

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 2, 3])
const t = startTestHost('theory-upload-')

type Json = { ok: boolean; data?: { id: string }; code?: string; message?: string }

async function login(phone: string): Promise<string> {
  const res = await fetch(`${t.host.url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  return ((await res.json()) as { token: string }).token
}

async function upload(token: string | null, body: Buffer, name: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${t.host.url}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    body: new Uint8Array(body)
  })
  return { status: res.status, json: (await res.json()) as Json }
}

const api = async (token: string, action: string, input: unknown) => {
  const res = await fetch(`${t.host.url}/api/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, input, idempotencyKey: `files-${Math.random().toString(36).slice(2)}` })
  })
  return (await res.json()) as Json
}

describe('file upload and download on the local host', () => {
  it('refuses an upload without a session', async () => {
    expect((await upload(null, JPEG, 'a.jpg')).status).toBe(401)
  })

  it('refuses a ".jpg" that is really a script, by its content, and keeps nothing', async () => {
    const token = await login('13800000001')
    const { status, json } = await upload(token, Buffer.from('#!/bin/sh\nrm -rf /\n'), 'photo.jpg')
    expect(status).toBe(400)
    expect(json.message).toBe('只能上传 jpg、png、webp 图片（10 MB 以内）或 pdf、docx 文档（20 MB 以内）')
    const left = fs.readdirSync(path.join(t.dataDir, 'files', 'uploads'), { recursive: true, withFileTypes: true })
    expect(left.filter((e) => e.isFile())).toEqual([])
  })

  it('refuses a 21 MB pdf', async () => {
    const token = await login('13800000001')
    const big = Buffer.alloc(21 * 1024 * 1024, 0x20)
    big.write('%PDF-1.7\n')
    const { status, json } = await upload(token, big, 'big.pdf')
    expect(status).toBe(413)
    expect(json.message).toBe('文件太大：图片不能超过 10 MB，文档不能超过 20 MB')
  })

  it('refuses an 11 MB image though a pdf of that size would do', async () => {
    const token = await login('13800000001')
    const big = Buffer.alloc(11 * 1024 * 1024)
    JPEG.copy(big)
    const { status, json } = await upload(token, big, 'big.jpg')
    expect([status, json.message]).toEqual([400, '图片不能超过 10 MB'])
  })

  it('counts uploads against the quota: over it, answers the reason on `file` and keeps nothing', async () => {
    const token = await login('13800000002')
    const person = await t.host.store.people.getByPhone('13800000002')
    const now = new Date()
    const usage = { month: monthOf(now), files: 50, bytes: 50 * JPEG.length, day: dayOf(now), dayFiles: 50 }
    await t.host.store.uploadUsage.put({ personId: person?.id as string, ...usage, updatedAt: now.toISOString() })
    const stored = () =>
      fs.readdirSync(path.join(t.dataDir, 'files', 'uploads'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    const before = stored().length
    const { status, json } = await upload(token, JPEG, 'a.jpg')
    expect([status, json.code, json.message, (json as { field?: string }).field]).toEqual([
      400,
      'VALIDATION',
      '今天上传的文件已达 50 个，请明天再上传',
      'file'
    ])
    expect(stored()).toHaveLength(before)
    expect(await t.host.store.uploadUsage.get(person?.id as string, monthOf(now))).toMatchObject(usage)
  })

  it('serves a note’s image to its author and unit leader, never to someone outside the unit', async () => {
    const cadre = await login('13800000001')
    const { status, json } = await upload(cadre, JPEG, '合影.jpg')
    expect(status).toBe(200)
    const fileId = json.data?.id as string
    const fetchAs = (token: string | null) =>
      fetch(`${t.host.url}/files/${fileId}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} })

    const leader = await login('13800000004')
    // Not attached yet: only the uploader sees it.
    expect((await fetchAs(leader)).status).toBe(404)
    const note = await api(cadre, 'note.save', { date: dayOf(new Date()), title: '心得', body: '正文', fileIds: [fileId] })
    expect(note.ok).toBe(true)

    const own = await fetchAs(cadre)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await own.arrayBuffer())).toEqual(JPEG)
    expect((await fetchAs(leader)).status).toBe(200)

    // A cadre of another unit (the demo district leader's unit differs from the cadre's) is refused.
    const outsider = await outsiderToken()
    expect((await fetchAs(outsider)).status).toBe(404)
    expect((await fetchAs(null)).status).toBe(401)
  })

  it('links files with a short-lived signature, never with the session token', async () => {
    const cadre = await login('13800000001')
    const { json } = await upload(cadre, JPEG, '现场.jpg')
    const fileId = json.data?.id as string
    const note = (await api(cadre, 'note.save', {
      date: dayOf(new Date()),
      title: '心得二',
      body: '正文',
      fileIds: [fileId]
    })) as {
      data?: { attachments: Array<{ url: string }> }
    }
    const link = note.data?.attachments[0].url as string
    expect(link).toMatch(new RegExp(`^/files/${fileId}\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`))
    expect(link).not.toContain(cadre)
    // The link alone opens the file (an <img> sends no header)…
    const viaLink = await fetch(`${t.host.url}${link}`)
    expect(viaLink.status).toBe(200)
    expect(Buffer.from(await viaLink.arrayBuffer())).toEqual(JPEG)
    // …but not another file, a forged signature, or an expiry moved later.
    const exp = Number(new URL(link, t.host.url).searchParams.get('exp'))
    const sig = new URL(link, t.host.url).searchParams.get('sig')
    expect(exp * 1000 - Date.now()).toBeLessThanOrEqual(600_000)
    const other = (await upload(cadre, JPEG, 'other.jpg')).json.data?.id as string
    expect((await fetch(`${t.host.url}/files/${other}?exp=${exp}&sig=${sig}`)).status).toBe(403)
    expect((await fetch(`${t.host.url}/files/${fileId}?exp=${exp + 3600}&sig=${sig}`)).status).toBe(403)
    expect((await fetch(`${t.host.url}/files/${fileId}?exp=${exp}&sig=${'A'.repeat(43)}`)).status).toBe(403)
    // The session token in the URL no longer opens anything.
    expect((await fetch(`${t.host.url}/files/${fileId}?token=${encodeURIComponent(cadre)}`)).status).toBe(401)
  })

  it('refuses a signed link once it has expired', async () => {
    const signer = linkSigner(Buffer.from('k'))
    const issued = new Date('2026-11-20T02:00:00Z')
    const query = new URLSearchParams(signer.sign('f'.repeat(24), issued))
    const check = (at: number) =>
      signer.verify('f'.repeat(24), query.get('exp'), query.get('sig'), new Date(issued.getTime() + at))
    expect(check(LINK_SECONDS * 1000 - 1000)).toBe(true)
    expect(check(LINK_SECONDS * 1000)).toBe(false)
  })
})

/** Logs in a seeded person of another unit than the demo cadre's. */
async function outsiderToken(): Promise<string> {
  const people = await t.host.store.people.search({ offset: 0, limit: 200 })
  const cadre = people.items.find((p) => p.phone === '13800000001')
  const other = people.items.find((p) => p.unitId !== cadre?.unitId && p.active && !p.roles.includes('admin'))
  if (!other) throw new Error('no outsider in the demo district')
  return login(other.phone)
}
