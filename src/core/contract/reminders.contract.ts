import { z } from 'zod'
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

export const remindersActions = {
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
