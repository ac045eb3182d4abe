import type { ReminderPreviewItem, ReminderRunView } from '../../../src/core/contract/reminders.contract'
import { pushFailureReason } from '../../../src/core/reminders/push-errors'
import { OBLIGATIONS, OBLIGATION_LABELS } from '../../../src/core/reminders/model'
import { inSendWindow, planDay } from '../../../src/core/reminders/plan'
import { dayOf } from '../../../src/core/time'
import {
  PERMISSION_HINT,
  REMINDER_SETTINGS_KEY,
  deliverReminders,
  inboxIdOf,
  loadReminderFacts,
  reminderSettingsOf
} from '../jobs/reminders.job'
import { inboxOnlySender } from '../ports/push.port'
import type { HandlerTable } from './context'
import { audit, callerOf } from './context'

/** How long 立即运行 may take batches: the api function's 20 s timeout less a margin for the answer. */
const API_RUN_BUDGET_MS = 14_000
/** The admin sees this many days of runs and this many of today's failed pushes. */
const RUNS_SHOWN = 30
const FAILED_SHOWN = 200

export const remindersHandlers: Pick<
  HandlerTable,
  'reminders.preview' | 'reminders.run' | 'reminders.runs' | 'reminders.settings' | 'reminders.settings.save'
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
    // The same job code as the scheduler's firings: it resumes or finishes today's run, or only
    // retries due pushes once the run is finished. The api function times out at 20 s (config.json).
    const clock = ctx.deps.clock
    const result = await deliverReminders({
      store: ctx.repos,
      clock,
      push: ctx.deps.push ?? inboxOnlySender,
      deadlineMs: clock.now().getTime() + API_RUN_BUDGET_MS
    })
    return { ...result }
  },

  async 'reminders.runs'(_input, ctx) {
    const [runs, failed] = await Promise.all([
      ctx.repos.reminderRuns.listRecent(RUNS_SHOWN),
      ctx.repos.reminderPushes.listByStatus(dayOf(ctx.now), 'failed', FAILED_SHOWN)
    ])
    const views: ReminderRunView[] = runs.map((run) => ({
      day: run.id,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      invocations: run.invocations,
      batches: run.batches,
      people: run.people,
      planned: run.planned,
      byObligation: OBLIGATIONS.filter((o) => run.byObligation[o]).map((o) => ({
        obligation: o,
        label: OBLIGATION_LABELS[o],
        count: run.byObligation[o]
      })),
      inboxAdded: run.inboxAdded,
      pushes: run.pushes,
      failures: run.failures.map((f) => ({ ...f, reason: pushFailureReason(f.errcode, f.errmsg) })),
      permissionMissing: run.permissionMissing
    }))
    return {
      runs: views,
      failed: failed.map((p) => ({
        personId: p.personId,
        personName: p.personName,
        errcode: p.errcode,
        errmsg: p.errmsg,
        reason: pushFailureReason(p.errcode, p.errmsg),
        attempts: p.attempts,
        nextAttemptAt: p.nextAttemptAt
      })),
      notice: runs[0]?.id === dayOf(ctx.now) && runs[0].permissionMissing ? PERMISSION_HINT : null
    }
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
