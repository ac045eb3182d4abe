import { expiryJob } from './expiry.job'
import type { Job } from './job'

/** Read reminders stay in the inbox this long after they were read (issue 9). */
export const INBOX_READ_RETENTION_DAYS = 90

/** The daily expiry of reminders read more than 90 days ago; unread ones always stay. */
export function inboxExpiryJob(limits: { page?: number; maxPages?: number } = {}): Job {
  return expiryJob({
    name: 'inbox.expire',
    retentionDays: INBOX_READ_RETENTION_DAYS,
    remove: (store, cutoff, limit) => store.inbox.removeReadBefore(cutoff, limit),
    ...limits
  })
}
