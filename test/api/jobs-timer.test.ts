import fs from 'fs'
import os from 'os'
import path from 'path'
import { startLocalHost } from '../../cloudfunctions/local/host'
import { fileLastRun, startJobsTimer, type LastRunStore, type Timers } from '../../cloudfunctions/local/jobs-timer'
import { silentLogger, type Logger } from '../../cloudfunctions/lib/ports/logger.port'

// The local host's daily jobs: at start when a 09:00 passed since the last run, then at 09:00 China
// time every day, on a fake clock and fake timers.

const HOUR = 60 * 60 * 1000

/** Timers the test fires by hand; `pending` lists the armed ones. */
function fakeTimers() {
  let seq = 0
  const pending = new Map<number, { fn: () => void; ms: number }>()
  const timers: Timers = {
    set: (fn, ms) => (pending.set(++seq, { fn, ms }), seq),
    clear: (handle) => void pending.delete(handle as number)
  }
  /** Fires the one armed timer and returns the delay it had been armed with. */
  const fire = (): number => {
    expect(pending.size).toBe(1)
    const [[id, timer]] = [...pending]
    pending.delete(id)
    timer.fn()
    return timer.ms
  }
  return { timers, pending, fire }
}

function memoryLastRun(initial: Date | null): LastRunStore & { value: Date | null } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (at: Date) => void (store.value = at)
  }
  return store
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('the local jobs timer', () => {
  let now: Date
  const clock = { now: () => now }

  it('runs at once when it never ran, records the run, then waits for 09:00 in China', async () => {
    now = new Date('2026-11-20T00:30:00Z') // 08:30 in China
    const t = fakeTimers()
    const lastRun = memoryLastRun(null)
    let runs = 0
    const timer = startJobsTimer({ run: async () => void runs++, clock, lastRun, log: silentLogger, timers: t.timers })
    await settle()
    expect(runs).toBe(1)
    expect(lastRun.value).toEqual(now)
    expect([...t.pending.values()].map((p) => p.ms)).toEqual([30 * 60 * 1000])
    await timer.stop()
  })

  it('does not run at start when the last run is under a day old; runs at 09:00 and again the next day', async () => {
    now = new Date('2026-11-20T03:00:00Z') // 11:00 in China
    const t = fakeTimers()
    const lastRun = memoryLastRun(new Date('2026-11-20T01:00:00Z'))
    let runs = 0
    const timer = startJobsTimer({ run: async () => void runs++, clock, lastRun, log: silentLogger, timers: t.timers })
    await settle()
    expect(runs).toBe(0)
    now = new Date('2026-11-21T01:00:00Z') // 09:00 the next day
    expect(t.fire()).toBe(22 * HOUR)
    await settle()
    expect(runs).toBe(1)
    expect(lastRun.value).toEqual(now)
    expect([...t.pending.values()].map((p) => p.ms)).toEqual([24 * HOUR])
    await timer.stop()
    expect(t.pending.size).toBe(0)
  })

  it('catches up at start after more than a day off', async () => {
    now = new Date('2026-11-22T03:00:00Z')
    let runs = 0
    const timer = startJobsTimer({
      run: async () => void runs++,
      clock,
      lastRun: memoryLastRun(new Date('2026-11-21T02:59:00Z')),
      log: silentLogger,
      timers: fakeTimers().timers
    })
    await settle()
    expect(runs).toBe(1)
    await timer.stop()
  })

  it('catches up at start when the host missed this morning’s 09:00, even under a day after the last run', async () => {
    now = new Date('2026-11-21T02:30:00Z') // 10:30 in China; the last run was 11:00 yesterday
    let runs = 0
    const timer = startJobsTimer({
      run: async () => void runs++,
      clock,
      lastRun: memoryLastRun(new Date('2026-11-20T03:00:00Z')),
      log: silentLogger,
      timers: fakeTimers().timers
    })
    await settle()
    expect(runs).toBe(1)
    await timer.stop()
  })

  it('does not run at start before 09:00 when yesterday’s 09:00 was run', async () => {
    now = new Date('2026-11-21T00:30:00Z') // 08:30 in China; the last run was 09:30 yesterday
    let runs = 0
    const timer = startJobsTimer({
      run: async () => void runs++,
      clock,
      lastRun: memoryLastRun(new Date('2026-11-20T01:30:00Z')),
      log: silentLogger,
      timers: fakeTimers().timers
    })
    await settle()
    expect(runs).toBe(0)
    await timer.stop()
  })

  it('fired a moment early, runs and arms for the next day, not for the same 09:00 again', async () => {
    now = new Date('2026-11-20T03:00:00Z')
    const t = fakeTimers()
    let runs = 0
    const timer = startJobsTimer({
      run: async () => void runs++,
      clock,
      lastRun: memoryLastRun(now),
      log: silentLogger,
      timers: t.timers
    })
    now = new Date('2026-11-21T00:59:59.990Z')
    t.fire()
    await settle()
    expect(runs).toBe(1)
    expect([...t.pending.values()].map((p) => p.ms)).toEqual([24 * HOUR + 10])
    await timer.stop()
  })

  it('never runs twice at once, waits for the run under way when stopped, and logs a failed run without recording it', async () => {
    now = new Date('2026-11-20T03:00:00Z')
    const t = fakeTimers()
    const lastRun = memoryLastRun(null)
    const errors: string[] = []
    const log: Logger = { info: () => undefined, error: (m) => void errors.push(m) }
    let release: () => void = () => undefined
    let runs = 0
    let finished = false
    const timer = startJobsTimer({
      run: () =>
        new Promise<void>((resolve) => {
          runs++
          release = resolve
        }).finally(() => (finished = true)),
      clock,
      lastRun,
      log,
      timers: t.timers
    })
    now = new Date('2026-11-21T01:00:00Z')
    t.fire() // 09:00 comes while the start-up run is still going
    expect(runs).toBe(1)
    const stopped = timer.stop()
    await settle()
    expect(finished).toBe(false)
    release()
    await stopped
    expect(finished).toBe(true)
    expect(t.pending.size).toBe(0)

    // A run that fails is logged and not recorded, so the next start tries again.
    const again = startJobsTimer({
      run: async () => Promise.reject(new Error('disk full')),
      clock,
      lastRun: memoryLastRun(null),
      log,
      timers: t.timers
    })
    await settle()
    expect(errors).toEqual(['scheduled jobs failed'])
    await again.stop()
  })

  it('keeps the last run in a file of the data folder; a missing or broken file means never', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-jobs-'))
    try {
      const store = fileLastRun(path.join(dir, 'jobs-last-run.json'))
      expect(store.read()).toBeNull()
      store.write(new Date('2026-11-20T01:00:00Z'))
      expect(store.read()).toEqual(new Date('2026-11-20T01:00:00Z'))
      fs.writeFileSync(path.join(dir, 'jobs-last-run.json'), '{oops')
      expect(store.read()).toBeNull()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the local host runs the daily jobs', () => {
  it('deletes an upload left unattached for over a day when it starts again the next day', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-jobs-host-'))
    const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-h5-'))
    let now = new Date('2026-11-20T02:00:00Z')
    const options = {
      dataDir,
      staticDir,
      port: 0,
      host: '127.0.0.1',
      demoMode: true,
      log: silentLogger,
      clock: { now: () => now }
    }
    try {
      let host = await startLocalHost(options)
      const login = await fetch(`${host.url}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ phone: '13800000001', code: '123456' })
      })
      const { token } = (await login.json()) as { token: string }
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1])
      const res = await fetch(`${host.url}/upload?name=a.jpg`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: jpeg
      })
      const fileId = ((await res.json()) as { data: { id: string } }).data.id
      const storageKey = (await host.store.files.get(fileId))?.storageKey as string
      await host.close()

      now = new Date('2026-11-21T02:30:00Z') // 25.5 hours later: the start-up run is due
      host = await startLocalHost(options)
      await host.close() // waits for the run under way
      host = await startLocalHost(options)
      expect(await host.store.files.get(fileId)).toBeNull()
      expect(fs.existsSync(path.join(dataDir, 'files', ...storageKey.split('/')))).toBe(false)
      await host.close()
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.rmSync(staticDir, { recursive: true, force: true })
    }
  })
})
