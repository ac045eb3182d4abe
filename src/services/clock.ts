import { dayOf, monthOf, type DayKey, type MonthKey } from '@/core/time'

// China has kept UTC+8 without daylight saving since 1991: the fallback when the platform's
// Intl lacks time zones (older mini-program runtimes).
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** Today in the district (Asia/Shanghai), whatever the phone's zone. */
export function todayInDistrict(now = new Date()): DayKey {
  try {
    return dayOf(now)
  } catch {
    return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
  }
}

/** This month in the district (Asia/Shanghai). */
export function currentMonth(now = new Date()): MonthKey {
  try {
    return monthOf(now)
  } catch {
    return todayInDistrict(now).slice(0, 7)
  }
}
