import { filesCleanupJob } from './files-cleanup.job'
import { idempotencyExpiryJob } from './idempotency-expiry.job'
import type { Job } from './job'

export { runJobs, type Job, type JobDeps, type JobReport } from './job'

/**
 * The periodic jobs, in the order they run: the one list both runtimes use (the CloudBase
 * scheduler function and the local host's jobs timer). Reminders join it in issue 9.
 */
export const JOBS: readonly Job[] = [filesCleanupJob(), idempotencyExpiryJob()]
