import type { DayKey, MonthKey } from '../time'
import { formatDayZh, monthOfDay } from '../time'
import { addDays } from './agenda'

// Planned items (issue 13 item 3): something planned for a day — a lecture, a committee meeting, a
// central-group session, an observation — comes into "接下来要做" some days before its date and
// stays there, asking to be confirmed, until it is (given, held and recorded, scored).

/** A planned item appears this many days before its date. */
export const PLANNED_LEAD_DAYS = 14

export type PlannedKind = 'lecture' | 'meeting' | 'session' | 'observation'

export interface PlannedItem {
  key: string
  kind: PlannedKind
  day: DayKey
  /** What it is, e.g. the lecture's topic and school. */
  name: string
  /** Given, held and recorded, or scored: nothing left to do. */
  confirmed: boolean
  withdrawn: boolean
}

/** Before (or on) its day it is coming up; after it, it waits to be confirmed. */
export type PlannedStage = 'upcoming' | 'confirm'

/** The stage of a planned item today, or null when it is not shown (too far ahead, confirmed, withdrawn). */
export function plannedStage(item: Pick<PlannedItem, 'day' | 'confirmed' | 'withdrawn'>, today: DayKey): PlannedStage | null {
  if (item.confirmed || item.withdrawn) return null
  if (today < addDays(item.day, -PLANNED_LEAD_DAYS)) return null
  return today <= item.day ? 'upcoming' : 'confirm'
}

const TEXTS: Record<PlannedKind, Record<PlannedStage, string>> = {
  lecture: { upcoming: '计划讲课', confirm: '讲完后请确认' },
  meeting: { upcoming: '计划召开', confirm: '会议已召开，请补全记录' },
  session: { upcoming: '计划中心组学习', confirm: '中心组学习已开展，请补全记录' },
  observation: { upcoming: '巡听旁听', confirm: '请完成现场评分' }
}

/** One line of "接下来要做". */
export interface DueLine {
  key: string
  kind: PlannedKind
  text: string
  /** The day, with its year when outside today's. */
  when: string
}

/** The planned items to show today, soonest first. */
export function plannedDue(items: readonly PlannedItem[], today: DayKey): DueLine[] {
  const out: Array<DueLine & { day: DayKey }> = []
  for (const item of items) {
    const stage = plannedStage(item, today)
    if (stage) {
      out.push({
        key: item.key,
        kind: item.kind,
        text: `${TEXTS[item.kind][stage]}：${item.name}`,
        when: formatDayZh(item.day, today),
        day: item.day
      })
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).map(({ day: _day, ...line }) => line)
}

/** The last month 我的记录 can move to: this month, or a later one that holds something planned. */
export function lastListedMonth(currentMonth: MonthKey, newestDay: DayKey | null): MonthKey {
  const newest = newestDay ? monthOfDay(newestDay) : currentMonth
  return newest > currentMonth ? newest : currentMonth
}
