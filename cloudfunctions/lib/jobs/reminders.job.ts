import { resolveReminderSettings } from '../../../src/core/contract/reminders.contract'
import type { InboxItem } from '../../../src/core/model'
import type { ReminderFacts } from '../../../src/core/reminders/facts'
import type { Reminder } from '../../../src/core/reminders/model'
import { planReminders } from '../../../src/core/reminders/plan'
import type { ReminderSettings } from '../../../src/core/reminders/settings'
import { monthOf, shiftMonth, yearOf } from '../../../src/core/time'
import type { Repositories } from '../ports/store.port'
import { sha256 } from '../util/ids'
import type { Job } from './job'

/**
 * The facts the planner needs, read unit by unit (a few queries per unit, never one per person):
 * the roster, this and last month's self-study, this year's lectures, and the year's meetings,
 * observations, score sheets and rectifications (last year's too, for what carries over).
 */
export async function loadReminderFacts(store: Repositories, now: Date): Promise<ReminderFacts> {
  const month = monthOf(now)
  const lastMonth = shiftMonth(month, -1)
  const year = yearOf(now)
  const years = [year - 1, year]
  const units = await store.units.list()
  const active = units.filter((u) => u.active)
  const perUnit = await Promise.all(
    active.map(async (unit) => {
      const [people, studies, previous, lectures] = await Promise.all([
        store.people.listByUnit(unit.id),
        store.studies.listByUnitMonth(unit.id, month),
        store.studies.listByUnitMonth(unit.id, lastMonth),
        store.methodRecords.listByUnit({ unitId: unit.id, year, kind: 'lecture' })
      ])
      return { people, studies: [...studies, ...previous], lectures }
    })
  )
  const [yearQuotas, groups, meetings, observations, sheets, rectifications] = await Promise.all([
    store.quotas.list(),
    store.observationGroups.list(),
    Promise.all(years.map((y) => store.meetings.listByYear(y))),
    Promise.all(years.map((y) => store.observations.listByYear(y))),
    Promise.all(years.map((y) => store.scoreSheets.listByYear(y))),
    Promise.all(years.map((y) => store.rectifications.listByYear(y)))
  ])
  return {
    units,
    people: perUnit.flatMap((u) => u.people),
    yearQuotas,
    studies: perUnit.flatMap((u) => u.studies),
    records: perUnit.flatMap((u) => u.lectures),
    meetings: meetings.flat(),
    observations: observations.flat(),
    groups,
    sheets: sheets.flat(),
    rectifications: rectifications.flat()
  }
}

/** Where the admin's reminder settings are kept. */
export const REMINDER_SETTINGS_KEY = 'reminders'

/** The settings the reminders are planned with: the admin's, else SPEC §5's defaults. */
export async function reminderSettingsOf(repos: Repositories): Promise<{ settings: ReminderSettings; updatedAt: string | null }> {
  const stored = await repos.settings.get(REMINDER_SETTINGS_KEY)
  return { settings: resolveReminderSettings(stored?.value), updatedAt: stored?.updatedAt ?? null }
}

/** The inbox id of a reminder: the hash of its dedupe key, so it lands once. */
export const inboxIdOf = (reminder: Reminder): string => sha256(`reminder|${reminder.dedupeKey}`).slice(0, 32)

/** The inbox item of a reminder. */
export function inboxItemOf(reminder: Reminder, now: Date): InboxItem {
  const query = Object.entries(reminder.query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return {
    id: inboxIdOf(reminder),
    personId: reminder.personId,
    obligation: reminder.obligation,
    period: reminder.period,
    stage: reminder.stage,
    title: reminder.title,
    body: reminder.body,
    route: query ? `${reminder.route}?${query}` : reminder.route,
    createdAt: now.toISOString(),
    readAt: null
  }
}

/** What one run did: reminders planned today, and how many were new to the inbox. */
export interface RemindersResult {
  planned: number
  added: number
}

/**
 * Plans today's reminders and puts each in its recipient's inbox. A reminder planned again (a later
 * run the same day, a rerun after a crash, two runs at once) adds nothing: the inbox refuses its id.
 * Outside 08:00–21:00 China time the planner gives nothing. Not inside a transaction (it queries).
 */
export async function deliverReminders(store: Repositories, now: Date): Promise<RemindersResult> {
  const [facts, { settings }] = await Promise.all([loadReminderFacts(store, now), reminderSettingsOf(store)])
  const reminders = planReminders(facts, now, settings)
  let added = 0
  for (const reminder of reminders) if (await store.inbox.add(inboxItemOf(reminder, now))) added++
  return { planned: reminders.length, added }
}

/** The daily reminders (SPEC §5), first on the job list. */
export function remindersJob(): Job {
  return {
    name: 'reminders.deliver',
    async run({ store, clock, log }): Promise<RemindersResult> {
      const result = await deliverReminders(store, clock.now())
      if (result.added) log.info('reminders.deliver', { ...result })
      return result
    }
  }
}
