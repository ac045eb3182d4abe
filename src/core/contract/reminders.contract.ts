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
  observationFeedback: z.object({ enabled: z.boolean(), afterDays: days('巡听后几天提醒反馈', 1, 30) })
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
      'Runs the daily reminders now (立即运行). Not a cached write: it runs outside any transaction, and running it again adds nothing',
    input: z.object({}).default({}),
    output: z.object({ planned: z.number().int().nonnegative(), added: z.number().int().nonnegative() }),
    roles: ['admin'],
    write: false
  })
}
