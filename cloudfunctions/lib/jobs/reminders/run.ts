import type { InboxItem } from '../../../../src/core/model'
import { bundle } from '../../../../src/core/reminders/bundle'
import type { Reminder } from '../../../../src/core/reminders/model'
import { inSendWindow, planReminders } from '../../../../src/core/reminders/plan'
import type { ReminderSettings } from '../../../../src/core/reminders/settings'
import { dayOf, type DayKey } from '../../../../src/core/time'
import type { PushSender } from '../../ports/push.port'
import type { ReminderRun } from '../../ports/reminders.port'
import type { Repositories } from '../../ports/store.port'
import type { Clock } from '../../ports/clock.port'
import { newId, sha256 } from '../../util/ids'
import { BATCH_PEOPLE, loadDistrictFacts, loadFactsBatch } from './facts'
import { addCounts, deliverPushes, noPushes, retryDuePushes, type PushCounts } from './pushes'

/** Without a deadline (the local host), the lease lasts this long past each checkpoint. */
const LOCAL_LEASE_MS = 5 * 60_000
/** With one, the lease outlives the deadline by this much: the function is dead by then (60 s timeout). */
const LEASE_MARGIN_MS = 15_000
/** A batch is not started with less than this left before the deadline. */
export const BATCH_RESERVE_MS = 5_000
/** Due retries taken per invocation. */
const RETRIES_PER_RUN = 500

/**
 * What the scheduler says when WeChat refused a send for want of the open-API permission (-604101):
 * CLI deploys do not apply config.json's permissions.openapi; an upload from WeChat DevTools does.
 */
export const PERMISSION_HINT =
  '云函数没有调用订阅消息接口的权限（-604101）：请在微信开发者工具中右键 cloudfunctions/scheduler，选择“上传并部署”一次，使 config.json 中的 permissions.openapi 生效。在此之前提醒只进入“我的提醒”。'

/** The inbox id of a reminder: the hash of its dedupe key, so it lands once. */
export const inboxIdOf = (reminder: Reminder): string => sha256(`reminder|${reminder.dedupeKey}`).slice(0, 32)

/** The inbox item of a reminder. */
export function inboxItemOf(reminder: Reminder, now: Date): InboxItem {
  const query = Object.entries(reminder.query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return {
    id: inboxIdOf(reminder),
    personId: reminder.personId,
    obligation: reminder.obligation,
    period: reminder.period,
    stage: reminder.stage,
    title: reminder.title,
    body: reminder.body,
    route: query ? `${reminder.route}?${query}` : reminder.route,
    createdAt: now.toISOString(),
    readAt: null
  }
}

/** What one invocation of the job did. */
export interface RemindersResult {
  day: DayKey
  /**
   * `finished`: every batch is done (now or earlier today); `running`: stopped at the deadline or
   * lost its lease, the next firing resumes from the checkpoint; `busy`: another invocation holds the
   * run; `night`: outside 08:00–21:00 China time, nothing is planned or sent.
   */
  status: 'finished' | 'running' | 'busy' | 'night'
  /** Reminders planned and inbox items added by this invocation. */
  planned: number
  added: number
  batches: number
  pushes: PushCounts
  /** True when this invocation continued a run an earlier one had started. */
  resumed: boolean
  permissionMissing: boolean
  /** What the admin must do, in Chinese, or null. */
  notice: string | null
}

export interface RunDeps {
  store: Repositories
  clock: Clock
  push: PushSender
  settings: ReminderSettings
  deadlineMs?: number
  /** People per batch (tests use small ones). */
  batchSize?: number
}

function freshRun(day: DayKey, now: Date): ReminderRun {
  const at = now.toISOString()
  return {
    id: day,
    status: 'running',
    startedAt: at,
    finishedAt: null,
    cursor: null,
    leaseOwner: null,
    leaseUntil: new Date(0).toISOString(),
    invocations: 0,
    batches: 0,
    people: 0,
    planned: 0,
    byObligation: {},
    inboxAdded: 0,
    pushes: noPushes(),
    failures: [],
    permissionMissing: false,
    updatedAt: at
  }
}

/**
 * Runs (or resumes, or finishes) the China day's reminders: batch after batch of whole units from
 * the run's checkpoint, each batch's reminders into the inbox at once, then each person's one push
 * of the day; then the day's due retries. Holds the day's run by a lease taken with a conditional
 * update, so two invocations at once never both work; checkpoints after every batch, and stops
 * taking batches near the deadline, so the next firing resumes where this one stopped.
 */
export async function runReminders(deps: RunDeps): Promise<RemindersResult> {
  const { store, clock } = deps
  const now = clock.now()
  const day = dayOf(now)
  const result: RemindersResult = {
    day,
    status: 'night',
    planned: 0,
    added: 0,
    batches: 0,
    pushes: noPushes(),
    resumed: false,
    permissionMissing: false,
    notice: null
  }
  if (!inSendWindow(now)) return result
  const owner = newId()
  const leaseUntil = () => new Date((deps.deadlineMs ?? clock.now().getTime() + LOCAL_LEASE_MS) + LEASE_MARGIN_MS).toISOString()
  await store.reminderRuns.create(freshRun(day, now))
  if (!(await store.reminderRuns.acquire(day, owner, now.toISOString(), leaseUntil()))) return { ...result, status: 'busy' }
  const stored = await store.reminderRuns.get(day)
  if (!stored) throw new Error(`reminder run ${day} vanished`)
  const run: ReminderRun = { ...stored, leaseOwner: owner, invocations: stored.invocations + 1 }
  result.resumed = run.status === 'running' && run.batches > 0
  const timeLeft = () => (deps.deadlineMs === undefined ? Infinity : deps.deadlineMs - clock.now().getTime())
  const save = async (): Promise<boolean> => {
    run.updatedAt = clock.now().toISOString()
    run.leaseUntil = leaseUntil()
    return store.reminderRuns.save(run, owner)
  }

  let held = true
  if (run.status === 'running') {
    const district = await loadDistrictFacts(store, now)
    while (held && timeLeft() > BATCH_RESERVE_MS) {
      const batch = await loadFactsBatch(store, district, run.cursor, now, deps.batchSize ?? BATCH_PEOPLE)
      const reminders = planReminders(batch.facts, now, deps.settings)
      const items = reminders.map((r) => inboxItemOf(r, now))
      // Pushed today: reminders new to the inbox, or added earlier today by a run that died before its push.
      const known = await store.inbox.createdAtOf(items.map((i) => i.id))
      const added = await store.inbox.addMany(items.filter((i) => !known.has(i.id)))
      const todays = reminders.filter((_r, i) => {
        const at = known.get(items[i].id)
        return at === undefined || dayOf(new Date(at)) === day
      })
      const names = new Map(batch.facts.people.map((p) => [p.id, p.name]))
      // Unit leaders' digests are reminders like any other: they ride in the leader's one push.
      const pushed = await deliverPushes(store, deps.push, bundle(todays), names, run, now)
      run.batches++
      run.people += batch.facts.people.length
      run.planned += reminders.length
      for (const r of reminders) run.byObligation[r.obligation] = (run.byObligation[r.obligation] ?? 0) + 1
      run.inboxAdded += added
      addCounts(run.pushes, pushed)
      addCounts(result.pushes, pushed)
      result.planned += reminders.length
      result.added += added
      result.batches++
      if (batch.lastUnitId !== null) run.cursor = batch.lastUnitId
      if (batch.done) {
        run.status = 'finished'
        run.finishedAt = clock.now().toISOString()
      }
      held = await save()
      if (batch.done) break
    }
  }
  if (held && run.status === 'finished' && timeLeft() > BATCH_RESERVE_MS) {
    const retried = await retryDuePushes(store, deps.push, run, now, RETRIES_PER_RUN)
    addCounts(run.pushes, retried)
    addCounts(result.pushes, retried)
    held = await save()
  }
  if (held) {
    // Let the next firing in at once rather than when the lease runs out.
    run.leaseUntil = new Date(0).toISOString()
    await store.reminderRuns.save(run, owner)
  }
  result.status = run.status
  result.permissionMissing = run.permissionMissing
  result.notice = run.permissionMissing ? PERMISSION_HINT : null
  return result
}
