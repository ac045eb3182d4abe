import type { Audited, Person, StudyRecord, Unit } from '../../src/core/model'
import type { DayKey } from '../../src/core/time'
import { dayOf, monthOf, shiftMonth, yearOf } from '../../src/core/time'
import type { Repositories, Store } from '../lib/ports/store.port'
import type { SeedPerson } from './seed-data'
import { seedMethodsDemo } from './seed-methods'
import { seedMeetingsDemo } from './seed-meetings'
import { seedSessionsDemo } from './seed-sessions'
import { seedFeedbackDemo } from './seed-feedback'
import { seedPublicityDemo } from './seed-publicity'
import { seedModelsDemo } from './seed-models'
import { seedObservationDemo } from './seed-observation'
import { GIVEN, SEED_AREAS, SEED_PEOPLE, SEED_SPEECHES, SEED_UNITS, SURNAMES } from './seed-data'

// Seeding goes through the store port inside one transaction, so a crash never leaves half a
// district, and the same code would seed any adapter. Ids are deterministic: running it twice
// changes nothing.

const SYSTEM = 'system'

export interface SeedReport {
  seeded: boolean
  areas: number
  units: number
  people: number
  speeches: number
  studies: number
}

const stamp = (now: Date): Audited => ({
  createdAt: now.toISOString(),
  createdBy: SYSTEM,
  updatedAt: now.toISOString(),
  updatedBy: SYSTEM
})

/** The stored id of a seeded person, from their phone. */
export const seedPersonId = (phone: string): string => `seed-person-${phone}`
const unitId = (key: string) => `seed-unit-${key}`
const speechId = (n: number) => `seed-speech-${String(n + 1).padStart(2, '0')}`

/** Days of a month up to `lastDay`, spread so records do not all land on one date. */
function studyDays(month: string, lastDay: number, count: number, offset: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => `${month}-${String(1 + ((offset * 7 + i * 5) % lastDay)).padStart(2, '0')}`)
}

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** Today, this month and last month in the district, reckoned once per seeding run. */
interface SeedClock {
  now: Date
  today: DayKey
  month: string
  lastMonth: string
}

function seedClock(now: Date): SeedClock {
  const month = monthOf(now)
  return { now, today: dayOf(now), month, lastMonth: shiftMonth(month, -1) }
}

/** Builds one person's study records for this month and last month. */
function studiesOf(
  person: Person,
  plan: { thisMonth: number; lastMonth: number; offset: number },
  clock: SeedClock
): StudyRecord[] {
  const { now, today, month, lastMonth } = clock
  const days = [
    ...studyDays(month, Number(today.slice(8, 10)), plan.thisMonth, plan.offset),
    ...studyDays(lastMonth, daysInMonth(lastMonth), plan.lastMonth, plan.offset)
  ]
  return days.map((studiedOn, i) => {
    const n = (plan.offset * 3 + i) % SEED_SPEECHES.length
    const speech = SEED_SPEECHES[n]
    const at = new Date(`${studiedOn}T20:00:00+08:00`)
    const when = at > now ? now : at
    return {
      id: `seed-study-${person.id.slice(-11)}-${i + 1}`,
      personId: person.id,
      unitId: person.unitId,
      speechId: speechId(n),
      title: speech.title,
      studiedOn,
      month: studiedOn.slice(0, 7),
      minutes: 30 + ((plan.offset + i) % 4) * 15,
      note: i % 3 === 0 ? '结合本单位工作重点，逐段研读并做了摘抄。' : null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      createdAt: when.toISOString(),
      createdBy: person.id,
      updatedAt: when.toISOString(),
      updatedBy: person.id
    }
  })
}

/**
 * The seeded people joined the roster on 1 January of the current year (China time): a district
 * does not appear on the day the app is installed, and the reminders treat people who joined late
 * in a month as newcomers for that month.
 */
function joinedOf(now: Date): Date {
  return new Date(`${yearOf(now)}-01-01T00:00:00+08:00`)
}

function personOf(p: SeedPerson, now: Date, demo: boolean): Person {
  return {
    // Only people seeded into a demo database may use the demo code (and only in demo mode).
    ...(demo ? { demo: true } : {}),
    id: seedPersonId(p.phone),
    name: p.name,
    phone: p.phone,
    unitId: unitId(p.unit),
    position: p.position,
    roles: p.roles,
    openId: null,
    active: true,
    ...stamp(joinedOf(now))
  }
}

async function insertDistrict(tx: Repositories, now: Date, demo: boolean): Promise<SeedReport> {
  for (const a of SEED_AREAS) await tx.areas.insert({ id: `seed-area-${a.key}`, name: a.name, ...stamp(now) })
  for (const u of SEED_UNITS) {
    await tx.units.insert({
      id: unitId(u.key),
      name: u.name,
      areaId: `seed-area-${u.area}`,
      kind: u.kind,
      active: true,
      ...stamp(now)
    })
  }
  const people = SEED_PEOPLE.map((p) => personOf(p, now, demo))
  await tx.people.insertMany(people)
  for (const [n, s] of SEED_SPEECHES.entries()) {
    await tx.speeches.insert({
      id: speechId(n),
      title: s.title,
      date: s.date,
      source: s.source,
      link: null,
      archived: false,
      ...stamp(now)
    })
  }
  let studies = 0
  const clock = seedClock(now)
  for (const [offset, p] of SEED_PEOPLE.entries()) {
    const records = studiesOf(people[offset], { thisMonth: p.studiesThisMonth, lastMonth: p.studiesLastMonth, offset }, clock)
    for (const r of records) await tx.studies.insert(r)
    studies += records.length
  }
  await seedObservationDemo(tx, now, { person: seedPersonId, unit: unitId, area: (key) => `seed-area-${key}` })
  await seedMeetingsDemo(tx, now, { person: seedPersonId, unit: unitId, area: (key) => `seed-area-${key}` })
  await seedMethodsDemo(tx, now, { person: seedPersonId, unit: unitId })
  await seedSessionsDemo(tx, now, { person: seedPersonId, unit: unitId })
  await seedFeedbackDemo(tx, now, { person: seedPersonId, unit: unitId })
  await seedPublicityDemo(tx, now, { person: seedPersonId, unit: unitId })
  await seedModelsDemo(tx, now, { person: seedPersonId, unit: unitId })
  return {
    seeded: true,
    areas: SEED_AREAS.length,
    units: SEED_UNITS.length,
    people: people.length,
    speeches: SEED_SPEECHES.length,
    studies
  }
}

/**
 * Seeds the demo district when the roster is empty; otherwise leaves the data alone. `demo` makes
 * it a demo database: its seeded people (and no one added later) may log in with the demo code.
 */
export async function seedDemoDistrict(store: Store, now: Date, options: { demo: boolean }): Promise<SeedReport> {
  return store.transaction(async (tx) => {
    const existing = await tx.people.search({ offset: 0, limit: 1 })
    if (existing.total > 0) return { seeded: false, areas: 0, units: 0, people: 0, speeches: 0, studies: 0 }
    return insertDistrict(tx, now, options.demo)
  })
}

/** Whether the database was seeded as a demo database (its seeded admin carries the demo mark). */
export async function isDemoDatabase(store: Store): Promise<boolean> {
  const admin = SEED_PEOPLE.find((p) => p.roles.includes('admin'))
  return admin ? (await store.people.get(seedPersonId(admin.phone)))?.demo === true : false
}

const BENCH_UNIT_SIZE = 50
/** Phone of the i-th generated cadre (0-based): 139 followed by eight digits. */
export const extraCadrePhone = (i: number): string => `139${String(i).padStart(8, '0')}`

/** A plausible name for the i-th generated cadre. */
function extraName(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]
}

/**
 * Adds `count` generated cadres (for the benchmark) in units of 50 under a separate area, each
 * with 0–4 study records this month. Idempotent: people already present are skipped. They are
 * demo people only in a demo database.
 */
export async function seedExtraCadres(store: Store, count: number, now: Date, options: { demo: boolean }): Promise<number> {
  if (count <= 0) return 0
  return store.transaction(async (tx) => {
    const areaId = 'seed-area-bench'
    if (!(await tx.areas.get(areaId))) await tx.areas.insert({ id: areaId, name: '压测片区', ...stamp(now) })
    const phones = Array.from({ length: count }, (_, i) => extraCadrePhone(i))
    const present = new Set<string>()
    for (let i = 0; i < phones.length; i += 500) {
      for (const p of await tx.people.listByPhones(phones.slice(i, i + 500))) present.add(p.phone)
    }
    const fresh: Person[] = []
    const units = new Map<string, Unit>()
    for (const [i, phone] of phones.entries()) {
      if (present.has(phone)) continue
      const key = `bench${String(Math.floor(i / BENCH_UNIT_SIZE) + 1).padStart(3, '0')}`
      if (!units.has(key) && !(await tx.units.get(unitId(key)))) {
        const unit: Unit = { id: unitId(key), name: `压测单位${key.slice(5)}`, areaId, kind: '党组', active: true, ...stamp(now) }
        await tx.units.insert(unit)
        units.set(key, unit)
      }
      fresh.push(
        personOf(
          { phone, name: extraName(i), unit: key, position: '干部', roles: ['cadre'], studiesThisMonth: 0, studiesLastMonth: 0 },
          now,
          options.demo
        )
      )
    }
    for (let i = 0; i < fresh.length; i += 500) await tx.people.insertMany(fresh.slice(i, i + 500))
    const clock = seedClock(now)
    for (const [i, person] of fresh.entries()) {
      for (const r of studiesOf(person, { thisMonth: i % 5, lastMonth: 0, offset: i }, clock)) await tx.studies.insert(r)
    }
    return fresh.length
  })
}
