import type { Result } from '../../../src/core/contract'
import { createCloudbaseStore, getCloudbaseApp, getCloudbaseDatabase } from '../../lib/adapters/cloudbase'
import { cloudFiles } from '../../lib/adapters/cloudbase/files/cloud-files'
import { JOBS, runJobs, type JobDeps, type JobReport } from '../../lib/jobs'
import { systemClock } from '../../lib/ports/clock.port'
import { consoleLogger } from '../../lib/ports/logger.port'
import { cloudbasePushSender, templatesFromEnv } from '../../lib/adapters/wechat'

// The CloudBase entry of the `scheduler` function: only wiring, like the api function's entry.
// The store and the files port are built on the first run, never at require time (init() fires a
// network request), and kept for the next run of the same instance.
let deps: JobDeps | null = null

/** How long the jobs of one invocation may take: the 60 s timeout less a margin for the answer. */
const SCHEDULER_BUDGET_MS = 50_000

function build(): JobDeps {
  const store = createCloudbaseStore(getCloudbaseDatabase())
  return {
    store,
    files: cloudFiles(getCloudbaseApp()),
    clock: systemClock,
    log: consoleLogger,
    // WX_SUBSCRIBE_TEMPLATES (cloudbaserc.json): unset → inbox only; invalid → every job reports it, naming the field.
    push: cloudbasePushSender(templatesFromEnv(process.env), store, getCloudbaseApp())
  }
}

/**
 * The `scheduler` function: fired every 10 minutes of the 9 o'clock hour, China time, by its timer
 * trigger (config.json, every tenth minute of hour 9): 09:00 starts the day's reminders, the later firings
 * resume an unfinished run from its checkpoint or only retry due pushes. Runs every job of the
 * shared list (lib/jobs) in turn; one failing job never stops the others, and each reports
 * `{ name, ok, result | error }`. When WeChat refused a send for want of the open-API permission,
 * the reminders' result says so (`permissionMissing`, `notice`: upload the scheduler once from
 * WeChat DevTools so config.json's permissions.openapi applies; error -604101) and the log shows it.
 */
export async function main(_event: unknown, _context: unknown): Promise<Result<{ jobs: JobReport[] }>> {
  try {
    deps ??= build()
  } catch (error) {
    // Without a database no job can run: say so for each, plainly, in the function's log and answer.
    const message = error instanceof Error ? error.message : String(error)
    consoleLogger.error('scheduler could not reach CloudBase', { error: message })
    return { ok: true, data: { jobs: JOBS.map((job) => ({ name: job.name, ok: false, error: message })) } }
  }
  // The function times out at 60 s (config.json): jobs with bounded work stop taking more 10 s before.
  return { ok: true, data: await runJobs(JOBS, { ...deps, deadlineMs: Date.now() + SCHEDULER_BUDGET_MS }) }
}
