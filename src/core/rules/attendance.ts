// When a meeting's attendance QR code may be scanned (SPEC §1: signed and time-limited).

/** How long before and after the start a check-in is accepted. */
export interface CheckInWindow {
  beforeMinutes: number
  afterMinutes: number
}

/** From 30 minutes before the start to 2 hours after it, unless configured otherwise. */
export const DEFAULT_CHECKIN_WINDOW: CheckInWindow = { beforeMinutes: 30, afterMinutes: 120 }

export type CheckInState = 'early' | 'open' | 'closed'

/** First and last instant (ms) a check-in is accepted for a meeting starting at `startsAt`. */
export function checkInBounds(startsAt: string, window: CheckInWindow = DEFAULT_CHECKIN_WINDOW): { from: number; until: number } {
  const start = Date.parse(startsAt)
  return { from: start - window.beforeMinutes * 60_000, until: start + window.afterMinutes * 60_000 }
}

/** Whether a scan at `now` is too early, in time, or too late. Both ends are inclusive. */
export function checkInState(startsAt: string, now: Date, window: CheckInWindow = DEFAULT_CHECKIN_WINDOW): CheckInState {
  const { from, until } = checkInBounds(startsAt, window)
  const t = now.getTime()
  if (t < from) return 'early'
  return t > until ? 'closed' : 'open'
}

/** How the window reads to people, e.g. `会议开始前30分钟至开始后2小时`. */
export function windowLabel(window: CheckInWindow = DEFAULT_CHECKIN_WINDOW): string {
  const span = (m: number) => (m % 60 === 0 ? `${m / 60}小时` : `${m}分钟`)
  return `会议开始前${span(window.beforeMinutes)}至开始后${span(window.afterMinutes)}`
}

/** The Chinese message for a scan outside the window, or null inside it. */
export function checkInProblem(state: CheckInState, window: CheckInWindow = DEFAULT_CHECKIN_WINDOW): string | null {
  if (state === 'early') return `签到尚未开始，请在${windowLabel(window)}内扫码`
  if (state === 'closed') return `签到已结束（${windowLabel(window)}内有效），未记录签到，请联系会议记录员`
  return null
}
