import type { ReminderPreviewItem } from '../../../src/core/contract/reminders.contract'
import { OBLIGATION_LABELS } from '../../../src/core/reminders/model'
import { inSendWindow, planDay } from '../../../src/core/reminders/plan'
import { dayOf } from '../../../src/core/time'
import { deliverReminders, inboxItemOf, loadReminderFacts } from '../jobs/reminders.job'
import type { HandlerTable } from './context'

export const remindersHandlers: Pick<HandlerTable, 'reminders.preview' | 'reminders.run'> = {
  async 'reminders.preview'(_input, ctx) {
    const facts = await loadReminderFacts(ctx.repos, ctx.now)
    const planned = planDay(facts, ctx.now)
    const people = new Map(facts.people.map((p) => [p.id, p]))
    const units = new Map(facts.units.map((u) => [u.id, u.name]))
    const ids = planned.map((reminder) => inboxItemOf(reminder, ctx.now).id)
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
  }
}
