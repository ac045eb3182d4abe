import type { Job } from './job'

/** Read reminders stay in the inbox this long after they were read (issue 9). */
export const INBOX_READ_RETENTION_DAYS = 90

/** Items deleted per store call, and the most calls per run. */
const PAGE = 500
const MAX_PAGES = 20

/** The daily expiry of reminders read more than 90 days ago; unread ones always stay. */
export function inboxExpiryJob(limits: { page?: number; maxPages?: number } = {}): Job {
  const page = limits.page ?? PAGE
  const maxPages = limits.maxPages ?? MAX_PAGES
  return {
    name: 'inbox.expire',
    async run({ store, clock }): Promise<{ deleted: number; more: boolean }> {
      const cutoff = new Date(clock.now().getTime() - INBOX_READ_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString()
      let deleted = 0
      for (let i = 0; i < maxPages; i++) {
        const gone = await store.inbox.removeReadBefore(cutoff, page)
        deleted += gone
        if (gone < page) return { deleted, more: false }
      }
      return { deleted, more: true }
    }
  }
}
