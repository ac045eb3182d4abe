// How wrong one-time codes are limited: a code dies after a few wrong tries (the admin must issue
// a new one), and a person whose tries keep failing is refused outright for a while. Pure, so the
// same numbers hold on CloudBase and on the local host.

/** Wrong tries a code survives; the last one voids it. */
export const MAX_CODE_ATTEMPTS = 5
/** Wrong tries within the window that lock the person out. */
export const LOCK_AFTER_FAILURES = 5
/** How far back failures count towards a lock. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000
/** How long a lock lasts. */
export const LOCK_MS = 15 * 60 * 1000

/** The attempt bookkeeping kept on a person's one-time-code document. */
export interface AttemptState {
  /** Wrong tries against the current code. */
  attempts: number
  /** Recent wrong tries (ISO instants, oldest first). */
  failures: string[]
  lockedUntil: string | null
}

/** The state of a code document written before attempts were counted. */
export function attemptStateOf(stored: Partial<AttemptState> | null): AttemptState {
  return { attempts: stored?.attempts ?? 0, failures: stored?.failures ?? [], lockedUntil: stored?.lockedUntil ?? null }
}

/** The end of the lock in force at `now`, or null. */
export function activeLock(state: AttemptState, now: Date): string | null {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime() ? state.lockedUntil : null
}

/** Failures inside the window ending at `now`. */
export function recentFailures(state: AttemptState, now: Date): string[] {
  const since = now.getTime() - FAILURE_WINDOW_MS
  return state.failures.filter((at) => Date.parse(at) > since)
}

/** Whether the current code has used up its tries. */
export function codeVoided(state: AttemptState): boolean {
  return state.attempts >= MAX_CODE_ATTEMPTS
}

/**
 * The state after one wrong try at `now`. `codeOutstanding`: a live code was there to guess, so
 * the try counts against it too.
 */
export function afterFailure(state: AttemptState, now: Date, codeOutstanding: boolean): AttemptState {
  const failures = [...recentFailures(state, now), now.toISOString()].slice(-LOCK_AFTER_FAILURES)
  const lockedUntil =
    failures.length >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MS).toISOString() : activeLock(state, now)
  return { attempts: codeOutstanding ? state.attempts + 1 : state.attempts, failures, lockedUntil }
}

/** After a correct code: nothing held against the person any more. */
export const CLEAN_STATE: AttemptState = { attempts: 0, failures: [], lockedUntil: null }

/** `HH:mm` on the district's wall clock (UTC+8 all year), for "locked until" messages. */
export function districtClock(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(11, 16)
}
