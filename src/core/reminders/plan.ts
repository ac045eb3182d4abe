import { nextDistrictHour } from '../time'
import { contextOf, type PlanContext } from './context'
import type { ReminderFacts } from './facts'
import type { Obligation, Reminder } from './model'
import { lectures } from './rules/lectures'
import { meetingRecord } from './rules/meeting-record'
import { nominationReview } from './rules/nomination-review'
import { observationFeedback } from './rules/observation-feedback'
import { rectificationOverdue } from './rules/rectification-overdue'
import { studyLastMonth } from './rules/study-last-month'
import { studyThisMonth } from './rules/study-this-month'
import { studyThisMonthDigest } from './rules/study-this-month-digest'
import { DEFAULT_REMINDER_SETTINGS, SEND_WINDOW, type ReminderSettings } from './settings'

/** One obligation's rule: everything due on the context's day, for every recipient. */
export type Rule = (ctx: PlanContext) => Reminder[]

/**
 * Every obligation of SPEC §5 and its rule; the admin's switch for it lives in settings[obligation].
 * A later obligation is one more rule file and one more line here.
 */
export const RULES: Record<Obligation, Rule> = {
  // The cadre's own reminder, and their unit leader's digest of the unit on the same days.
  studyThisMonth: (ctx) => [...studyThisMonth(ctx), ...studyThisMonthDigest(ctx)],
  studyLastMonth,
  lectures,
  meetingRecord,
  rectificationOverdue,
  observationFeedback,
  nominationReview
}

/**
 * True from 08:00 up to (not including) 21:00 China time, whatever the process's zone. Uses the
 * district's own clock helper: inside the window the next 21:00 comes before the next 08:00.
 */
export function inSendWindow(now: Date): boolean {
  return nextDistrictHour(now, SEND_WINDOW.toHour).getTime() < nextDistrictHour(now, SEND_WINDOW.fromHour).getTime()
}

/**
 * Everything due on the China day of `now`, whatever the hour: for the admin's preview and for
 * tests. Switched-off obligations give nothing; a dedupe key appears once.
 */
export function planDay(facts: ReminderFacts, now: Date, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Reminder[] {
  const ctx = contextOf(facts, now, settings)
  const seen = new Set<string>()
  const out: Reminder[] = []
  for (const [obligation, rule] of Object.entries(RULES) as Array<[Obligation, Rule]>) {
    if (!settings[obligation].enabled) continue
    for (const r of rule(ctx)) {
      if (seen.has(r.dedupeKey)) continue
      seen.add(r.dedupeKey)
      out.push(r)
    }
  }
  return out
}

/**
 * The reminders to send now. Outside 08:00–21:00 China time it returns nothing at all (rather than
 * flagging reminders unsendable), so a scheduler that fires at night cannot send by mistake.
 */
export function planReminders(
  facts: ReminderFacts,
  now: Date,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS
): Reminder[] {
  return inSendWindow(now) ? planDay(facts, now, settings) : []
}
