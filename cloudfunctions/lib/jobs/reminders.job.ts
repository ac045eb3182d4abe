import { resolveReminderSettings } from '../../../src/core/contract/reminders.contract'
import type { ReminderSettings } from '../../../src/core/reminders/settings'
import type { Repositories } from '../ports/store.port'
import type { Job, JobDeps } from './job'
import { runReminders, type RemindersResult } from './reminders/run'

export { loadReminderFacts } from './reminders/facts'
export { PERMISSION_HINT, inboxIdOf, inboxItemOf, runReminders, type RemindersResult } from './reminders/run'

/** Where the admin's reminder settings are kept. */
export const REMINDER_SETTINGS_KEY = 'reminders'

/** The settings the reminders are planned with: the admin's, else SPEC §5's defaults. */
export async function reminderSettingsOf(repos: Repositories): Promise<{ settings: ReminderSettings; updatedAt: string | null }> {
  const stored = await repos.settings.get(REMINDER_SETTINGS_KEY)
  return { settings: resolveReminderSettings(stored?.value), updatedAt: stored?.updatedAt ?? null }
}

/**
 * Runs, resumes or finishes today's reminders with the job's ports (reminders/run.ts): the
 * scheduler's firings, the local host's daily tick and the admin's 立即运行 all come here.
 */
export async function deliverReminders(
  deps: { store: Repositories } & Pick<JobDeps, 'clock' | 'push' | 'deadlineMs'>,
  batchSize?: number
): Promise<RemindersResult> {
  const { settings } = await reminderSettingsOf(deps.store)
  return runReminders({ ...deps, settings, batchSize })
}

/** The daily reminders (SPEC §5), first on the job list. */
export function remindersJob(batchSize?: number): Job {
  return {
    name: 'reminders.deliver',
    async run(deps): Promise<RemindersResult> {
      const result = await deliverReminders(deps, batchSize)
      if (result.permissionMissing) deps.log.error('reminders.deliver: 缺少订阅消息发送权限', { notice: result.notice })
      else if (result.added || result.pushes.sent || result.pushes.failed) deps.log.info('reminders.deliver', { ...result })
      return result
    }
  }
}
