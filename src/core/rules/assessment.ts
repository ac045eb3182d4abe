import type { ClassicLink, Meeting, ObservationMode, RecordKind, RectificationStatus } from '../model'
import { MODE_LABELS } from '../model/observation'
import type { DayKey } from '../time'
import type { Coverage, Period } from './agenda'
import { inPeriod } from './agenda'
import type { AnnualUnitFigures, Grade } from './observation'
import { RECTIFICATION_LABELS } from './observation'
import { progress } from './quota'

// The annual ideology-assessment workbook (年度意识形态专项考核, SPEC §6, issue 12): the sheets,
// their Chinese headers and one row per unit, cadre, session or rectification. Pure: the service
// gathers the facts from the store, the workbook writer (services/export/workbook.ts) lays them out.
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

/** Sheet 单位: a unit's year from the records that exist today (observation, rectification, first agenda). */
export interface UnitYear extends UnitName {
  /** Active people of the unit who study (cadres and district leaders). */
  cadres: number
  observation: AnnualUnitFigures
  /** Rectifications closed whose last answer came by the deadline. */
  rectificationsClosedOnTime: number
  coverage: Coverage
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

const col = (header: string, width: number): Column => ({ header, width })
const AREA_UNIT = [col('片区', 12), col('单位', 24)]

/** Sheet 单位. */
export function unitSheet(units: readonly UnitYear[]): SheetData {
  return {
    name: '单位',
    columns: [
      ...AREA_UNIT,
      col('干部人数', 10),
      col('巡听旁听场次', 14),
      col('已评分场次', 12),
      col('平均得分', 10),
      col('等次', 8),
      col('应整改', 8),
      col('按期整改', 10),
      col('逾期未整改', 12),
      col('第一议题会议数', 16),
      col('第一议题合规', 14),
      col('第一议题覆盖率(%)', 18)
    ],
    rows: units.map((u) => [
      u.areaName,
      u.unitName,
      u.cadres,
      u.observation.sessionsObserved,
      u.observation.scoredSessions,
      u.observation.meanScore,
      u.observation.grade,
      u.observation.rectificationsDue,
      u.rectificationsClosedOnTime,
      u.observation.rectificationsOverdue,
      u.coverage.meetings,
      u.coverage.compliant,
      u.coverage.rate
    ])
  }
}

/** Sheet 领导干部; `months` names how many months the year has had so far. */
export function cadreSheet(cadres: readonly CadreYear[], months: number): SheetData {
  return {
    name: '领导干部',
    columns: [
      ...AREA_UNIT,
      col('姓名', 10),
      col('职务', 14),
      col(`自学达标月数（共${months}个月）`, 22),
      col('自学篇次', 10),
      col('心得体会', 10),
      col('进学校讲课（区领导）', 20),
      col('沉到基层宣讲', 14),
      col('会上领学', 10),
      col('交流互学', 10)
    ],
    rows: cadres.map((c) => [
      c.areaName,
      c.unitName,
      c.name,
      c.position,
      c.monthsMet,
      c.studies,
      c.counts.note ?? 0,
      c.lectureQuota === null ? null : `${c.counts.lecture ?? 0}/${c.lectureQuota}`,
      c.counts.outreach ?? 0,
      c.counts.leadStudy ?? 0,
      c.counts.exchange ?? 0
    ])
  }
}

/** Sheet 巡听旁听. */
export function sessionSheet(sessions: readonly SessionRow[]): SheetData {
  return {
    name: '巡听旁听',
    columns: [
      col('日期', 12),
      col('时间', 8),
      col('方式', 8),
      col('单位', 24),
      col('巡听旁听小组', 18),
      col('评分人及得分', 36),
      col('评分人数', 10),
      col('平均得分', 10),
      col('等次', 8),
      col('结果反馈', 10),
      col('整改状态', 10)
    ],
    rows: sessions.map((s) => [
      s.day,
      s.time,
      MODE_LABELS[s.mode],
      s.unitName,
      s.groupName,
      s.observers.map((o) => `${o.name} ${o.total}`).join('；'),
      s.observers.length,
      s.meanScore,
      s.grade,
      s.feedbackSent ? '已反馈' : '未反馈',
      s.rectification ? RECTIFICATION_LABELS[s.rectification] : null
    ])
  }
}

/** How the group's verification reads: who verified and when, or why it was sent back. */
function verification(r: RectificationRow): string | null {
  if (r.status === 'closed') return `已核验${r.verifiedOn ? ` ${r.verifiedOn}` : ''}${r.verifierName ? ` ${r.verifierName}` : ''}`
  if (r.status === 'returned') return `已退回：${r.returnReason ?? ''}`
  if (r.status === 'submitted') return '待核验'
  return null
}

/** Sheet 整改督查; days overdue are counted to `today`. */
export function rectificationSheet(rects: readonly RectificationRow[], today: DayKey): SheetData {
  return {
    name: '整改督查',
    columns: [
      ...AREA_UNIT,
      col('巡听日期', 12),
      col('发现问题', 40),
      col('意见建议', 40),
      col('整改期限', 12),
      col('状态', 10),
      col('逾期天数', 10),
      col('整改措施', 40),
      col('整改答复日期', 14),
      col('核验情况', 24),
      col('整改轮次', 10)
    ],
    rows: rects.map((r) => [
      r.areaName,
      r.unitName,
      r.sessionDay,
      r.findings,
      r.suggestions,
      r.deadline,
      RECTIFICATION_LABELS[r.status],
      daysOverdue(r, today),
      r.measures,
      r.answeredOn,
      verification(r),
      r.rounds
    ])
  }
}

/** Sheet 第一议题: a column per classic of the catalogue, in catalogue order. */
export function agendaSheet(units: readonly AgendaYear[], classics: ReadonlyArray<{ id: string; title: string }>): SheetData {
  return {
    name: '第一议题',
    columns: [
      ...AREA_UNIT,
      col('会议数', 8),
      col('合规', 8),
      col('不合规', 8),
      col('其中逾期未记录', 16),
      col('覆盖率(%)', 12),
      ...classics.map((c) => col(`${c.title}（次）`, Math.max(12, c.title.length * 2 + 4)))
    ],
    rows: units.map((u) => [
      u.areaName,
      u.unitName,
      u.coverage.meetings,
      u.coverage.compliant,
      u.coverage.nonCompliant,
      u.coverage.overdue,
      u.coverage.rate,
      ...classics.map((c) => u.classicUses.get(c.id) ?? 0)
    ])
  }
}
