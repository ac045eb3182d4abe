import type { DayKey, MonthKey } from '../time'
import { monthOfDay, monthRange, shiftMonth } from '../time'
import type { MethodDetails, MethodRecord, RecordKind } from '../model/methods'
import type { Role } from '../model/roles'
import { DEFAULT_QUOTAS, progress, type QuotaProgress } from './quota'

/** The quotas in force for a year: the admin's figures, or the notice's defaults. */
export interface Quotas {
  speechesPerMonth: number
  lecturesPerYear: number
}

/** The admin's quotas for a year, or the defaults when none were set. */
export function quotasFor(set: Quotas | null): Quotas {
  return set
    ? { speechesPerMonth: set.speechesPerMonth, lecturesPerYear: set.lecturesPerYear }
    : { speechesPerMonth: DEFAULT_QUOTAS.speechesPerMonth, lecturesPerYear: DEFAULT_QUOTAS.lecturesPerYear }
}

/**
 * Whether a record of this kind with these details counts: a lecture once given; a 学习强国 note
 * never (it is a cadre's own note, not a figure anyone compares); everything else always.
 */
export function isCounted<K extends RecordKind>(kind: K, details: MethodDetails[K]): boolean {
  if (kind === 'xuexi') return false
  return kind === 'lecture' ? (details as MethodDetails['lecture']).status === 'given' : true
}

/** Only district leaders have the school-lecture quota (SPEC §2). */
export function hasLectureQuota(roles: readonly Role[]): boolean {
  return roles.includes('districtLeader')
}

/** Given, non-withdrawn lectures of a year. */
export function countGivenLectures(
  records: ReadonlyArray<Pick<MethodRecord, 'kind' | 'year' | 'counted' | 'withdrawnAt'>>,
  year: number
): number {
  return records.filter((r) => r.kind === 'lecture' && r.year === year && r.counted && r.withdrawnAt === null).length
}

/** A district leader's lecture progress for the year, or null for someone without the quota. */
export function lectureProgress(roles: readonly Role[], given: number, quotas: Quotas): QuotaProgress | null {
  return hasLectureQuota(roles) ? progress(given, quotas.lecturesPerYear) : null
}

/**
 * Why a record's date is not acceptable, or null. Dates cannot be in the future — a planned
 * lecture aside — and late entries are taken for this month and last month only (a lecture: its
 * whole year too), so closed periods do not change behind the unit's back.
 */
export function recordDateProblem(kind: RecordKind, date: DayKey, today: DayKey, planned = false): string | null {
  if (planned) return date < monthRange(shiftMonth(monthOfDay(today), -1)).first ? '计划日期不能早于上月' : null
  if (date > today) return kind === 'lecture' ? '讲课日期不能晚于今天；尚未讲授的课请登记为“计划”' : '日期不能晚于今天'
  const oldest = monthRange(shiftMonth(monthOfDay(today), -1)).first
  if (kind === 'lecture' && date.slice(0, 4) === today.slice(0, 4)) return null
  if (date < oldest) return '只能补记本月和上月的记录'
  return null
}

/** Why a 学习强国 report month is not acceptable, or null. */
export function xuexiMonthProblem(month: MonthKey, today: DayKey): string | null {
  const current = monthOfDay(today)
  if (month > current) return '不能填报以后的月份'
  if (month < shiftMonth(current, -1)) return '只能填报本月和上月'
  return null
}

/**
 * Whether the owner may still withdraw a record: not withdrawn, not produced by a meeting (that
 * is changed through the meeting), and its period still open — the year for a lecture (a planned
 * one always), the month otherwise.
 */
export function canWithdrawRecord(
  record: Pick<MethodRecord, 'kind' | 'date' | 'counted' | 'withdrawnAt' | 'sourceMeetingId'>,
  today: DayKey
): boolean {
  if (record.withdrawnAt !== null || record.sourceMeetingId !== null) return false
  if (record.kind === 'lecture') return !record.counted || record.date.slice(0, 4) === today.slice(0, 4)
  return monthOfDay(record.date) === monthOfDay(today)
}

/** The owner may edit a record while it could still be withdrawn. */
export const canEditRecord = canWithdrawRecord

/**
 * Who may see a person's record (SPEC §7): its owner, the secretary and leader of the unit it
 * was recorded in, and the admin.
 */
export function canViewRecord(
  viewer: { id: string; unitId: string; roles: readonly Role[]; readsDistrict?: boolean },
  record: { personId: string; unitId: string }
): boolean {
  // readsDistrict: a district leader the admin let read the district (dashboard access).
  if (viewer.id === record.personId || viewer.roles.includes('admin') || viewer.readsDistrict === true) return true
  return viewer.unitId === record.unitId && (viewer.roles.includes('unitSecretary') || viewer.roles.includes('unitLeader'))
}
