import type { Role } from '../model/roles'
import { countGivenLectures, quotasFor, type Quotas } from '../rules/methods'
import { countStudiesInMonth } from '../rules/quota'
import type { DayKey, MonthKey } from '../time'
import { dayOf, monthOf, yearOf } from '../time'
import type { ReminderFacts } from './facts'
import type { PersonFact } from './model'
import type { ReminderSettings } from './settings'

const DAY_MS = 24 * 3600 * 1000

/** Whole days from `from` to `to` (calendar days, so the host's zone plays no part). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The district day a person joined the roster. */
export function joinedOn(person: Pick<PersonFact, 'createdAt'>): DayKey {
  return dayOf(new Date(person.createdAt))
}

/** What every rule reads: the China day of "now", the settings, and the facts indexed once. */
export interface PlanContext {
  now: Date
  today: DayKey
  month: MonthKey
  year: number
  /** 1–31 */
  dayOfMonth: number
  settings: ReminderSettings
  facts: ReminderFacts
  /** Active people of active units: nobody else is reminded of anything. */
  people: readonly PersonFact[]
  person(id: string): PersonFact | undefined
  /** The name of an active unit, or undefined for an inactive or unknown one. */
  unitName(unitId: string): string | undefined
  /** The active people of the unit holding the role. */
  holders(unitId: string, role: Role): PersonFact[]
  /** The quotas in force for a year. */
  quotas(year: number): Quotas
  /** The person's active self-study records in the month (records plus store-side counts). */
  studyCount(personId: string, month: MonthKey): number
  /** The person's counted, active school lectures in the year (records plus store-side counts). */
  lectureCount(personId: string, year: number): number
}

/** Indexes the facts for one planning day. */
export function contextOf(facts: ReminderFacts, now: Date, settings: ReminderSettings): PlanContext {
  const today = dayOf(now)
  const units = new Map(facts.units.filter((u) => u.active).map((u) => [u.id, u.name]))
  const people = facts.people.filter((p) => p.active && units.has(p.unitId))
  const byId = new Map(people.map((p) => [p.id, p]))
  const byUnit = groupBy(people, (p) => p.unitId)
  const studies = groupBy(facts.studies, (s) => s.personId)
  const records = groupBy(facts.records, (r) => r.personId)
  const studyCounts = new Map((facts.studyCounts ?? []).map((c) => [`${c.personId}|${c.month}`, c.count]))
  const lectureCounts = new Map((facts.lectureCounts ?? []).map((c) => [`${c.personId}|${c.year}`, c.count]))
  return {
    now,
    today,
    month: monthOf(now),
    year: yearOf(now),
    dayOfMonth: Number(today.slice(8, 10)),
    settings,
    facts,
    people,
    person: (id) => byId.get(id),
    unitName: (id) => units.get(id),
    holders: (unitId, role) => (byUnit.get(unitId) ?? []).filter((p) => p.roles.includes(role)),
    quotas: (year) => quotasFor(facts.yearQuotas.find((q) => q.year === year) ?? null),
    studyCount: (personId, month) =>
      countStudiesInMonth(studies.get(personId) ?? [], month) + (studyCounts.get(`${personId}|${month}`) ?? 0),
    lectureCount: (personId, year) =>
      countGivenLectures(records.get(personId) ?? [], year) + (lectureCounts.get(`${personId}|${year}`) ?? 0)
  }
}

/** Keeps the first of each id, so a person holding two of the wanted roles is reminded once. */
export function uniqueById<T extends { id: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>()
  return list.filter((x) => !seen.has(x.id) && seen.add(x.id))
}

/** Groups items by a key. */
export function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const k = key(x)
    const group = out.get(k)
    if (group) group.push(x)
    else out.set(k, [x])
  }
  return out
}
