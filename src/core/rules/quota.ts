import type { DayKey, MonthKey } from '../time'
import { monthOfDay, shiftMonth } from '../time'

/** Seed defaults from the district notice; the admin may set them per year (later issue). */
export const DEFAULT_QUOTAS = {
  /** Major speeches studied per calendar month (每月至少反复学习研读5篇). */
  speechesPerMonth: 5,
  /** School lectures per calendar year for district leaders (每年至少2次). */
  lecturesPerYear: 2
} as const

/** Progress towards a quota: never more than a plain count against a target. */
export interface QuotaProgress {
  count: number
  quota: number
  met: boolean
}

/** Progress of a count towards its quota. */
export function progress(count: number, quota: number): QuotaProgress {
  return { count, quota, met: count >= quota }
}

/** Counts the self-study records of a month; every study counts, repeats included (反复学习研读). */
export function countStudiesInMonth(
  records: ReadonlyArray<{ studiedOn: DayKey; withdrawnAt: string | null }>,
  month: MonthKey
): number {
  return records.filter((r) => r.withdrawnAt === null && monthOfDay(r.studiedOn) === month).length
}

/** Why a study date is not acceptable, or null when it is. */
export function studyDateProblem(studiedOn: DayKey, today: DayKey): string | null {
  if (studiedOn > today) return '学习日期不能晚于今天'
  // Late entries are fine for last month (recorded on the 1st), but older months are closed.
  if (monthOfDay(studiedOn) < shiftMonth(monthOfDay(today), -1)) return '只能补记本月和上月的学习'
  return null
}

/**
 * A cadre may withdraw a record only while its month is still open, so a closed month's
 * figures never change behind the unit's back.
 */
export function canWithdrawStudy(record: { studiedOn: DayKey; withdrawnAt: string | null }, today: DayKey): boolean {
  return record.withdrawnAt === null && monthOfDay(record.studiedOn) === monthOfDay(today)
}
