import fs from 'fs'
import { nextDistrictHour } from '../../src/core/time'
import type { Clock } from '../lib/ports/clock.port'
import type { Logger } from '../lib/ports/logger.port'

// The local host's counterpart of the scheduler's timer trigger: the shared jobs (lib/jobs) run
// once a day at 09:00 China time, and at start when the last run is over a day old (a host that
// was off at 09:00 catches up). The last run's time is kept in a small file in the data folder.
// The CloudBase timer ("0 0 9 * * * *") fires in China time (UTC+8); the local host may run in any
// zone, so the next 09:00 is reckoned in the district's time (src/core/time.ts).
// https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.md

const DAY_MS = 24 * 60 * 60 * 1000
/** The hour of the CloudBase timer ("0 0 9 * * * *", China time). */
export const JOBS_HOUR = 9

/** Where the time of the last run is kept between starts. */
export interface LastRunStore {
  read(): Date | null
  write(at: Date): void
}

/** The last run's time in a JSON file; a missing or unreadable file means never. */
export function fileLastRun(file: string): LastRunStore {
  return {
    read() {
      try {
        const at = new Date((JSON.parse(fs.readFileSync(file, 'utf8')) as { lastRun?: unknown }).lastRun as string)
        return Number.isNaN(at.getTime()) ? null : at
      } catch {
        return null
      }
    },
    write(at) {
      fs.writeFileSync(file, `${JSON.stringify({ lastRun: at.toISOString() })}\n`)
    }
  }
}

/** Timers, injectable so tests can fire them. */
export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const nodeTimers: Timers = {
  // unref: a pending daily timer never keeps the process alive by itself.
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout)
}

export interface JobsTimerOptions {
  /** Runs the jobs once (never throws: runJobs reports failures). */
  run(): Promise<void>
  clock: Clock
  lastRun: LastRunStore
  log: Logger
  timers?: Timers
}

export interface JobsTimer {
  /** Stops the timer and waits for a run under way, so the store is not closed beneath it. */
  stop(): Promise<void>
}

/** Starts the daily jobs: now if a 09:00 was missed since the last run (or it never ran), then every day at 09:00 China time. */
export function startJobsTimer(options: JobsTimerOptions): JobsTimer {
  const { clock, lastRun, log } = options
  const timers = options.timers ?? nodeTimers
  let handle: unknown = null
  let running: Promise<void> | null = null
  let stopped = false

  const runOnce = async (): Promise<void> => {
    try {
      await options.run()
      lastRun.write(clock.now())
    } catch (error) {
      log.error('scheduled jobs failed', { error: error instanceof Error ? error.message : String(error) })
    }
  }

  const tick = async (): Promise<void> => {
    // One run at a time: a run still going when the next is due is not started twice.
    if (running) return running
    running = runOnce()
    try {
      await running
    } finally {
      running = null
    }
  }

  /** Arms the timer for the first 09:00 after `from` (after the one just due, when a timer fired early). */
  const arm = (from: Date) => {
    if (stopped) return
    const due = nextDistrictHour(from, JOBS_HOUR)
    handle = timers.set(
      () => {
        void tick()
        const now = clock.now()
        arm(now > due ? now : due)
      },
      Math.max(0, due.getTime() - clock.now().getTime())
    )
  }

  // At start, run when a 09:00 has passed since the last run (the host was off or started after it):
  // the most recent 09:00 is the first one after this moment yesterday.
  const last = lastRun.read()
  const latestNine = nextDistrictHour(new Date(clock.now().getTime() - DAY_MS), JOBS_HOUR)
  if (!last || last.getTime() < latestNine.getTime()) void tick()
  arm(clock.now())

  return {
    async stop() {
      stopped = true
      if (handle !== null) timers.clear(handle)
      await running
    }
  }
}
