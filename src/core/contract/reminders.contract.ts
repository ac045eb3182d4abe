import { z } from 'zod'
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../reminders/settings'
import { action } from './action'

// The admin's view of the daily reminders (issue 9): who would be reminded of what today, and a
// run on demand. Sending stays once per reminder whatever is run (the inbox refuses a second copy).

export const reminderPreviewItem = z.object({
  obligation: z.string(),
  /** The obligation in Chinese, e.g. 本月自学未达标. */
  label: z.string(),
  personId: z.string(),
  personName: z.string(),
  unitName: z.string(),
  title: z.string(),
  body: z.string(),
  /** Already in the person's inbox (a run today, or an earlier day's run of the same stage). */
  delivered: z.boolean()
})
export type ReminderPreviewItem = z.infer<typeof reminderPreviewItem>

const days = (label: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`)
const monthDay = (label: string) => z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `${label}应为“月-日”，如 10-01`)

/** The admin's switches and days per obligation (defaults: SPEC §5). */
export const reminderSettingsSchema = z.object({
  studyThisMonth: z.object({
    enabled: z.boolean(),
    fromDay: days('本月自学从每月几日开始提醒', 1, 28),
    lastDays: days('月末再提醒的天数', 1, 10)
  }),
  studyLastMonth: z.object({ enabled: z.boolean(), onDay: days('上月汇总的日期', 1, 28) }),
  lectures: z.object({
    enabled: z.boolean(),
    juneFrom: monthDay('年中提醒日期'),
    octoberFrom: monthDay('四季度提醒日期'),
    decemberFrom: monthDay('年末提醒日期')
  }),
  meetingRecord: z.object({ enabled: z.boolean(), afterDays: days('会议后几天提醒', 1, 30) }),
  rectificationOverdue: z.object({
    enabled: z.boolean(),
    afterDays: days('整改逾期后几天提醒', 1, 30),
    everyDays: days('整改逾期后每隔几天再提醒', 1, 60)
  }),
  observationFeedback: z.object({ enabled: z.boolean(), afterDays: days('巡听后几天提醒反馈', 1, 30) }),
  nominationReview: z.object({ enabled: z.boolean(), afterDays: days('推荐提交后几天提醒审核', 1, 60) })
})

/**
 * The settings to plan with: each obligation as stored when it is valid, else its default (a
 * setting saved by an older version never stops the reminders).
 */
export function resolveReminderSettings(stored: unknown): ReminderSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
  const out = { ...DEFAULT_REMINDER_SETTINGS }
  for (const key of Object.keys(DEFAULT_REMINDER_SETTINGS) as Array<keyof ReminderSettings>) {
    const parsed = reminderSettingsSchema.shape[key].safeParse(value[key])
    if (parsed.success) Object.assign(out, { [key]: parsed.data })
  }
  return out
}

const count = z.number().int().nonnegative()
const pushCounts = z.object({ sent: count, skipped: count, failed: count, unknown: count, retried: count })

/** What one invocation of the reminders job did (the scheduler's report and 立即运行's answer). */
export const remindersRunResult = z.object({
  day: z.string(),
  /** finished: every batch done; running: stopped at the deadline, the next firing resumes; busy: another invocation holds it; night: 21:00–08:00. */
  status: z.enum(['finished', 'running', 'busy', 'night']),
  planned: count,
  added: count,
  batches: count,
  pushes: pushCounts,
  resumed: z.boolean(),
  permissionMissing: z.boolean(),
  /** What the admin must do (e.g. upload the scheduler once from WeChat DevTools), or null. */
  notice: z.string().nullable()
})

/** One day's run record, as the admin sees it. */
export const reminderRunView = z.object({
  day: z.string(),
  status: z.enum(['running', 'finished']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** More than one: it resumed from its checkpoint. */
  invocations: count,
  batches: count,
  people: count,
  planned: count,
  /** Planned reminders per obligation, with the obligation's Chinese label. */
  byObligation: z.array(z.object({ obligation: z.string(), label: z.string(), count })),
  inboxAdded: count,
  pushes: pushCounts,
  failures: z.array(
    z.object({ errcode: z.number().int(), errmsg: z.string(), reason: z.string(), permission: z.boolean(), count })
  ),
  permissionMissing: z.boolean()
})
export type ReminderRunView = z.infer<typeof reminderRunView>

/** A push of today that failed: who, the WeChat error, and what it means in Chinese. */
export const failedPushView = z.object({
  personId: z.string(),
  personName: z.string(),
  errcode: z.number().int().nullable(),
  errmsg: z.string().nullable(),
  reason: z.string(),
  attempts: count,
  /** When it is tried again, or null when it is not. */
  nextAttemptAt: z.string().nullable()
})
export type FailedPushView = z.infer<typeof failedPushView>

export const remindersActions = {
  'reminders.settings': action({
    summary: 'The reminder switches and days the daily job plans with (defaults until the admin saves)',
    input: z.object({}).default({}),
    output: z.object({ settings: reminderSettingsSchema, updatedAt: z.string().nullable() }),
    roles: ['admin'],
    write: false
  }),
  'reminders.settings.save': action({
    summary: 'Saves the reminder switches and days (audited); the next run plans with them',
    input: z.object({ settings: reminderSettingsSchema }),
    output: z.object({ settings: reminderSettingsSchema, updatedAt: z.string().nullable() }),
    roles: ['admin'],
    write: true
  }),
  'reminders.preview': action({
    summary: 'Today’s reminders as the daily job plans them, without sending: who, what, why, and whether already delivered',
    input: z.object({}).default({}),
    output: z.object({
      day: z.string(),
      /** False between 21:00 and 08:00 China time, when a run sends nothing. */
      sendable: z.boolean(),
      items: z.array(reminderPreviewItem)
    }),
    roles: ['admin'],
    write: false
  }),
  'reminders.run': action({
    summary:
      'Runs the daily reminders now (立即运行): resumes or finishes today’s run, or retries due pushes. Not a cached write: it runs outside any transaction, and running it again adds and sends nothing twice',
    input: z.object({}).default({}),
    output: remindersRunResult,
    roles: ['admin'],
    write: false
  }),
  'reminders.runs': action({
    summary:
      'The last 30 daily runs (counts per obligation, inbox, pushes, failures) and today’s failed pushes with the reason in Chinese',
    input: z.object({}).default({}),
    output: z.object({
      runs: z.array(reminderRunView),
      failed: z.array(failedPushView),
      /** What the admin must do when the open-API permission is missing, or null. */
      notice: z.string().nullable()
    }),
    roles: ['admin'],
    write: false
  })
}
