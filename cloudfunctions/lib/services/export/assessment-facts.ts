import type { Observation, Person, Rectification, ScoreSheet, Unit } from '../../../../src/core/model'
import { hasAnyRole, STUDYING_ROLES } from '../../../../src/core/model/roles'
import type { AgendaYear, CadreYear, RectificationRow, SessionRow, UnitYear } from '../../../../src/core/rules/assessment'
import { classicUses, closedOnTime, monthsMet } from '../../../../src/core/rules/assessment'
import { hasLectureQuota, quotasFor } from '../../../../src/core/rules/methods'
import type { DashboardFigures } from '../../../../src/core/rules/dashboard'
import { gradeOf, sessionClock, sessionScore } from '../../../../src/core/rules/observation'
import type { MonthKey } from '../../../../src/core/time'
import { dayOf } from '../../../../src/core/time'
import type { Repositories } from '../../ports/store.port'
import type { Names } from '../observation/observation.views'

// The facts behind the assessment workbook, read so a district of 10,000 cadres fits one call of the
// api function (20 s, 256 MB): the year's observations, sheets and feedback in one read each (a few
// per unit and year); everything per person is read unit by unit, a few units at a time, and
// counted by the store (study counts per person and month, method records per person and kind), so
// no study or method record is ever loaded; only one row per person and unit is kept.

/** Units read at once: enough to hide round-trip latency, few enough not to flood the database. */
export const UNITS_AT_ONCE = 8

/** Everything the five sheets show, in the order they show it. */
export interface AssessmentFacts {
  units: UnitYear[]
  cadres: CadreYear[]
  sessions: SessionRow[]
  rectifications: RectificationRow[]
  agenda: AgendaYear[]
  classics: Array<{ id: string; title: string }>
}

interface UnitFacts {
  unitYear: UnitYear
  cadres: CadreYear[]
  agenda: AgendaYear
}

interface YearFacts {
  observations: Observation[]
  sheets: ScoreSheet[]
  rects: Rectification[]
}

/** Reads one unit's people, their study and method counts, and its meetings: four round trips. */
async function unitFacts(
  repos: Repositories,
  unit: Unit,
  areaName: string,
  year: number,
  months: readonly MonthKey[],
  speechesPerMonth: number,
  lecturesPerYear: number,
  observed: YearFacts,
  figures: DashboardFigures
): Promise<UnitFacts> {
  const [people, kindCounts, meetings] = await Promise.all([
    repos.people.listByUnit(unit.id),
    repos.methodRecords.countByUnit(unit.id, year),
    repos.meetings.listByUnit(unit.id, year)
  ])
  // Roster order as the unit's own pages show it (listByUnit), never by a count.
  const cadres = people.filter((p) => p.active && hasAnyRole(p.roles, STUDYING_ROLES))
  const studyCounts = await repos.reminderFacts.studyCounts(
    cadres.map((p) => p.id),
    months
  )
  const perPerson = new Map<string, Map<MonthKey, number>>()
  for (const c of studyCounts) {
    const byMonth = perPerson.get(c.personId) ?? new Map<MonthKey, number>()
    byMonth.set(c.month, c.count)
    perPerson.set(c.personId, byMonth)
  }
  const names = { unitName: unit.name, areaName }
  const period = { kind: 'year', year } as const
  const ownObservations = new Set(observed.observations.filter((o) => o.unitId === unit.id).map((o) => o.id))
  const closed = observed.rects.filter(
    (r) => ownObservations.has(r.id) && closedOnTime({ ...r, answeredOn: r.submittedAt ? dayOf(new Date(r.submittedAt)) : null })
  )
  return {
    unitYear: { ...names, figures, rectificationsClosedOnTime: closed.length },
    cadres: cadres.map((p) => cadreYear(p, names, perPerson.get(p.id), months, speechesPerMonth, lecturesPerYear, kindCounts)),
    agenda: { ...names, coverage: figures.coverage, classicUses: classicUses(meetings, period) }
  }
}

function cadreYear(
  p: Person,
  names: { unitName: string; areaName: string },
  byMonth: Map<MonthKey, number> | undefined,
  months: readonly MonthKey[],
  speechesPerMonth: number,
  lecturesPerYear: number,
  kindCounts: Awaited<ReturnType<Repositories['methodRecords']['countByUnit']>>
): CadreYear {
  const perMonth = months.map((m) => byMonth?.get(m) ?? 0)
  // 学习强国 is left out: the notice asks cadres to use it, not to report it (fidelity review K1).
  const { xuexi: _never, ...counts } = kindCounts.get(p.id) ?? {}
  return {
    ...names,
    name: p.name,
    position: p.position,
    monthsMet: monthsMet(perMonth, speechesPerMonth),
    months: months.length,
    studies: perMonth.reduce((a, b) => a + b, 0),
    counts,
    lectureQuota: hasLectureQuota(p.roles) ? lecturesPerYear : null
  }
}

/** The sessions of the units in scope, by day and time, and their feedback by unit order then session day. */
async function sessionRows(
  repos: Repositories,
  scope: ReadonlyArray<{ unit: Unit; areaName: string }>,
  observed: YearFacts,
  names: Names
): Promise<{ sessions: SessionRow[]; rectifications: RectificationRow[] }> {
  const position = new Map(scope.map((s, i) => [s.unit.id, i]))
  const planned = observed.observations
    .filter((o) => o.status === 'planned' && position.has(o.unitId))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0))
  const ids = new Set(planned.map((o) => o.id))
  const sheets = observed.sheets.filter((s) => ids.has(s.observationId))
  const rects = new Map(observed.rects.filter((r) => ids.has(r.id)).map((r) => [r.id, r]))
  const people = await repos.people.listByIds([
    ...new Set([...sheets.map((s) => s.observerId), ...[...rects.values()].flatMap((r) => (r.verifiedBy ? [r.verifiedBy] : []))])
  ])
  const nameOf = new Map(people.map((p) => [p.id, p.name]))
  const unitName = (id: string) => names.units.get(id)?.name ?? ''
  const sessions = planned.map((o): SessionRow => {
    const own = sheets.filter((s) => s.observationId === o.id).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    const mean = sessionScore(own.map((s) => s.total))
    return {
      day: o.day,
      time: sessionClock(o.startsAt),
      mode: o.mode,
      unitName: unitName(o.unitId),
      groupName: (o.groupId && names.groups.get(o.groupId)?.name) || '',
      observers: own.map((s) => ({ name: nameOf.get(s.observerId) ?? '', total: s.total })),
      meanScore: mean,
      grade: mean === null ? null : gradeOf(mean),
      feedbackSent: rects.has(o.id),
      rectification: rects.get(o.id)?.status ?? null
    }
  })
  const byUnit = [...planned].sort(
    (a, b) => (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0) || a.startsAt.localeCompare(b.startsAt)
  )
  const rectifications = byUnit.flatMap((o): RectificationRow[] => {
    const r = rects.get(o.id)
    if (!r) return []
    return [
      {
        unitName: unitName(o.unitId),
        areaName: scope[position.get(o.unitId) ?? 0]?.areaName ?? '',
        sessionDay: o.day,
        findings: r.findings,
        suggestions: r.suggestions,
        deadline: r.deadline,
        status: r.status,
        measures: r.measures,
        answeredOn: r.submittedAt ? dayOf(new Date(r.submittedAt)) : null,
        verifiedOn: r.verifiedAt ? dayOf(new Date(r.verifiedAt)) : null,
        verifierName: r.verifiedBy ? (nameOf.get(r.verifiedBy) ?? null) : null,
        returnReason: r.returnReason,
        rounds: r.rounds
      }
    ]
  })
  return { sessions, rectifications }
}

/**
 * The facts of the units in `scope` (already in area order) for `year`, counted over `months`
 * (the year's months so far); `figures` are the dashboard's year figures per unit.
 */
export async function assessmentFacts(
  repos: Repositories,
  scope: ReadonlyArray<{ unit: Unit; areaName: string }>,
  figures: ReadonlyMap<string, DashboardFigures>,
  names: Names,
  year: number,
  months: readonly MonthKey[]
): Promise<AssessmentFacts> {
  const [observations, sheets, rects, quotaSet, classics] = await Promise.all([
    repos.observations.listByYear(year),
    repos.scoreSheets.listByYear(year),
    repos.rectifications.listByYear(year),
    repos.quotas.get(year),
    repos.classics.list()
  ])
  const quotas = quotasFor(quotaSet)
  const observed = { observations, sheets, rects }
  const figuresOf = (unitId: string): DashboardFigures => {
    const f = figures.get(unitId)
    if (!f) throw new Error(`no dashboard figures for unit ${unitId}`)
    return f
  }
  const perUnit: UnitFacts[] = []
  for (let i = 0; i < scope.length; i += UNITS_AT_ONCE) {
    const batch = scope.slice(i, i + UNITS_AT_ONCE)
    perUnit.push(
      ...(await Promise.all(
        batch.map((s) =>
          unitFacts(
            repos,
            s.unit,
            s.areaName,
            year,
            months,
            quotas.speechesPerMonth,
            quotas.lecturesPerYear,
            observed,
            figuresOf(s.unit.id)
          )
        )
      ))
    )
  }
  const { sessions, rectifications } = await sessionRows(repos, scope, observed, names)
  // A classic the admin retired still shows when a meeting of the year studied it.
  const used = new Set(perUnit.flatMap((u) => [...u.agenda.classicUses.keys()]))
  return {
    units: perUnit.map((u) => u.unitYear),
    cadres: perUnit.flatMap((u) => u.cadres),
    sessions,
    rectifications,
    agenda: perUnit.map((u) => u.agenda),
    classics: classics.filter((c) => c.active || used.has(c.id)).map((c) => ({ id: c.id, title: c.title }))
  }
}
