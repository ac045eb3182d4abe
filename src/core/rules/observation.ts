import type { StatusText } from '../status'
import type {
  Observation,
  ObservationMode,
  Rectification,
  RectificationStatus,
  Rubric,
  RubricItem,
  ScoreSheet
} from '../model/observation'
import { OBSERVATION_MODES } from '../model/observation'
import type { DayKey } from '../time'
import { dayOf, yearOf } from '../time'

// Pure rules of the observation of central-group study (SPEC §3).

/** The default rubric (SPEC §3): 8 items, 100 points. Version 1 is built in; the admin publishes later ones. */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  publishedAt: '2026-01-01T00:00:00.000Z',
  publishedBy: 'system',
  items: [
    { key: 'lead_height', part: '领学', label: '往高处领（政治高度）', max: 15 },
    { key: 'lead_depth', part: '领学', label: '往深处领（理论深度）', max: 15 },
    { key: 'lead_practice', part: '领学', label: '往实处领（联系实际）', max: 15 },
    { key: 'talk_insight', part: '研讨', label: '结合工作实际谈体会，较为深刻', max: 15 },
    { key: 'talk_solutions', part: '研讨', label: '提出破解难题的思路举措', max: 10 },
    { key: 'talk_carriers', part: '研讨', label: '谋划推动工作的载体抓手', max: 10 },
    { key: 'org_documents', part: '组织', label: '第一议题/学习计划/资料齐全', max: 10 },
    { key: 'org_discussion', part: '组织', label: '研讨式学习，交流充分', max: 10 }
  ]
}

/** Every rubric version must add up to this many points. */
export const RUBRIC_TOTAL = 100

/** Scores are whole or half points. */
export const SCORE_STEP = 0.5

/** A problem with an input, naming its field as a dotted path. */
export interface FieldProblem {
  field: string
  message: string
}

/** Rounds to one decimal (scores are shown as 86.5). */
export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** Why a new rubric's items are not acceptable, or null. */
export function rubricItemsProblem(items: ReadonlyArray<Pick<RubricItem, 'part' | 'label' | 'max'>>): FieldProblem | null {
  if (items.length === 0) return { field: 'items', message: '评分细则至少要有一项' }
  const seen = new Set<string>()
  for (const [i, item] of items.entries()) {
    if (!Number.isInteger(item.max) || item.max < 1 || item.max > RUBRIC_TOTAL) {
      return { field: `items.${i}.max`, message: `第${i + 1}项的分值应为1到${RUBRIC_TOTAL}之间的整数` }
    }
    const name = `${item.part}|${item.label}`
    if (seen.has(name)) return { field: `items.${i}.label`, message: `第${i + 1}项与前面的项目重复` }
    seen.add(name)
  }
  const total = items.reduce((sum, item) => sum + item.max, 0)
  if (total !== RUBRIC_TOTAL) return { field: 'items', message: `各项分值合计应为${RUBRIC_TOTAL}分，现在是${total}分` }
  return null
}

/** The items of a new version, with stable keys by position. */
export function keyedItems(items: ReadonlyArray<Pick<RubricItem, 'part' | 'label' | 'max'>>): RubricItem[] {
  return items.map((item, i) => ({ key: `item${i + 1}`, part: item.part, label: item.label, max: item.max }))
}

/** The highest possible total of a rubric. */
export function rubricMax(rubric: Pick<Rubric, 'items'>): number {
  return rubric.items.reduce((sum, item) => sum + item.max, 0)
}

/** Why the scores do not fit the rubric (an item missing, out of its bounds, not a half step), or null. */
export function scoresProblem(rubric: Pick<Rubric, 'items'>, scores: Record<string, number>): FieldProblem | null {
  const known = new Set(rubric.items.map((i) => i.key))
  const unknown = Object.keys(scores).find((k) => !known.has(k))
  if (unknown) return { field: `scores.${unknown}`, message: '评分表中没有这一项，请刷新后重新评分' }
  for (const item of rubric.items) {
    const value = scores[item.key]
    const field = `scores.${item.key}`
    if (value === undefined || value === null || Number.isNaN(value)) return { field, message: `请为“${item.label}”打分` }
    if (value < 0 || value > item.max) return { field, message: `“${item.label}”的得分应在0到${item.max}分之间` }
    if (!Number.isInteger(value / SCORE_STEP)) return { field, message: `“${item.label}”的得分应为整数或半分` }
  }
  return null
}

/** The total of one sheet. */
export function sheetTotal(rubric: Pick<Rubric, 'items'>, scores: Record<string, number>): number {
  return round1(rubric.items.reduce((sum, item) => sum + (scores[item.key] ?? 0), 0))
}

/** The session score: the mean of the submitted totals (one decimal), or null before any sheet. */
export function sessionScore(totals: readonly number[]): number | null {
  if (totals.length === 0) return null
  return round1(totals.reduce((a, b) => a + b, 0) / totals.length)
}

export const GRADES = ['优秀', '良好', '一般', '较差'] as const
export type Grade = (typeof GRADES)[number]

/** SPEC: ≥ 90 优秀, ≥ 80 良好, ≥ 60 一般, else 较差. */
export function gradeOf(score: number): Grade {
  if (score >= 90) return '优秀'
  if (score >= 80) return '良好'
  if (score >= 60) return '一般'
  return '较差'
}

/** The instant of a district wall-clock time: China keeps UTC+8 all year (no daylight saving). */
export function sessionInstant(day: DayKey, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`)
}

/** The district day and year of a session start. */
export function sessionPeriod(startsAt: Date): { day: DayKey; year: number } {
  return { day: dayOf(startsAt), year: yearOf(startsAt) }
}

/**
 * Whether the observed unit may see the observation: a random one is not announced, so the drawn
 * unit sees it only from its start time; every other mode is visible once planned.
 */
export function visibleToUnit(observation: Pick<Observation, 'mode' | 'startsAt'>, now: Date): boolean {
  if (observation.mode !== 'random') return true
  return now.getTime() >= new Date(observation.startsAt).getTime()
}

/** Why the observer may not (re)submit a sheet now, or null. A withdrawn session cannot be scored. */
export function scoringProblem(
  observation: Pick<Observation, 'status' | 'day'>,
  feedbackSent: boolean,
  today: DayKey,
  sessionWithdrawn = false
): string | null {
  if (observation.status !== 'planned') return '这次巡听旁听已取消或尚未安排，不能评分'
  if (sessionWithdrawn) return '单位已撤销该次中心组学习，不能评分'
  if (today < observation.day) return '学习会还没有开始，开始后才能评分'
  if (feedbackSent) return '已向单位反馈结果，评分不能再修改'
  return null
}

/** The unit still owes an answer and the deadline has passed. */
export function isRectificationOverdue(rect: Pick<Rectification, 'status' | 'deadline'>, today: DayKey): boolean {
  return (rect.status === 'open' || rect.status === 'returned') && today > rect.deadline
}

/** Rectification states as tags show them (each in the one status palette). */
export const RECTIFICATION_LABELS: Record<RectificationStatus, StatusText> = {
  open: '待整改',
  submitted: '待核验',
  returned: '已退回',
  closed: '已整改'
}

/** Per unit and year, for the annual ideology assessment. */
export interface AnnualUnitFigures {
  unitId: string
  year: number
  byMode: Record<ObservationMode, number>
  observed: number
  /**
   * Distinct central-group sessions observed: two observations of one session (a group's and a
   * partner unit's, say) count once; a plan made before sessions counts as its own.
   */
  sessionsObserved: number
  /** Sessions with at least one sheet. */
  scoredSessions: number
  meanScore: number | null
  grade: Grade | null
  rectificationsDue: number
  rectificationsClosed: number
  rectificationsOverdue: number
}

/**
 * The figures of one unit in one year: planned observations by mode, the mean of its session
 * scores and its grade, and its rectifications (due = feedback sent, closed, overdue today).
 */
export function annualFigures(
  unitId: string,
  year: number,
  observations: ReadonlyArray<Pick<Observation, 'id' | 'unitId' | 'year' | 'mode' | 'status' | 'sessionId'>>,
  sheets: ReadonlyArray<Pick<ScoreSheet, 'observationId' | 'total'>>,
  rectifications: ReadonlyArray<Pick<Rectification, 'id' | 'status' | 'deadline'>>,
  today: DayKey
): AnnualUnitFigures {
  const mine = observations.filter((o) => o.unitId === unitId && o.year === year && o.status === 'planned')
  const ids = new Set(mine.map((o) => o.id))
  const byMode = Object.fromEntries(OBSERVATION_MODES.map((m) => [m, 0])) as Record<ObservationMode, number>
  for (const o of mine) byMode[o.mode]++
  const totals = new Map<string, number[]>()
  for (const s of sheets) {
    if (!ids.has(s.observationId)) continue
    totals.set(s.observationId, [...(totals.get(s.observationId) ?? []), s.total])
  }
  const sessionScores = [...totals.values()].map((t) => sessionScore(t) as number)
  const meanScore = sessionScore(sessionScores)
  const rects = rectifications.filter((r) => ids.has(r.id))
  return {
    unitId,
    year,
    byMode,
    observed: mine.length,
    sessionsObserved: new Set(mine.map((o) => o.sessionId ?? `plan:${o.id}`)).size,
    scoredSessions: sessionScores.length,
    meanScore,
    grade: meanScore === null ? null : gradeOf(meanScore),
    rectificationsDue: rects.length,
    rectificationsClosed: rects.filter((r) => r.status === 'closed').length,
    rectificationsOverdue: rects.filter((r) => isRectificationOverdue(r, today)).length
  }
}

export { drawUnits, verifyDraw, mulberry32, shuffle, isSeed, MAX_SEED } from './random-draw'

/** The district wall-clock time `HH:mm` of an instant (UTC+8, no daylight saving). */
export function sessionClock(startsAt: string): string {
  return new Date(Date.parse(startsAt) + 8 * 3600 * 1000).toISOString().slice(11, 16)
}
