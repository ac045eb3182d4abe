import type { ClassicLink, Meeting, ObservationMode, RecordKind, RectificationStatus } from '../model'
import type { DayKey } from '../time'
import type { Coverage, Period } from './agenda'
import { inPeriod } from './agenda'
import type { DashboardFigures } from './dashboard'
import type { Grade } from './observation'
import { progress } from './quota'

// The annual ideology-assessment workbook (年度意识形态专项考核, SPEC §6, issue 12): the sheets,
// their Chinese headers and one row per unit, cadre, session or rectification. Pure: the service
// gathers the facts from the store, rules/assessment-sheets.ts makes the sheets and the workbook
// writer (services/export/workbook.ts) lays them out.
// Units come in area order and people in roster order, as given: the file ranks no one.

/** The five sheets, in this order, named as the assessment asks. */
export const ASSESSMENT_SHEETS = ['单位', '领导干部', '巡听旁听', '整改督查', '第一议题'] as const
export type AssessmentSheetName = (typeof ASSESSMENT_SHEETS)[number]

/** A cell: text, a number, or empty. */
export type Cell = string | number | null

/** A column: its Chinese header and width in characters. */
export interface Column {
  header: string
  width: number
}

/** One sheet as the writer lays it out: a frozen header row, then the rows. */
export interface SheetData {
  name: AssessmentSheetName
  columns: Column[]
  rows: Cell[][]
}

/** A unit and its area, as every per-unit sheet names them. */
export interface UnitName {
  unitName: string
  areaName: string
}

/** Sheet 单位: a unit's year as the district dashboard counts it, and its rectifications closed on time. */
export interface UnitYear extends UnitName {
  figures: DashboardFigures
  /** Rectifications closed whose last answer came by the deadline. */
  rectificationsClosedOnTime: number
}

/** Sheet 领导干部: one cadre's year. */
export interface CadreYear extends UnitName {
  name: string
  position: string
  /** Months of the year (so far) with the monthly self-study quota met. */
  monthsMet: number
  /** Months counted: 12 for a past year, up to the current month for this one. */
  months: number
  studies: number
  /** Counted, non-withdrawn method records by kind. */
  counts: Partial<Record<RecordKind, number>>
  /** Only district leaders owe school lectures; null for everyone else. */
  lectureQuota: number | null
}

/** Sheet 巡听旁听: one observed session. */
export interface SessionRow {
  day: DayKey
  time: string
  mode: ObservationMode
  unitName: string
  groupName: string
  /** Each observer who submitted a sheet and their total, in submission order. */
  observers: Array<{ name: string; total: number }>
  meanScore: number | null
  grade: Grade | null
  feedbackSent: boolean
  rectification: RectificationStatus | null
}

/** Sheet 整改督查: one rectification (the feedback a unit got after an observation). */
export interface RectificationRow extends UnitName {
  sessionDay: DayKey
  findings: string
  suggestions: string
  deadline: DayKey
  status: RectificationStatus
  measures: string | null
  /** District day of the unit's last answer, if any. */
  answeredOn: DayKey | null
  verifiedOn: DayKey | null
  verifierName: string | null
  returnReason: string | null
  rounds: number
}

/** Sheet 第一议题: a unit's first items of the year. */
export interface AgendaYear extends UnitName {
  coverage: Coverage
  /** Classic id → meetings of the year whose first item studied it. */
  classicUses: Map<string, number>
}

/** Months of `perMonth` (study counts, one per month) that reach the monthly quota. */
export function monthsMet(perMonth: readonly number[], quota: number): number {
  return perMonth.filter((n) => progress(n, quota).met).length
}

/** Whole days past the deadline a rectification still owes an answer (0 when answered or not yet due). */
export function daysOverdue(rect: Pick<RectificationRow, 'status' | 'deadline'>, today: DayKey): number {
  if (rect.status !== 'open' && rect.status !== 'returned') return 0
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${rect.deadline}T00:00:00Z`)) / 86_400_000)
  return Math.max(0, days)
}

/** Closed, with the unit's last answer given on or before the deadline. */
export function closedOnTime(rect: Pick<RectificationRow, 'status' | 'deadline' | 'answeredOn'>): boolean {
  return rect.status === 'closed' && rect.answeredOn !== null && rect.answeredOn <= rect.deadline
}

type AgendaFacts = Pick<Meeting, 'status' | 'day' | 'withdrawnAt'> & {
  firstItem: { classics: readonly Pick<ClassicLink, 'classicId'>[] } | null
}

/** Per classic: the held, non-withdrawn meetings of the period whose first item studied it (once per meeting). */
export function classicUses(meetings: readonly AgendaFacts[], period: Period): Map<string, number> {
  const uses = new Map<string, number>()
  for (const m of meetings) {
    if (m.withdrawnAt !== null || m.status !== 'completed' || !inPeriod(m.day, period) || !m.firstItem) continue
    for (const id of new Set(m.firstItem.classics.map((c) => c.classicId))) uses.set(id, (uses.get(id) ?? 0) + 1)
  }
  return uses
}
