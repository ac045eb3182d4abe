import type { Store } from '../ports/store.port'
import type { Job } from './job'

/** Entries deleted per store call, and the most calls per run (bounded work in a 60 s function). */
export const EXPIRY_PAGE = 500
export const EXPIRY_MAX_PAGES = 20

/** What one run did: entries deleted, and whether older ones are left for the next run. */
export interface ExpiryResult {
  deleted: number
  more: boolean
}

/**
 * A daily job deleting what is older than `retentionDays`, oldest first, a page per store call and
 * at most `maxPages` pages a run. `remove` deletes up to `limit` entries before `cutoff` (ISO time)
 * and says how many went; deleting twice is harmless, so two runs at once are fine.
 */
export function expiryJob(spec: {
  name: string
  retentionDays: number
  remove: (store: Store, cutoff: string, limit: number) => Promise<number>
  page?: number
  maxPages?: number
}): Job {
  const page = spec.page ?? EXPIRY_PAGE
  const maxPages = spec.maxPages ?? EXPIRY_MAX_PAGES
  return {
    name: spec.name,
    async run({ store, clock, log }): Promise<ExpiryResult> {
      const cutoff = new Date(clock.now().getTime() - spec.retentionDays * 24 * 60 * 60 * 1000).toISOString()
      const result: ExpiryResult = { deleted: 0, more: true }
      for (let i = 0; i < maxPages; i++) {
        const gone = await spec.remove(store, cutoff, page)
        result.deleted += gone
        if (gone < page) {
          result.more = false
          break
        }
      }
      if (result.deleted) log.info(spec.name, { ...result })
      return result
    }
  }
}
