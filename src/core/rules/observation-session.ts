import type { StudySession } from '../model/central-group'
import type { Observation } from '../model/observation'
import type { DayKey } from '../time'
import { dayOf } from '../time'

// Observation built on central-group sessions (issue 10): which sessions can be planned, which a
// random draw chooses among, and what an observation shows when its session changed after planning.

type SessionState = Pick<StudySession, 'status' | 'startsAt' | 'withdrawnAt'>

/** Planned, not withdrawn, not yet started: a session an observation can still be planned for. */
export function isUpcomingSession(s: SessionState, now: Date): boolean {
  return s.status === 'planned' && s.withdrawnAt === null && Date.parse(s.startsAt) >= now.getTime()
}

/** Why this session cannot be planned for observation now, or null. */
export function sessionPlanProblem(s: SessionState, now: Date): string | null {
  if (s.withdrawnAt !== null) return '该次中心组学习已撤销，请选择其他学习'
  if (!isUpcomingSession(s, now)) return '该次中心组学习已经开始或已召开，请从即将开展的学习中选择'
  return null
}

/** The longest date window a random draw may cover (a quarter). */
export const MAX_DRAW_WINDOW_DAYS = 92

/**
 * The candidates of a draw among sessions: the upcoming sessions whose district day lies in
 * [from, to] (both ends included), as ids sorted — the canonical list `verifyDraw` redoes.
 */
export function windowCandidates(
  sessions: ReadonlyArray<Pick<StudySession, 'id' | 'day'> & SessionState>,
  from: DayKey,
  to: DayKey,
  now: Date
): string[] {
  return sessions
    .filter((s) => s.day >= from && s.day <= to && isUpcomingSession(s, now))
    .map((s) => s.id)
    .sort()
}

/**
 * What happened to the observed session since the plan: `withdrawn` by the unit, or `moved` to
 * another start (the plan keeps the start it was made for, and is flagged, not silently moved:
 * the group may no longer be free, so the admin decides to cancel or keep it). Null when unchanged
 * or when the observation was planned before sessions were recorded.
 */
export type SessionDrift = 'withdrawn' | 'moved' | null

export function sessionDrift(
  o: Pick<Observation, 'startsAt' | 'sessionId'>,
  s: Pick<StudySession, 'startsAt' | 'withdrawnAt'> | null
): SessionDrift {
  if (!o.sessionId || !s) return null
  if (s.withdrawnAt !== null) return 'withdrawn'
  return Date.parse(s.startsAt) === Date.parse(o.startsAt) ? null : 'moved'
}

/** The notice an observation shows for its session's drift, in Chinese, or null. */
export function sessionDriftNotice(drift: SessionDrift, s: Pick<StudySession, 'startsAt'> | null, clock: string): string | null {
  if (drift === 'withdrawn') return '单位已撤销该次中心组学习，本次巡听旁听不能评分，请取消'
  if (drift === 'moved' && s)
    return `单位已将该次学习改到${dayOf(new Date(s.startsAt))} ${clock}，请确认是否按新时间巡听，或取消本次安排`
  return null
}

/**
 * Who observes an observation: its group's members and, for 相互, the partner unit's chosen people
 * (for that observation only). They score it and may read the unit's documents (查阅资料).
 */
export function isObserverOf(
  o: Pick<Observation, 'mode' | 'partnerMemberIds'>,
  groupMemberIds: readonly string[],
  personId: string
): boolean {
  return groupMemberIds.includes(personId) || (o.mode === 'mutual' && o.partnerMemberIds.includes(personId))
}

/** How far back the document review reads the unit's committee meetings. */
export const REVIEW_DAYS = 90

/** The days whose committee meetings the review shows: the REVIEW_DAYS up to the session's day, inclusive. */
export function reviewWindow(sessionDay: DayKey): { from: DayKey; to: DayKey } {
  const from = new Date(Date.parse(`${sessionDay}T00:00:00Z`) - (REVIEW_DAYS - 1) * 86_400_000).toISOString().slice(0, 10)
  return { from, to: sessionDay }
}
