import type { ReminderPreviewItem } from '../../../src/core/contract/reminders.contract'
import { OBLIGATION_LABELS } from '../../../src/core/reminders/model'
import { inSendWindow, planDay } from '../../../src/core/reminders/plan'
import { dayOf } from '../../../src/core/time'
import { REMINDER_SETTINGS_KEY, deliverReminders, inboxIdOf, loadReminderFacts, reminderSettingsOf } from '../jobs/reminders.job'
import type { HandlerTable } from './context'
import { audit, callerOf } from './context'

export const remindersHandlers: Pick<
  HandlerTable,
  'reminders.preview' | 'reminders.run' | 'reminders.settings' | 'reminders.settings.save'
> = {
  async 'reminders.preview'(_input, ctx) {
    const [facts, { settings }] = await Promise.all([loadReminderFacts(ctx.repos, ctx.now), reminderSettingsOf(ctx.repos)])
    const planned = planDay(facts, ctx.now, settings)
    const people = new Map(facts.people.map((p) => [p.id, p]))
    const units = new Map(facts.units.map((u) => [u.id, u.name]))
    const ids = planned.map(inboxIdOf)
    const delivered = await ctx.repos.inbox.existing(ids)
    const items: ReminderPreviewItem[] = []
    for (const [i, reminder] of planned.entries()) {
      const person = people.get(reminder.personId)
      items.push({
        obligation: reminder.obligation,
        label: OBLIGATION_LABELS[reminder.obligation],
        personId: reminder.personId,
        personName: person?.name ?? '',
        unitName: (person && units.get(person.unitId)) ?? '',
        title: reminder.title,
        body: reminder.body,
        delivered: delivered.has(ids[i])
      })
    }
    return { day: dayOf(ctx.now), sendable: inSendWindow(ctx.now), items }
  },

  async 'reminders.run'(_input, ctx) {
    return deliverReminders(ctx.repos, ctx.now)
  },

  async 'reminders.settings'(_input, ctx) {
    return reminderSettingsOf(ctx.repos)
  },

  async 'reminders.settings.save'(input, ctx) {
    const person = callerOf(ctx)
    const updatedAt = ctx.now.toISOString()
    await ctx.repos.settings.put({ key: REMINDER_SETTINGS_KEY, value: input.settings, updatedAt, updatedBy: person.id })
    await audit(ctx, 'setting', REMINDER_SETTINGS_KEY, 'update', input.settings)
    return { settings: input.settings, updatedAt }
  }
}
