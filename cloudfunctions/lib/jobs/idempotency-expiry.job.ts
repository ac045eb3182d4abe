import { expiryJob } from './expiry.job'
import type { Job } from './job'

/**
 * How long a write's answer is kept for retries. A phone retries within seconds or minutes, and an
 * observer's offline score sheet goes out when the network is back, within days; 90 days leaves a
 * wide margin. Past it a very late retry runs again, where the invariants by construction (one sheet
 * per observer and visit, one 学习强国 report per person and month…) still refuse a double.
 */
export const IDEMPOTENCY_RETENTION_DAYS = 90

/** The daily expiry of stored write answers (the idempotency entries), which otherwise grow for ever. */
export function idempotencyExpiryJob(limits: { page?: number; maxPages?: number } = {}): Job {
  return expiryJob({
    name: 'idempotency.expire',
    retentionDays: IDEMPOTENCY_RETENTION_DAYS,
    remove: (store, cutoff, limit) => store.idempotency.removeCreatedBefore(cutoff, limit),
    ...limits
  })
}
