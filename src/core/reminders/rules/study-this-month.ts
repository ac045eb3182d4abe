import { STUDYING_ROLES, hasAnyRole } from '../../model/roles'
import type { DayKey, MonthKey } from '../../time'
import { daysInMonth } from '../../time'
import { nextPlanned } from '../../rules/study-plan'
import { groupBy, joinedOn, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'
import type { ReminderSettings } from '../settings'

// Self-study below quota this month → the cadre (SPEC §5): from the 20th, again in the last 3 days.

/** The day the month's last-days stage starts (the 29th of a 31-day month with 3 last days). */
function lastDaysStart(month: MonthKey, lastDays: number): number {
  return daysInMonth(month) - lastDays + 1
}

/**
 * The month's first reminder day. Fairness to newcomers: a person who joined the roster on or after
 * this day is not reminded for that month at all (nor listed in the leader's digest of it) — a cadre
 * who joined on the 25th had no fair chance at five speeches. Someone who joined on the 10th had
 * ten days' notice and is reminded.
 */
export function firstStudyReminderDay(month: MonthKey, settings: ReminderSettings['studyThisMonth']): DayKey {
  const day = Math.max(1, Math.min(settings.fromDay, lastDaysStart(month, settings.lastDays)))
  return `${month}-${String(day).padStart(2, '0')}`
}

/** True when the person joined too late in the month to be held to its quota. */
export function excusedForMonth(
  person: { createdAt: string },
  month: MonthKey,
  settings: ReminderSettings['studyThisMonth']
): boolean {
  return joinedOn(person) >= firstStudyReminderDay(month, settings)
}

/** 《title》, without doubling the brackets a typed title may already have. */
export function bookTitle(title: string): string {
  return `《${title.replace(/^《/, '').replace(/》$/, '')}》`
}

/** Which of the month's self-study reminders is due today: from the 20th, then the last days; else null. */
export function studyStageOf(ctx: PlanContext): 'from-day' | 'last-days' | null {
  const settings = ctx.settings.studyThisMonth
  if (ctx.dayOfMonth >= lastDaysStart(ctx.month, settings.lastDays)) return 'last-days'
  return ctx.dayOfMonth >= settings.fromDay ? 'from-day' : null
}

export function studyThisMonth(ctx: PlanContext): Reminder[] {
  const settings = ctx.settings.studyThisMonth
  const stage = studyStageOf(ctx)
  if (!stage) return []
  const quota = ctx.quotas(ctx.year).speechesPerMonth
  const studies = groupBy([...ctx.facts.studies, ...(ctx.facts.planStudies ?? [])], (s) => s.personId)
  const plans = new Map((ctx.facts.studyPlans ?? []).filter((p) => p.month === ctx.month).map((p) => [p.personId, p]))
  const out: Reminder[] = []
  for (const person of ctx.people) {
    // One reminder per person: a cadre who is also a district leader is still one person.
    if (!hasAnyRole(person.roles, STUDYING_ROLES) || excusedForMonth(person, ctx.month, settings)) continue
    const count = ctx.studyCount(person.id, ctx.month)
    if (count >= quota) continue
    const next = nextPlanned(plans.get(person.id), studies.get(person.id) ?? [], ctx.month)
    const lead = stage === 'last-days' ? `本月只剩 ${daysInMonth(ctx.month) - ctx.dayOfMonth + 1} 天，` : ''
    out.push(
      reminder({
        personId: person.id,
        obligation: 'studyThisMonth',
        period: ctx.month,
        stage,
        title: '本月自学提醒',
        body: `${lead}本月已自学 ${count}/${quota} 篇，还差 ${quota - count} 篇。${next ? `下一篇：${bookTitle(next)}` : ''}`,
        short: `本月自学 ${count}/${quota} 篇`,
        route: REMINDER_ROUTES.studyRecord,
        query: {},
        subjects: []
      })
    )
  }
  return out
}
