import type { Result } from '../../../src/core/contract'
import type { Logger } from '../../lib/ports/logger.port'
import { consoleLogger } from '../../lib/ports/logger.port'

/** One periodic job: reminders and other daily work join this list in later issues. */
interface Job {
  name: string
  run(log: Logger): Promise<unknown>
}

/** What the timer run reports, job by job. */
interface JobReport {
  name: string
  ok: boolean
  result?: unknown
  error?: string
}

// Empty for now: the function must still deploy, fire on its timer and say what it ran.
const JOBS: readonly Job[] = []

/**
 * The `scheduler` function: fired daily at 09:00 China time by its timer trigger (config.json).
 * Runs every job in turn; one failing job never stops the others.
 */
export async function main(_event: unknown, _context: unknown): Promise<Result<{ jobs: JobReport[] }>> {
  const jobs: JobReport[] = []
  for (const job of JOBS) {
    try {
      jobs.push({ name: job.name, ok: true, result: await job.run(consoleLogger) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      consoleLogger.error('scheduler job failed', { job: job.name, error: message })
      jobs.push({ name: job.name, ok: false, error: message })
    }
  }
  return { ok: true, data: { jobs } }
}
