import {
  OBLIGATIONS,
  OBLIGATION_LABELS,
  REMINDER_ROUTES,
  type Obligation,
  type Reminder,
  type ReminderRoute,
  type Subject
} from './model'
import { namesWithDetail } from './rules/study-last-month'

// At most one push a day per person (issue 9): everything due is bundled into one message, while
// each reminder stays its own inbox item.

/** The one message a person gets today. */
export interface Push {
  personId: string
  title: string
  /** `您有 3 项待办：本月自学 3/5 篇；…` or, for a single reminder, its own body. */
  body: string
  /** A single reminder opens its page; a bundle opens home, where every item is listed. */
  route: ReminderRoute
  query: Record<string, string>
  /** The dedupe keys it carries, in order. */
  keys: string[]
}

/** The order items appear in: SPEC's table order, then the period. */
function byObligation(a: Reminder, b: Reminder): number {
  return OBLIGATIONS.indexOf(a.obligation) - OBLIGATIONS.indexOf(b.obligation) || a.period.localeCompare(b.period)
}

/** One person's reminders as one push, or null when there are none. */
export function pushFor(personId: string, reminders: readonly Reminder[]): Push | null {
  const mine = reminders.filter((r) => r.personId === personId).sort(byObligation)
  if (mine.length === 0) return null
  if (mine.length === 1) {
    const [only] = mine
    return { personId, title: only.title, body: only.body, route: only.route, query: only.query, keys: [only.dedupeKey] }
  }
  return {
    personId,
    title: `您有 ${mine.length} 项待办`,
    body: `您有 ${mine.length} 项待办：${mine.map((r) => r.short).join('；')}`,
    route: REMINDER_ROUTES.home,
    query: {},
    keys: mine.map((r) => r.dedupeKey)
  }
}

/** One push per recipient, in the order recipients first appear. */
export function bundle(reminders: readonly Reminder[]): Push[] {
  const people = [...new Set(reminders.map((r) => r.personId))]
  return people.map((id) => pushFor(id, reminders)).filter((p): p is Push => p !== null)
}

/** One line of a digest: an obligation, how many, and who or what. */
export interface DigestLine {
  obligation: Obligation
  label: string
  count: number
  subjects: Subject[]
}

/** A unit leader's (or anyone's) overdue items grouped by obligation, with counts and names. */
export interface Digest {
  personId: string
  lines: DigestLine[]
  /** e.g. `上月自学未达标 3 人：张三 2/5、李四 0/5、王五 4/5；整改逾期 1 项：…` */
  text: string
}

/**
 * The digest of one person's reminders: one line per obligation, counting distinct subjects (the
 * cadres behind quota, the overdue rectifications), never one message per cadre. Null when empty.
 */
export function digestFor(personId: string, reminders: readonly Reminder[]): Digest | null {
  const mine = reminders.filter((r) => r.personId === personId).sort(byObligation)
  if (mine.length === 0) return null
  const lines: DigestLine[] = []
  for (const obligation of OBLIGATIONS) {
    const items = mine.filter((r) => r.obligation === obligation)
    if (items.length === 0) continue
    const subjects = [...new Map(items.flatMap((r) => r.subjects).map((s) => [s.id, s])).values()]
    lines.push({ obligation, label: OBLIGATION_LABELS[obligation], count: subjects.length || items.length, subjects })
  }
  const text = lines
    .map((l) => {
      const unit = l.obligation === 'studyLastMonth' || l.obligation === 'studyThisMonth' ? '人' : '项'
      return l.subjects.length ? `${l.label} ${l.count} ${unit}：${namesWithDetail(l.subjects)}` : l.label
    })
    .join('；')
  return { personId, lines, text }
}
