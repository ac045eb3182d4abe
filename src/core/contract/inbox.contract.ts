import { z } from 'zod'
import { ROLES } from '../model/roles'
import { action } from './action'
import { id } from './fields'

// The in-app inbox (issue 9): every reminder lands here first, whatever else is sent.

export const inboxItemView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** The page that resolves the reminder. */
  route: z.string(),
  createdAt: z.string(),
  read: z.boolean()
})
export type InboxItemView = z.infer<typeof inboxItemView>

/** How many items the inbox shows (read ones are deleted 90 days after reading). */
export const INBOX_PAGE = 50

export const inboxActions = {
  'inbox.list': action({
    summary: "The caller's reminders, newest first, and how many are unread",
    input: z.object({}).default({}),
    output: z.object({ items: z.array(inboxItemView), unread: z.number().int().nonnegative() }),
    roles: ROLES,
    write: false
  }),
  'inbox.read': action({
    summary: 'Marks one of the caller’s reminders read (again is harmless)',
    input: z.object({ id: id('提醒') }),
    output: inboxItemView,
    roles: ROLES,
    write: true
  })
}
