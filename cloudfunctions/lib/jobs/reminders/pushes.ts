import type { Push } from '../../../../src/core/reminders/bundle'
import type { DayKey } from '../../../../src/core/time'
import type { PushOutcome, PushSender } from '../../ports/push.port'
import type { PushPatch, ReminderPush, ReminderRun, RunFailure } from '../../ports/reminders.port'
import type { Repositories } from '../../ports/store.port'
import { sha256 } from '../../util/ids'

/** At most this many tries per push and day; retryable failures wait before the next. */
export const MAX_ATTEMPTS = 3
/** The wait after the 1st and the 2nd failed try (then it gives up): +10 min, then +30 min. */
export const RETRY_AFTER_MS = [10 * 60_000, 30 * 60_000] as const

/** The push record's id: one per person per China day, so a second push that day cannot be created. */
export const pushIdOf = (day: DayKey, personId: string): string => sha256(`push|${day}|${personId}`).slice(0, 32)

/** What happened to pushes in one step of a run. */
export interface PushCounts {
  sent: number
  skipped: number
  failed: number
  unknown: number
  retried: number
}

export const noPushes = (): PushCounts => ({ sent: 0, skipped: 0, failed: 0, unknown: 0, retried: 0 })

/** A push record about to be sent for the first time. */
export function pushRecordOf(push: Push, day: DayKey, personName: string, now: Date): ReminderPush {
  const at = now.toISOString()
  return {
    id: pushIdOf(day, push.personId),
    day,
    personId: push.personId,
    personName,
    title: push.title,
    body: push.body,
    route: push.route,
    query: push.query,
    keys: push.keys,
    status: 'sending',
    attempts: 1,
    nextAttemptAt: null,
    reason: null,
    errcode: null,
    errmsg: null,
    retry: false,
    permission: false,
    createdAt: at,
    updatedAt: at
  }
}

const asPush = (r: ReminderPush): Push => ({
  personId: r.personId,
  title: r.title,
  body: r.body,
  route: r.route as Push['route'],
  query: r.query,
  keys: r.keys
})

/** The change an outcome makes to a push on its `attempts`-th try. */
function patchOf(outcome: PushOutcome, attempts: number, now: Date): PushPatch {
  const updatedAt = now.toISOString()
  if (outcome.status === 'sent') return { status: 'sent', updatedAt }
  if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason, updatedAt }
  const again = outcome.retry && attempts < MAX_ATTEMPTS
  return {
    status: 'failed',
    errcode: outcome.errcode,
    errmsg: outcome.errmsg,
    permission: outcome.permission === true,
    retry: again,
    nextAttemptAt: again ? new Date(now.getTime() + RETRY_AFTER_MS[attempts - 1]).toISOString() : null,
    updatedAt
  }
}

/** Adds a batch's failures to the run's list, one line per errcode. */
function addFailures(run: ReminderRun, outcomes: readonly PushOutcome[]): void {
  for (const o of outcomes) {
    if (o.status !== 'failed') continue
    const line: RunFailure | undefined = run.failures.find((f) => f.errcode === o.errcode)
    if (line) line.count++
    else run.failures.push({ errcode: o.errcode, errmsg: o.errmsg, permission: o.permission === true, count: 1 })
    if (o.permission) run.permissionMissing = true
  }
}

/**
 * Sends pushes already recorded `sending` and records each outcome: the same change for many
 * pushes is one multi-document update (a handful per batch, never one per person).
 */
async function sendRecorded(
  store: Repositories,
  sender: PushSender,
  records: readonly ReminderPush[],
  run: ReminderRun,
  now: Date,
  counts: PushCounts
): Promise<void> {
  if (records.length === 0) return
  const outcomes = await sender.send(records.map(asPush), now)
  if (outcomes.length !== records.length)
    throw new Error(`push sender answered ${outcomes.length} outcomes for ${records.length} pushes`)
  const groups = new Map<string, { patch: PushPatch; ids: string[] }>()
  outcomes.forEach((outcome, i) => {
    const patch = patchOf(outcome, records[i].attempts, now)
    const key = JSON.stringify(patch)
    const group = groups.get(key) ?? { patch, ids: [] }
    group.ids.push(records[i].id)
    groups.set(key, group)
    counts[outcome.status]++
  })
  for (const { patch, ids } of groups.values()) await store.reminderPushes.settle(ids, patch)
  addFailures(run, outcomes)
}

/**
 * A batch's pushes: each person's one push of the day is recorded `sending` BEFORE it is handed to
 * the sender, under an id made of (day, person), so it is created at most once a day. A push a
 * killed run left `sending` may have reached WeChat: it is recorded `unknown`, never sent again.
 */
export async function deliverPushes(
  store: Repositories,
  sender: PushSender,
  pushes: readonly Push[],
  names: ReadonlyMap<string, string>,
  run: ReminderRun,
  now: Date
): Promise<PushCounts> {
  const counts = noPushes()
  if (pushes.length === 0) return counts
  const records = pushes.map((p) => pushRecordOf(p, run.id, names.get(p.personId) ?? '', now))
  const { created, existing } = await store.reminderPushes.createMany(records)
  const orphans = [...existing].filter(([, status]) => status === 'sending').map(([id]) => id)
  if (orphans.length) {
    await store.reminderPushes.settle(orphans, { status: 'unknown', updatedAt: now.toISOString() })
    counts.unknown += orphans.length
  }
  await sendRecorded(
    store,
    sender,
    records.filter((r) => created.has(r.id)),
    run,
    now,
    counts
  )
  return counts
}

/**
 * Tries again the day's failed pushes whose wait is over (at most `limit`): each is marked `sending`
 * with one more attempt before the send, like a first try.
 */
export async function retryDuePushes(
  store: Repositories,
  sender: PushSender,
  run: ReminderRun,
  now: Date,
  limit: number
): Promise<PushCounts> {
  const counts = noPushes()
  const due = await store.reminderPushes.listDue(run.id, now.toISOString(), limit)
  if (due.length === 0) return counts
  const byAttempts = new Map<number, string[]>()
  for (const p of due) byAttempts.set(p.attempts + 1, [...(byAttempts.get(p.attempts + 1) ?? []), p.id])
  for (const [attempts, ids] of byAttempts) {
    await store.reminderPushes.settle(ids, { status: 'sending', attempts, updatedAt: now.toISOString() })
  }
  counts.retried = due.length
  await sendRecorded(
    store,
    sender,
    due.map((p) => ({ ...p, status: 'sending', attempts: p.attempts + 1 })),
    run,
    now,
    counts
  )
  return counts
}

/** Adds one step's push counts to a total. */
export function addCounts(total: PushCounts, step: PushCounts): void {
  for (const key of Object.keys(total) as Array<keyof PushCounts>) total[key] += step[key]
}
