import { filesCleanupJob } from './files-cleanup.job'
import { idempotencyExpiryJob } from './idempotency-expiry.job'
import { inboxExpiryJob } from './inbox-expiry.job'
import { remindersJob } from './reminders.job'
import type { Job } from './job'

export { runJobs, type Job, type JobDeps, type JobReport } from './job'

/**
 * The periodic jobs, in the order they run: the one list both runtimes use (the CloudBase
 * scheduler function and the local host's jobs timer). Reminders first: they are what people wait for.
 */
export const JOBS: readonly Job[] = [remindersJob(), filesCleanupJob(), idempotencyExpiryJob(), inboxExpiryJob()]
