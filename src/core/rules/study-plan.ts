import type { StudyPlanItem } from '../model/study-plan'
import type { StudyRecord } from '../model/study'
import type { MonthKey } from '../time'
import { monthOfDay, shiftMonth } from '../time'

// The self-study plan (制定自学计划): which planned speeches are studied, and which is next. The
// reminders' planner (reminders/rules/study-this-month.ts) names the next one with nextPlanned.

/** At most this many speeches in one month's plan (or the admin's suggested list). */
export const MAX_PLAN_ITEMS = 30

/** The plan's id: one plan per person and month, by construction on both stores. */
export function studyPlanId(personId: string, month: MonthKey): string {
  return `${personId}.${month}`
}

/** The settings key under which the admin's suggested list for a month is stored. */
export function suggestionKey(month: MonthKey): string {
  return `studyPlanSuggestion.${month}`
}

/** A plan as the rules read it: its items in order. */
export interface PlanLike {
  items: ReadonlyArray<StudyPlanItem>
}

/** What the rules read of a study record. */
export type StudyLike = Pick<StudyRecord, 'speechId' | 'title' | 'studiedOn' | 'withdrawnAt'>

/**
 * For each planned item, whether it was studied in the month: matched by catalogue id (or by title
 * for a typed one); each record satisfies one planned item, so a speech planned twice needs two
 * studies. Withdrawn records and other months' records do not count.
 */
export function plannedItemsDone(plan: PlanLike, studies: readonly StudyLike[], month: MonthKey): boolean[] {
  const left = studies.filter((s) => s.withdrawnAt === null && monthOfDay(s.studiedOn) === month)
  return plan.items.map((item) => {
    const i = left.findIndex((s) => (item.speechId !== null ? s.speechId === item.speechId : s.title === item.title))
    if (i < 0) return false
    left.splice(i, 1)
    return true
  })
}

/** The title of the first planned speech not yet studied this month, or null (no plan, or all done). */
export function nextPlanned(plan: PlanLike | undefined, studies: readonly StudyLike[], month: MonthKey): string | null {
  if (!plan) return null
  const done = plannedItemsDone(plan, studies, month)
  const i = done.indexOf(false)
  return i < 0 ? null : plan.items[i].title
}

/** How a month's plan stands: planned, studied of those, and the next one to study. */
export interface PlanProgress {
  planned: number
  studied: number
  next: StudyPlanItem | null
  /** One flag per item, in the plan's order. */
  done: boolean[]
}

/** The plan's progress, or null when there is no plan (or an empty one). */
export function planProgress(
  plan: PlanLike | null | undefined,
  studies: readonly StudyLike[],
  month: MonthKey
): PlanProgress | null {
  if (!plan || plan.items.length === 0) return null
  const done = plannedItemsDone(plan, studies, month)
  const i = done.indexOf(false)
  return {
    planned: plan.items.length,
    studied: done.filter(Boolean).length,
    next: i < 0 ? null : { ...plan.items[i] },
    done
  }
}

/**
 * Why a plan's items cannot be saved (a Chinese message and the field it names), or null. The
 * contract checks each item's shape; this checks the list: at most MAX_PLAN_ITEMS, no speech twice.
 */
export function planItemsProblem(
  items: ReadonlyArray<{ speechId: string | null; title: string | null }>
): { message: string; field: string } | null {
  if (items.length > MAX_PLAN_ITEMS) return { message: `自学计划最多 ${MAX_PLAN_ITEMS} 篇`, field: 'items' }
  const seen = new Set<string>()
  for (let i = 0; i < items.length; i++) {
    const key = items[i].speechId !== null ? `id:${items[i].speechId}` : `title:${items[i].title}`
    if (seen.has(key))
      return { message: `第 ${i + 1} 篇与前面的重复了${items[i].title ? `：${items[i].title}` : ''}`, field: `items.${i}` }
    seen.add(key)
  }
  return null
}

/** True when a plan may be made or changed for the month: this month or next month. */
export function planMonthOpen(month: MonthKey, currentMonth: MonthKey): boolean {
  return month === currentMonth || month === shiftMonth(currentMonth, 1)
}
