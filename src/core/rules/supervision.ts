import type { Rectification, RectificationStatus } from '../model/observation'
import { daysBetween } from '../reminders/context'
import type { DayKey } from '../time'
import { isRectificationOverdue } from './observation'

// 意识形态专题督查 (issue 12): the cross-unit list of rectifications the admin supervises.

/** The statuses in which the unit still owes an answer: past the deadline these are overdue. */
export const OWED: readonly RectificationStatus[] = ['open', 'returned']

/**
 * The store filter for a status chip and the 已逾期 switch: overdue means owed and past the
 * deadline (isRectificationOverdue), so it narrows a chosen status to the owed ones.
 */
export function supervisionFilter(
  status: RectificationStatus | null,
  overdue: boolean,
  today: DayKey
): { statuses: RectificationStatus[] | null; deadlineBefore: DayKey | null } {
  if (!overdue) return { statuses: status ? [status] : null, deadlineBefore: null }
  return { statuses: OWED.filter((s) => status === null || s === status), deadlineBefore: today }
}

/** Whole days past the deadline of an overdue rectification; 0 when it is not overdue. */
export function daysOverdue(rect: Pick<Rectification, 'status' | 'deadline'>, today: DayKey): number {
  return isRectificationOverdue(rect, today) ? daysBetween(rect.deadline, today) : 0
}
