import type { Observation, Rectification } from '../../../../src/core/model'
import type { Period } from '../../../../src/core/rules/agenda'
import { periodMonths, periodYear } from '../../../../src/core/rules/agenda'
import { unitFigures, type DashboardFigures, type UnitFacts } from '../../../../src/core/rules/dashboard'
import { quotasFor } from '../../../../src/core/rules/methods'
import { dayOf, type MonthKey } from '../../../../src/core/time'
import type { MeetingTally, MethodCount, NoteOutletCount, StudyMetCount, UnitScope } from '../../ports/dashboard.port'
import type { Repositories } from '../../ports/store.port'

// Loads what the store counted and turns it into figures per unit with src/core/rules/dashboard.ts.
// One entry point for every view (district, unit, unit by month) and for a later annual export.

/** Groups a list by unit id. */
function byUnit<T extends { unitId: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) out.set(x.unitId, [...(out.get(x.unitId) ?? []), x])
  return out
}

/** What the store answered for a scope and a set of months, before it is cut per unit (and per month). */
/**
 * A method count, or a count of notes sent to outlets (kind `noteOutlet`, status submitted or
 * published: read from the notes' publicity items, where their outlet state lives).
 */
export type CountedMethod = Omit<MethodCount, 'kind'> & { kind: MethodCount['kind'] | 'noteOutlet' }

/** The note-outlet counts beside the method counts (see CountedMethod). */
export function withNoteOutlets(methods: readonly MethodCount[], outlets: readonly NoteOutletCount[]): CountedMethod[] {
  return [...methods, ...outlets.map((o) => ({ ...o, kind: 'noteOutlet' as const }))]
}

interface Counted {
  cadres: Map<string, number>
  studyMet: StudyMetCount[]
  methods: CountedMethod[]
  meetings: MeetingTally[]
  observations: Observation[]
  sheets: Map<string, { sheets: number; sum: number }>
  rectifications: Rectification[]
}

/** The monthly self-study quota in force for a year (the admin's, or the notice's 5). */
export async function studyQuota(repos: Repositories, year: number): Promise<number> {
  return quotasFor(await repos.quotas.get(year)).speechesPerMonth
}

/**
 * Every count behind the figures of these units and months, in eight store calls whatever the
 * number of units: five aggregates, plus the year's observations and rectifications (a district
 * holds a few hundred of each) and the quota.
 */
async function count(
  repos: Repositories,
  year: number,
  months: readonly MonthKey[],
  units: UnitScope,
  split: 'unit' | 'month'
): Promise<Counted> {
  const quota = await studyQuota(repos, year)
  const [cadres, studyMet, methods, noteOutlets, meetings, observations, sheets, rectifications] = await Promise.all([
    repos.dashboard.cadreCounts(units),
    repos.dashboard.studyMet(months, quota, units),
    repos.dashboard.methodCounts(months, units, split),
    repos.dashboard.noteOutletCounts(months, units, split),
    repos.dashboard.meetingTallies(months, units),
    repos.observations.listByYear(year),
    repos.dashboard.sheetTallies(year, units),
    repos.rectifications.listByYear(year)
  ])
  const inScope = (unitId: string) => units === null || units.includes(unitId)
  return {
    cadres: new Map(cadres.map((c) => [c.unitId, c.cadres])),
    studyMet,
    methods: withNoteOutlets(methods, noteOutlets),
    meetings,
    observations: observations.filter((o) => inScope(o.unitId)),
    sheets: new Map(sheets.map((s) => [s.observationId, { sheets: s.sheets, sum: s.sum }])),
    rectifications: rectifications.filter((r) => inScope(r.unitId))
  }
}

/** One unit's facts out of the counts (optionally only one month's). */
function factsOf(c: Counted, unitId: string, month: MonthKey | null): UnitFacts {
  const inMonth = (m: string) => month === null || m === month
  return {
    cadres: c.cadres.get(unitId) ?? 0,
    studyMet: new Map(c.studyMet.filter((s) => s.unitId === unitId && inMonth(s.month)).map((s) => [s.month, s.met])),
    methods: c.methods.filter((m) => m.unitId === unitId && (m.month === null || inMonth(m.month))),
    meetings: c.meetings.filter((m) => m.unitId === unitId && inMonth(m.day.slice(0, 7))),
    observations: c.observations.filter((o) => o.unitId === unitId),
    sheets: c.sheets,
    rectifications: c.rectifications.filter((r) => r.unitId === unitId)
  }
}

/**
 * Figures per unit for a period, keyed by unit id, for the listed units. The store counts within
 * `scope`: null (every unit, one pass for the district; an `in` list of hundreds of ids would be
 * too long for one CloudBase query) or the few units asked for.
 */
export async function figuresByUnit(
  repos: Repositories,
  period: Period,
  units: readonly string[],
  scope: UnitScope,
  now: Date
): Promise<{ figures: Map<string, DashboardFigures>; studyByMonth: StudyMetCount[] }> {
  const c = await count(repos, periodYear(period), periodMonths(period), scope, 'unit')
  const today = dayOf(now)
  // Regroup per unit once, so a district of hundreds of units is not filtered hundreds of times.
  const grouped = {
    studyMet: byUnit(c.studyMet),
    methods: byUnit(c.methods),
    meetings: byUnit(c.meetings),
    observations: byUnit(c.observations),
    rectifications: byUnit(c.rectifications)
  }
  const figures = new Map(
    units.map((unitId) => {
      const one: Counted = {
        ...c,
        studyMet: grouped.studyMet.get(unitId) ?? [],
        methods: grouped.methods.get(unitId) ?? [],
        meetings: grouped.meetings.get(unitId) ?? [],
        observations: grouped.observations.get(unitId) ?? [],
        rectifications: grouped.rectifications.get(unitId) ?? []
      }
      return [unitId, unitFigures(unitId, factsOf(one, unitId, null), period, today)]
    })
  )
  return { figures, studyByMonth: c.studyMet }
}

/**
 * One unit's year, month by month, and the year as a whole: what the unit's leader sees over time
 * and what an annual export's 单位 sheet reads (the same numbers as the district view).
 */
export async function unitYearFigures(
  repos: Repositories,
  unitId: string,
  year: number,
  now: Date
): Promise<{ months: Array<{ month: MonthKey; figures: DashboardFigures }>; year: DashboardFigures }> {
  const period: Period = { kind: 'year', year }
  const months = periodMonths(period)
  const c = await count(repos, year, months, [unitId], 'month')
  const today = dayOf(now)
  return {
    months: months.map((month) => ({
      month,
      figures: unitFigures(unitId, factsOf(c, unitId, month), { kind: 'month', month }, today)
    })),
    year: unitFigures(unitId, factsOf(c, unitId, null), period, today)
  }
}
