import { randomUUID } from 'crypto'
import type { Area, AuditEntry, IdempotencyEntry, OneTimeCode, Person, Speech, StudyRecord, Unit } from '../../src/core/model'

// Builders for the contract suite. Every id, phone and search token carries a random tag so the
// suite also runs against a real CloudBase environment that already holds other data.

/** A fresh random tag, e.g. `k3x9q2`. */
export const tag = (): string => randomUUID().replace(/-/g, '').slice(0, 10)

/** A random 24-hex id like the app's own. */
export const id = (): string => randomUUID().replace(/-/g, '').slice(0, 24)

/** A random mainland mobile number (unique enough for one run). */
export const phone = (): string => `19${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`

const audited = (at = '2026-03-01T00:00:00.000Z') => ({ createdAt: at, createdBy: 'admin', updatedAt: at, updatedBy: 'admin' })

export const makeArea = (over: Partial<Area> = {}): Area => ({ id: id(), name: `片区${tag()}`, ...audited(), ...over })

export const makeUnit = (over: Partial<Unit> = {}): Unit => ({
  id: id(),
  name: `单位${tag()}`,
  areaId: id(),
  kind: '党组',
  active: true,
  ...audited(),
  ...over
})

export const makePerson = (over: Partial<Person> = {}): Person => ({
  id: id(),
  name: `干部${tag()}`,
  phone: phone(),
  unitId: id(),
  position: '局长',
  roles: ['cadre'],
  openId: null,
  active: true,
  ...audited(),
  ...over
})

export const makeSpeech = (over: Partial<Speech> = {}): Speech => ({
  id: id(),
  title: `讲话${tag()}`,
  date: '2026-02-01',
  source: '《求是》2026年第3期',
  link: null,
  archived: false,
  ...audited(),
  ...over
})

export const makeStudy = (over: Partial<StudyRecord> = {}): StudyRecord => ({
  id: id(),
  personId: id(),
  unitId: id(),
  speechId: null,
  title: '手写标题',
  studiedOn: '2026-03-05',
  month: '2026-03',
  minutes: 30,
  note: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  ...audited('2026-03-05T02:00:00.000Z'),
  ...over
})

export const makeAudit = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: id(),
  entity: 'study',
  entityId: id(),
  action: 'create',
  actorId: 'p1',
  at: '2026-03-05T02:00:00.000Z',
  reason: null,
  after: { title: '学习', minutes: 30, tags: ['a', 'b'], nested: { ok: true } },
  ...over
})

export const makeIdempotency = (over: Partial<IdempotencyEntry> = {}): IdempotencyEntry => ({
  id: id(),
  personId: 'p1',
  action: 'study.record',
  createdAt: '2026-03-05T02:00:00.000Z',
  response: { ok: true, data: { id: 'r1', count: 1, list: [1, null, 'x'] } },
  ...over
})

export const makeCode = (over: Partial<OneTimeCode> = {}): OneTimeCode => ({
  personId: id(),
  codeHash: 'a'.repeat(64),
  expiresAt: '2026-03-08T00:00:00.000Z',
  usedAt: null,
  issuedBy: 'admin',
  issuedAt: '2026-03-01T00:00:00.000Z',
  attempts: 0,
  failures: [],
  lockedUntil: null,
  ...over
})

/** Runs fn over items, `width` at a time (bulk inserts against a remote database). */
export async function inBatches<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(fn))
}

/** Lets other async work run (a timer tick), to give interleaving a chance. */
export const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
