import type { FirstAgendaItem, FirstItemType, Meeting, MeetingStatus } from '../model/meeting'
import type { Observation, Rectification } from '../model/observation'
import type { DayKey, MonthKey } from '../time'
import { coverageOf, periodMonths, type Coverage, type Period } from './agenda'
import { GRADES, annualFigures, gradeOf, round1, type Grade } from './observation'

// The dashboards' figures (issue 12), computed from the store's groups (dashboard.port.ts) with
// the rules that already decide what counts: coverageOf (第一议题), annualFigures (observation
// score, grade, rectifications). One function makes a unit's figures for any period, so the
// district view, the unit's month-by-month view and a later annual export read the same numbers.

/** A share as a percentage with one decimal, as coverage rates are shown; null when nothing was due. */
export function sharePercent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10
}

/** The figures of a unit, an area or the district for a period. */
export interface DashboardFigures {
  /** Self-study: cadre-months at the monthly quota out of cadres × months already begun. */
  study: { cadres: number; met: number; due: number; share: number | null }
  /** Reflection notes written in the period; submitted counts those since published too. */
  notes: { written: number; submitted: number; published: number }
  /** School lectures given (every lecturer, not only district leaders). */
  lectures: number
  outreach: number
  leadStudy: number
  exchange: number
  /** First-agenda coverage (rules/agenda.ts). */
  coverage: Coverage
  observation: {
    /** Observations held (planned, not cancelled) whose date lies in the period. */
    sessions: number
    /** Of those, with at least one score sheet. */
    scored: number
    /** The sum of the scored sessions' scores (each rounded as sessionScore does), for means over several units. */
    scoreSum: number
    meanScore: number | null
    grade: Grade | null
    /** Scored sessions per grade: the score distribution. */
    grades: Record<Grade, number>
  }
  rectifications: { due: number; closed: number; overdue: number }
}

/** A group of meetings the store counted (dashboard.port.ts MeetingTally). */
export interface MeetingGroup {
  status: MeetingStatus
  day: DayKey
  contentType: FirstItemType | null
  count: number
}

/** What the store counted for one unit and period. */
export interface UnitFacts {
  cadres: number
  /** Cadre-months at the quota, per month of the period. */
  studyMet: ReadonlyMap<MonthKey, number>
  /** Method records by kind and status (note/lecture status, else null). */
  methods: ReadonlyArray<{ kind: string; status: string | null; count: number }>
  meetings: readonly MeetingGroup[]
  /** The unit's observations of the year (the period is applied here). */
  observations: ReadonlyArray<Pick<Observation, 'id' | 'unitId' | 'year' | 'mode' | 'status' | 'sessionId' | 'day'>>
  /** Score sheets per observation: how many and the sum of their totals. */
  sheets: ReadonlyMap<string, { sheets: number; sum: number }>
  rectifications: ReadonlyArray<Pick<Rectification, 'id' | 'status' | 'deadline'>>
}

const NO_ITEM: Omit<FirstAgendaItem, 'contentType'> = {
  title: '',
  speechId: null,
  source: null,
  leadId: null,
  leadName: null,
  leadMode: null,
  discussion: false,
  speakers: [],
  tiedToWork: null,
  followUp: null,
  classics: []
}

type Counted = Pick<Meeting, 'status' | 'day' | 'startsAt' | 'withdrawnAt' | 'firstItem'>

/** The meetings a group stands for, as coverageOf reads them (one shared object per group). */
function meetingsOf(groups: readonly MeetingGroup[]): Counted[] {
  const out: Counted[] = []
  for (const g of groups) {
    const firstItem = g.contentType === null ? null : { ...NO_ITEM, contentType: g.contentType }
    const meeting: Counted = { status: g.status, day: g.day, startsAt: `${g.day}T00:00:00+08:00`, withdrawnAt: null, firstItem }
    for (let i = 0; i < g.count; i++) out.push(meeting)
  }
  return out
}

/** The months of a period already begun by `today`'s month: the months whose quota is due. */
export function dueMonths(period: Period, thisMonth: MonthKey): MonthKey[] {
  return periodMonths(period).filter((m) => m <= thisMonth)
}

const zeroGrades = (): Record<Grade, number> => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>

/** One unit's figures for a period. */
export function unitFigures(unitId: string, facts: UnitFacts, period: Period, today: DayKey): DashboardFigures {
  const due = dueMonths(period, today.slice(0, 7))
  const met = due.reduce((sum, m) => sum + (facts.studyMet.get(m) ?? 0), 0)
  const count = (kind: string, statuses?: readonly string[]) =>
    facts.methods
      .filter((m) => m.kind === kind && (!statuses || (m.status !== null && statuses.includes(m.status))))
      .reduce((sum, m) => sum + m.count, 0)
  const months = new Set(periodMonths(period))
  const year = Number(periodMonths(period)[0].slice(0, 4))
  const held = facts.observations.filter((o) => o.unitId === unitId && months.has(o.day.slice(0, 7)))
  // One sheet per observation carrying the mean of its totals: sessionScore gives the same score.
  const sheets = [...facts.sheets].map(([observationId, s]) => ({ observationId, total: s.sum / s.sheets }))
  const annual = annualFigures(unitId, year, held, sheets, facts.rectifications, today)
  const heldIds = new Set(held.filter((o) => o.status === 'planned').map((o) => o.id))
  const scores = sheets.filter((s) => heldIds.has(s.observationId)).map((s) => round1(s.total))
  const grades = zeroGrades()
  for (const s of scores) grades[gradeOf(s)]++
  return {
    study: { cadres: facts.cadres, met, due: facts.cadres * due.length, share: sharePercent(met, facts.cadres * due.length) },
    notes: {
      written: count('note'),
      // Sent to outlets: from the notes' publicity items (kind noteOutlet), not the note rows.
      submitted: count('noteOutlet', ['submitted']),
      published: count('noteOutlet', ['published'])
    },
    lectures: count('lecture', ['given']),
    outreach: count('outreach'),
    leadStudy: count('leadStudy'),
    exchange: count('exchange'),
    coverage: coverageOf(meetingsOf(facts.meetings), period, today),
    observation: {
      sessions: annual.sessionsObserved,
      scored: annual.scoredSessions,
      scoreSum: round1(scores.reduce((a, b) => a + b, 0)),
      meanScore: annual.meanScore,
      grade: annual.grade,
      grades
    },
    rectifications: {
      due: annual.rectificationsDue,
      closed: annual.rectificationsClosed,
      overdue: annual.rectificationsOverdue
    }
  }
}

/** The figures of several units together (an area, the district): counts add up, shares and means are recomputed. */
export function sumFigures(list: readonly DashboardFigures[]): DashboardFigures {
  const add = (pick: (f: DashboardFigures) => number) => list.reduce((sum, f) => sum + pick(f), 0)
  const cadres = add((f) => f.study.cadres)
  const met = add((f) => f.study.met)
  const due = add((f) => f.study.due)
  const meetings = add((f) => f.coverage.meetings)
  const compliant = add((f) => f.coverage.compliant)
  const scored = add((f) => f.observation.scored)
  const scoreSum = round1(add((f) => f.observation.scoreSum))
  const meanScore = scored === 0 ? null : round1(scoreSum / scored)
  const grades = zeroGrades()
  for (const g of GRADES) grades[g] = add((f) => f.observation.grades[g])
  return {
    study: { cadres, met, due, share: sharePercent(met, due) },
    notes: {
      written: add((f) => f.notes.written),
      submitted: add((f) => f.notes.submitted),
      published: add((f) => f.notes.published)
    },
    lectures: add((f) => f.lectures),
    outreach: add((f) => f.outreach),
    leadStudy: add((f) => f.leadStudy),
    exchange: add((f) => f.exchange),
    coverage: {
      meetings,
      compliant,
      nonCompliant: add((f) => f.coverage.nonCompliant),
      overdue: add((f) => f.coverage.overdue),
      pending: add((f) => f.coverage.pending),
      rate: sharePercent(compliant, meetings)
    },
    observation: {
      sessions: add((f) => f.observation.sessions),
      scored,
      scoreSum,
      meanScore,
      grade: meanScore === null ? null : gradeOf(meanScore),
      grades
    },
    rectifications: {
      due: add((f) => f.rectifications.due),
      closed: add((f) => f.rectifications.closed),
      overdue: add((f) => f.rectifications.overdue)
    }
  }
}
