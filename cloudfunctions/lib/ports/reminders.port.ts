import type { Person } from '../../../src/core/model'
import type { DayKey, MonthKey } from '../../../src/core/time'

// What the daily reminders job keeps and reads besides the inbox (issue 9): the facts of one batch
// of people at a time, a run record per China day (checkpoint, lease, counts) and a push record per
// person per China day (at most one WeChat message a day, by construction).

/** A batch of whole units' active people. */
export interface PeopleBatch {
  people: Person[]
  /** The last unit of the batch (units in id order): the checkpoint; null when nothing was left. */
  lastUnitId: string | null
  /** True when no unit after `lastUnitId` has anyone. */
  done: boolean
}

/** The planner's per-person facts, read per batch: never a query per unit or per person. */
export interface ReminderFactsReader {
  /**
   * The active, visible people of the units after `afterUnitId` (units in id order; null: from the
   * first), taking whole units until at least `min` people (fewer only at the end of the district).
   * A unit is never split, so the rules that relate a unit's people (the leader's digest) see it whole.
   */
  peopleOfNextUnits(afterUnitId: string | null, min: number): Promise<PeopleBatch>
  /** Non-withdrawn self-study records per person and month (counted by the store; absent = 0). */
  studyCounts(
    personIds: readonly string[],
    months: readonly MonthKey[]
  ): Promise<Array<{ personId: string; month: MonthKey; count: number }>>
  /** Counted, non-withdrawn school lectures per person in the year (absent = 0). */
  lectureCounts(personIds: readonly string[], year: number): Promise<Array<{ personId: string; year: number; count: number }>>
}

/** How a failure looked, counted per errcode in a run. */
export interface RunFailure {
  errcode: number
  errmsg: string
  permission: boolean
  count: number
}

/** One China day's run of the reminders job; `id` is the day, so there is one per day. */
export interface ReminderRun {
  id: DayKey
  /** `finished` once every batch is done; later firings that day only retry due pushes. */
  status: 'running' | 'finished'
  startedAt: string
  finishedAt: string | null
  /** The last unit whose people are done (units in id order); null before the first batch. */
  cursor: string | null
  /** Who holds the run now, and until when (ISO); a free lease has leaseUntil in the past. */
  leaseOwner: string | null
  leaseUntil: string
  /** How many invocations worked on it (more than one: it resumed). */
  invocations: number
  batches: number
  people: number
  planned: number
  /** Reminders planned per obligation. */
  byObligation: Record<string, number>
  inboxAdded: number
  pushes: { sent: number; skipped: number; failed: number; unknown: number; retried: number }
  failures: RunFailure[]
  /** A send failed because the function may not call the open API (config.json permissions not applied). */
  permissionMissing: boolean
  updatedAt: string
}

export interface ReminderRunRepository {
  get(id: DayKey): Promise<ReminderRun | null>
  /** Creates the day's run unless it exists (then nothing changes); true when created. */
  create(run: ReminderRun): Promise<boolean>
  /**
   * Takes the run's lease for `owner` until `until`, only if it is free (leaseUntil before `now`):
   * one conditional update, so of two invocations at once exactly one gets it. True when taken.
   */
  acquire(id: DayKey, owner: string, now: string, until: string): Promise<boolean>
  /** Stores the run's progress only while `owner` still holds it (a conditional update); false when it was lost. */
  save(run: ReminderRun, owner: string): Promise<boolean>
  /** The newest runs first, at most `limit`. */
  listRecent(limit: number): Promise<ReminderRun[]>
}

export type PushStatus = 'sending' | 'sent' | 'skipped' | 'failed' | 'unknown'

/** The one push of a person on a China day; `id` comes from (day, person), so there is at most one. */
export interface ReminderPush {
  id: string
  day: DayKey
  personId: string
  personName: string
  title: string
  body: string
  route: string
  query: Record<string, string>
  /** The dedupe keys of the reminders it carries. */
  keys: string[]
  /**
   * `sending` is written BEFORE the send: a push a killed run left `sending` may have reached WeChat,
   * so it is never sent again (the next run records it `unknown`).
   */
  status: PushStatus
  attempts: number
  /** When a retryable failure may be tried again (failed + retry only). */
  nextAttemptAt: string | null
  /** Why it was skipped (no-template, no-grant, no-openid). */
  reason: string | null
  errcode: number | null
  errmsg: string | null
  retry: boolean
  permission: boolean
  createdAt: string
  updatedAt: string
}

/** What may change on a push after it was created. */
export type PushPatch = Partial<
  Pick<
    ReminderPush,
    'status' | 'attempts' | 'nextAttemptAt' | 'reason' | 'errcode' | 'errmsg' | 'retry' | 'permission' | 'updatedAt'
  >
>

export interface ReminderPushRepository {
  /**
   * Creates the pushes whose id is not stored yet (one read of the batch's ids, one bulk write);
   * answers the ids it created and the status of those already there. Never overwrites one.
   */
  createMany(pushes: readonly ReminderPush[]): Promise<{ created: Set<string>; existing: Map<string, PushStatus> }>
  get(id: string): Promise<ReminderPush | null>
  /** Applies the same change to every listed push (one multi-document update). */
  settle(ids: readonly string[], patch: PushPatch): Promise<void>
  /** The day's failed pushes worth a retry whose time has come (nextAttemptAt ≤ now), at most `limit`. */
  listDue(day: DayKey, now: string, limit: number): Promise<ReminderPush[]>
  /** The day's pushes with the status, at most `limit`, by person name. */
  listByStatus(day: DayKey, status: PushStatus, limit: number): Promise<ReminderPush[]>
}

export interface RemindersRepositories {
  reminderFacts: ReminderFactsReader
  reminderRuns: ReminderRunRepository
  reminderPushes: ReminderPushRepository
}
