import type { Job } from './job'

/**
 * How long a write's answer is kept for retries. A phone retries within seconds or minutes, and an
 * observer's offline score sheet goes out when the network is back, within days; 90 days leaves a
 * wide margin. Past it a very late retry runs again, where the invariants by construction (one sheet
 * per observer and visit, one 学习强国 report per person and month…) still refuse a double.
 */
export const IDEMPOTENCY_RETENTION_DAYS = 90

/** Entries deleted per store call, and the most calls per run (bounded work in a 60 s function). */
export const EXPIRY_PAGE = 500
export const EXPIRY_MAX_PAGES = 20

/** What one run did: entries deleted, and whether older ones are left for the next run. */
export interface ExpiryResult {
  deleted: number
  more: boolean
}

/**
 * The daily expiry of stored write answers (the idempotency entries), which otherwise grow with
 * every write for ever. Deleting an entry twice is harmless, so two runs at once are fine.
 */
export function idempotencyExpiryJob(limits: { page?: number; maxPages?: number } = {}): Job {
  const page = limits.page ?? EXPIRY_PAGE
  const maxPages = limits.maxPages ?? EXPIRY_MAX_PAGES
  return {
    name: 'idempotency.expire',
    async run({ store, clock, log }): Promise<ExpiryResult> {
      const cutoff = new Date(clock.now().getTime() - IDEMPOTENCY_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString()
      const result: ExpiryResult = { deleted: 0, more: false }
      for (let i = 0; i < maxPages; i++) {
        const gone = await store.idempotency.removeCreatedBefore(cutoff, page)
        result.deleted += gone
        if (gone < page) return report(result)
      }
      result.more = true
      return report(result)

      function report(done: ExpiryResult): ExpiryResult {
        if (done.deleted) log.info('idempotency.expire', { ...done })
        return done
      }
    }
  }
}
