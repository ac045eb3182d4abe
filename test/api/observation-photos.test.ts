import fs from 'fs'
import os from 'os'
import path from 'path'
import type { RunningHost } from '../../cloudfunctions/local/host'
import { startLocalHost } from '../../cloudfunctions/local/host'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { DEFAULT_RUBRIC } from '../../src/core/rules/observation'
import { dayOf } from '../../src/core/time'

/** A signed, short-lived local link to the file (never the session token). */
const signedLink = (id: string) => expect.stringMatching(new RegExp(`^/files/${id}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`))

// On-site photos of a score sheet over real HTTP on the demo host: the demo observer (group leader)
// scores today's fixed observation of 区发展和改革局 (the demo secretary's unit) with a photo.

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 2, 3])
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')
const SESSION = 'seed-obs-today'
const PHONES = {
  leader: '13800000005',
  member: '13812340204',
  admin: '13800000000',
  cadre: '13800000001',
  secretary: '13800000003',
  unitLeader: '13800000004'
}

type Json = { ok: boolean; data?: Record<string, unknown>; code?: string; message?: string; field?: string }
type Sheet = { photos: Array<{ fileId: string; image: boolean; url: string }> }

let dataDir: string
let staticDir: string
let host: RunningHost
const tokens: Record<string, string> = {}

async function login(phone: string): Promise<string> {
  const res = await fetch(`${host.url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  return ((await res.json()) as { token: string }).token
}

async function upload(token: string, body: Buffer, name: string): Promise<string> {
  const res = await fetch(`${host.url}/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new Uint8Array(body)
  })
  const json = (await res.json()) as Json
  if (!json.ok) throw new Error(`upload refused: ${json.message}`)
  return String(json.data?.id)
}

async function api(token: string, action: string, input: unknown): Promise<Json> {
  const res = await fetch(`${host.url}/api/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, input, idempotencyKey: `photos-${Math.random().toString(36).slice(2)}` })
  })
  return (await res.json()) as Json
}

const fetchStatus = async (token: string, fileId: string) =>
  (await fetch(`${host.url}/files/${fileId}`, { headers: { Authorization: `Bearer ${token}` } })).status

const sheet = (photos?: string[]) => ({
  observationId: SESSION,
  rubricVersion: DEFAULT_RUBRIC.version,
  scores: Object.fromEntries(DEFAULT_RUBRIC.items.map((i) => [i.key, i.max - 1])),
  comments: '领学准备充分，研讨联系实际。',
  documentReview: { studyPlan: true, firstAgendaRecords: true, materials: true, note: null },
  ...(photos ? { photos } : {})
})

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-photos-'))
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-h5-'))
  host = await startLocalHost({ dataDir, staticDir, port: 0, host: '127.0.0.1', demoMode: true, log: silentLogger })
  for (const [who, phone] of Object.entries(PHONES)) tokens[who] = await login(phone)
})

afterAll(async () => {
  await host?.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(staticDir, { recursive: true, force: true })
})

describe('on-site photos of a score sheet', () => {
  it('submits a sheet without photos', async () => {
    const r = await api(tokens.member, 'observe.sheet.submit', sheet())
    expect(r.ok).toBe(true)
    expect((r.data as Sheet).photos).toEqual([])
  })

  it('refuses a file that is not an image, naming the photos field in Chinese', async () => {
    const pdf = await upload(tokens.leader, PDF, '学习计划.pdf')
    const photo = await upload(tokens.leader, JPEG, '现场.jpg')
    const r = await api(tokens.leader, 'observe.sheet.submit', sheet([photo, pdf]))
    expect([r.ok, r.code, r.field, r.message]).toEqual([false, 'VALIDATION', 'photos.1', '现场照片只能是 jpg、png、webp 图片'])
  })

  it('refuses someone else’s upload as a photo', async () => {
    const theirs = await upload(tokens.member, JPEG, '别人的.jpg')
    const r = await api(tokens.leader, 'observe.sheet.submit', sheet([theirs]))
    expect([r.code, r.field]).toEqual(['NOT_FOUND', 'photos.0'])
  })

  it('lists a member’s photo links on every group member’s session page, and none to the unit before feedback', async () => {
    const photo = await upload(tokens.leader, JPEG, '现场.jpg')
    expect((await api(tokens.leader, 'observe.sheet.submit', sheet([photo]))).ok).toBe(true)
    const seen = await api(tokens.member, 'observe.session', { id: SESSION })
    const sheets = seen.data?.sheets as Array<{ total: number } & Sheet>
    expect(sheets.flatMap((s) => s.photos.map((p) => p.url))).toEqual([signedLink(photo)])
    const unit = await api(tokens.secretary, 'observe.unit.list', {})
    const item = (unit.data?.items as Array<{ id: string } & Sheet>).find((o) => o.id === SESSION)
    expect(item?.photos).toEqual([])
  })

  it('shows a sheet’s photo to its group and the admin, to the observed unit only after feedback, never to others', async () => {
    const photo = await upload(tokens.leader, JPEG, '现场.jpg')
    const saved = await api(tokens.leader, 'observe.sheet.submit', sheet([photo]))
    expect(saved.ok).toBe(true)
    expect((saved.data as Sheet).photos.map((p) => [p.fileId, p.image, p.url])).toEqual([[photo, true, signedLink(photo)]])
    const session = await api(tokens.leader, 'observe.session', { id: SESSION })
    expect((session.data?.mySheet as Sheet).photos.map((p) => p.fileId)).toEqual([photo])

    expect(await fetchStatus(tokens.leader, photo)).toBe(200)
    expect(await fetchStatus(tokens.member, photo)).toBe(200)
    expect(await fetchStatus(tokens.admin, photo)).toBe(200)
    expect(await fetchStatus(tokens.cadre, photo)).toBe(404)
    expect(await fetchStatus(tokens.secretary, photo)).toBe(404)

    // Taken off the sheet, the photo is the uploader's alone again.
    expect((await api(tokens.leader, 'observe.sheet.submit', sheet([]))).ok).toBe(true)
    expect(await fetchStatus(tokens.member, photo)).toBe(404)
    expect((await api(tokens.leader, 'observe.sheet.submit', sheet([photo]))).ok).toBe(true)

    const deadline = dayOf(new Date(Date.now() + 10 * 24 * 3600 * 1000))
    const sent = await api(tokens.leader, 'observe.feedback.send', {
      observationId: SESSION,
      findings: '研讨还不够深入',
      suggestions: '围绕重点工作开展专题研讨',
      deadline
    })
    expect(sent.ok).toBe(true)
    expect(await fetchStatus(tokens.secretary, photo)).toBe(200)
    expect(await fetchStatus(tokens.unitLeader, photo)).toBe(200)
    const unit = await api(tokens.unitLeader, 'observe.unit.list', {})
    const item = (unit.data?.items as Array<{ id: string } & Sheet>).find((o) => o.id === SESSION)
    expect(item?.photos.map((p) => p.url)).toEqual([signedLink(photo)])
    expect(await fetchStatus(tokens.cadre, photo)).toBe(404)
    expect(await fetchStatus(await otherUnitSecretary(), photo)).toBe(404)
  })
})

/** A unit secretary of a unit other than the observed one. */
async function otherUnitSecretary(): Promise<string> {
  const people = await host.store.people.search({ offset: 0, limit: 500 })
  const observed = people.items.find((p) => p.phone === PHONES.secretary)
  const other = people.items.find((p) => p.roles.includes('unitSecretary') && p.active && p.unitId !== observed?.unitId)
  if (!other) throw new Error('no secretary of another unit in the demo district')
  return login(other.phone)
}
