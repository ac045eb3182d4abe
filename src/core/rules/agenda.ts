import type { ContentType, FirstItemType, Meeting } from '../model/meeting'
import { CONTENT_TYPES } from '../model/meeting'
import type { StudyRecordWish } from './occasion-records'
import { studyRecordWishes } from './occasion-records'
import type { DayKey, MonthKey } from '../time'
import { dayOf, formatDayZh, formatMonthZh, monthOfDay, shiftMonth } from '../time'

// Pure rules of the first agenda item (第一议题), SPEC §1: compliance, coverage over periods,
// overdue records, the 30-day lock, and the records a meeting yields (record once, reuse everywhere).

/** A meeting not recorded this many days after its date is overdue. */
export const RECORD_WITHIN_DAYS = 3
/** A completed meeting locks this many days after it was recorded (the admin may still correct it). */
export const LOCK_AFTER_DAYS = 30

const DAY_MS = 24 * 3600 * 1000

/** True for the four kinds of study content. */
export function isStudyContent(type: FirstItemType | null | undefined): type is ContentType {
  return !!type && (CONTENT_TYPES as readonly string[]).includes(type)
}

/** Compliant: the first agenda item exists and is study content of one of the four types. */
export function isCompliant(meeting: Pick<Meeting, 'firstItem'>): boolean {
  return meeting.firstItem !== null && isStudyContent(meeting.firstItem.contentType)
}

/** The calendar day `days` after `day`. */
export function addDays(day: DayKey, days: number): DayKey {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The last day a meeting may be recorded without being overdue. */
export function recordDeadline(day: DayKey): DayKey {
  return addDays(day, RECORD_WITHIN_DAYS)
}

type Tracked = Pick<Meeting, 'status' | 'day' | 'startsAt' | 'withdrawnAt'>

/** Planned, not withdrawn, and already started: it should be recorded now. */
export function awaitsRecord(meeting: Tracked, now: Date): boolean {
  return meeting.status === 'planned' && meeting.withdrawnAt === null && Date.parse(meeting.startsAt) <= now.getTime()
}

/** Still not recorded more than 3 days after its date. */
export function isOverdue(meeting: Tracked, today: DayKey): boolean {
  return meeting.status === 'planned' && meeting.withdrawnAt === null && today > recordDeadline(meeting.day)
}

/** Completed meetings lock 30 days after they were first recorded as held. */
export function isLocked(meeting: Pick<Meeting, 'status' | 'completedAt'>, now: Date): boolean {
  if (meeting.status !== 'completed' || !meeting.completedAt) return false
  return now.getTime() - Date.parse(meeting.completedAt) > LOCK_AFTER_DAYS * DAY_MS
}

/** A month, a quarter or a year of the district calendar. */
export type Period =
  { kind: 'month'; month: MonthKey } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'year'; year: number }

/** The quarter (1–4) a month belongs to. */
export function quarterOf(month: MonthKey): number {
  return Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1
}

/** The months of a period, oldest first. */
export function periodMonths(period: Period): MonthKey[] {
  if (period.kind === 'month') return [period.month]
  const first =
    period.kind === 'year' ? `${period.year}-01` : `${period.year}-${String((period.quarter - 1) * 3 + 1).padStart(2, '0')}`
  const count = period.kind === 'year' ? 12 : 3
  return Array.from({ length: count }, (_, i) => shiftMonth(first, i))
}

/** The year a period lies in. */
export function periodYear(period: Period): number {
  return period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year
}

/** True when a district day lies in the period. */
export function inPeriod(day: DayKey, period: Period): boolean {
  return periodMonths(period).includes(monthOfDay(day))
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** `2026年11月`, `2026年第四季度`, `2026年`. */
export function periodLabel(period: Period): string {
  if (period.kind === 'month') return formatMonthZh(period.month)
  if (period.kind === 'quarter') return `${period.year}年第${QUARTER_NAMES[period.quarter - 1]}季度`
  return `${period.year}年`
}

/** The counts behind a coverage figure. */
export interface Coverage {
  /** Meetings that count: completed ones, plus overdue unrecorded ones (their first item is missing). */
  meetings: number
  compliant: number
  nonCompliant: number
  /** Unrecorded more than 3 days after their date (counted as non-compliant). */
  overdue: number
  /** Planned and not yet overdue: not counted either way. */
  pending: number
  /** compliant / meetings as a percentage with one decimal; null without meetings. */
  rate: number | null
}

type Counted = Pick<Meeting, 'status' | 'day' | 'startsAt' | 'withdrawnAt' | 'firstItem'>

/** Coverage of the meetings whose date lies in the period (withdrawn ones never count). */
export function coverageOf(meetings: readonly Counted[], period: Period, today: DayKey): Coverage {
  const c: Coverage = { meetings: 0, compliant: 0, nonCompliant: 0, overdue: 0, pending: 0, rate: null }
  for (const m of meetings) {
    if (m.withdrawnAt !== null || !inPeriod(m.day, period)) continue
    if (m.status === 'completed') {
      c.meetings++
      if (isCompliant(m)) c.compliant++
      else c.nonCompliant++
    } else if (isOverdue(m, today)) {
      c.meetings++
      c.overdue++
      c.nonCompliant++
    } else c.pending++
  }
  c.rate = c.meetings === 0 ? null : Math.round((c.compliant / c.meetings) * 1000) / 10
  return c
}

/** Coverage per key (unit or area id), for the keys given (a key without meetings gets zeros). */
export function coverageBy<M extends Counted>(
  meetings: readonly M[],
  keys: readonly string[],
  keyOf: (m: M) => string,
  period: Period,
  today: DayKey
): Map<string, Coverage> {
  const groups = new Map<string, M[]>(keys.map((k) => [k, []]))
  for (const m of meetings) groups.get(keyOf(m))?.push(m)
  return new Map([...groups].map(([k, list]) => [k, coverageOf(list, period, today)]))
}

/** How a meeting reads in lists and in the records it yields, e.g. `11月20日党组会`. */
export function meetingName(meeting: Pick<Meeting, 'day' | 'kind'>, today: DayKey): string {
  return `${formatDayZh(meeting.day, today)}${meeting.kind}`
}

/** One method record a meeting should have produced. */
export type MeetingRecordWishOf = StudyRecordWish

/**
 * The records a meeting yields (record once, reuse everywhere): for a held meeting whose first item
 * is study, the lead's lead-study record and one exchange record per speaker. Anything else yields
 * none, so editing a meeting into another state withdraws what it had produced.
 */
export function meetingRecordWishes(
  meeting: Pick<Meeting, 'status' | 'withdrawnAt' | 'firstItem' | 'day' | 'kind'>
): MeetingRecordWishOf[] {
  const item = meeting.firstItem
  if (meeting.status !== 'completed' || meeting.withdrawnAt !== null || !item || !isStudyContent(item.contentType)) return []
  return studyRecordWishes({
    date: meeting.day,
    occasion: '党委会议',
    occasionName: meeting.kind,
    title: item.title,
    contentType: item.contentType,
    lead: item.leadId ? { personId: item.leadId, mode: item.leadMode } : null,
    tiedToWork: item.tiedToWork,
    speakers: item.speakers
  })
}

/** The instant of a district wall-clock time: China keeps UTC+8 all year (no daylight saving). */
export function meetingInstant(day: DayKey, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`)
}

/** The district wall-clock time `HH:mm` of an instant. */
export function meetingClock(startsAt: string): string {
  return new Date(Date.parse(startsAt) + 8 * 3600 * 1000).toISOString().slice(11, 16)
}

/**
 * An instant as the district reads it, e.g. `11月20日 09:00` (China time, whatever the phone's
 * zone); the year shows when it is not `today`'s.
 */
export function formatInstantZh(iso: string, today: DayKey): string {
  return `${formatDayZh(dayOf(new Date(iso)), today)} ${meetingClock(iso)}`
}
