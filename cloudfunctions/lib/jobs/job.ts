import type { Clock } from '../ports/clock.port'
import type { FilesPort } from '../ports/files.port'
import type { Logger } from '../ports/logger.port'
import type { PushSender } from '../ports/push.port'
import type { Store } from '../ports/store.port'

/** What a periodic job may use: the ports, never the adapters (the host wires those). */
export interface JobDeps {
  store: Store
  files: FilesPort
  clock: Clock
  log: Logger
  /** Delivers the reminders job's one push a day per person (WeChat, or inbox only). */
  push: PushSender
  /**
   * When the whole run must be over (ms since the epoch, on the clock): the scheduler function's
   * timeout less a margin. A job with bounded work stops taking more by then. None locally.
   */
  deadlineMs?: number
}

/**
 * One periodic job. It runs once a day (CloudBase: the scheduler's 09:00 timer; locally: the
 * host's jobs timer), so it must finish well inside a 60 s function (bounded work per run, the rest
 * left for the next run) and be safe to run twice at once.
 */
export interface Job {
  name: string
  /** Does one run's work; the result is reported as is (keep it small and plain). */
  run(deps: JobDeps): Promise<unknown>
}

/** What one job's run came to. */
export interface JobReport {
  name: string
  ok: boolean
  result?: unknown
  error?: string
}

/** Runs the jobs one after another; one failing never stops the others. */
export async function runJobs(jobs: readonly Job[], deps: JobDeps): Promise<{ jobs: JobReport[] }> {
  const reports: JobReport[] = []
  for (const job of jobs) {
    try {
      reports.push({ name: job.name, ok: true, result: await job.run(deps) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      deps.log.error('scheduled job failed', { job: job.name, error: message })
      reports.push({ name: job.name, ok: false, error: message })
    }
  }
  return { jobs: reports }
}
