import type { Role } from '../model/roles'

// What the reminder planner produces (SPEC §5). Pure data: the store, the scheduler, the inbox and
// the WeChat notifier of later slices all read this one shape.

/** Every obligation SPEC §5 reminds of; a new one is added here and in plan.ts. */
export const OBLIGATIONS = [
  'studyThisMonth',
  'studyLastMonth',
  'lectures',
  'meetingRecord',
  'rectificationOverdue',
  'observationFeedback',
  'nominationReview'
] as const
export type Obligation = (typeof OBLIGATIONS)[number]

/** How each obligation reads in the admin's switches and in digests. */
export const OBLIGATION_LABELS: Record<Obligation, string> = {
  studyThisMonth: '本月自学未达标',
  studyLastMonth: '上月自学未达标',
  lectures: '进学校讲课未达标',
  meetingRecord: '会议未记录或缺第一议题',
  rectificationOverdue: '整改逾期',
  observationFeedback: '巡听旁听未反馈',
  nominationReview: '先进典型推荐待审核'
}

/**
 * The pages that resolve a reminder. `src/core` may not import `src/services/routes.ts` (it imports
 * Taro), so these are the same paths as plain strings; test/core/reminders/plan.test.ts checks
 * that every one of them is still a route there.
 */
export const REMINDER_ROUTES = {
  home: '/pages/home/index',
  studyRecord: '/pages/study/record/index',
  methodForm: '/packages/methods/pages/form/index',
  unitMethods: '/packages/unit/pages/methods/index',
  meetingEdit: '/packages/meeting/pages/edit/index',
  unitRectify: '/packages/unit/pages/rectify/index',
  observeFeedback: '/packages/observe/pages/feedback/index',
  modelsDetail: '/packages/models/pages/detail/index'
} as const
export type ReminderRoute = (typeof REMINDER_ROUTES)[keyof typeof REMINDER_ROUTES]

/** Someone or something a reminder is about, for digests: a cadre below quota, a meeting, a rectification. */
export interface Subject {
  id: string
  name: string
  /** e.g. `2/5`; null when the name says it all. */
  detail: string | null
}

/** One planned reminder for one recipient. */
export interface Reminder {
  /** The recipient. */
  personId: string
  obligation: Obligation
  /** `YYYY-MM` for a month, `YYYY` for a year, or the id of the meeting / observation it is about. */
  period: string
  /** Which of the obligation's reminders this is, e.g. `from-day` then `last-days` in a month. */
  stage: string
  /** person|obligation|period|stage: the store sends each key at most once (SPEC §5). */
  dedupeKey: string
  /** Short Chinese title, e.g. `本月自学提醒`. */
  title: string
  /** The Chinese text of the inbox item. */
  body: string
  /** A few characters for a bundled push, e.g. `本月自学 3/5 篇`. */
  short: string
  /** The page that resolves it, with its query. */
  route: ReminderRoute
  query: Record<string, string>
  /** What it is about (empty when it is about the recipient's own quota). */
  subjects: Subject[]
}

/** The key a reminder is sent under at most once. */
export function dedupeKeyOf(personId: string, obligation: Obligation, period: string, stage: string): string {
  return [personId, obligation, period, stage].join('|')
}

/** Builds a reminder, deriving its dedupe key. */
export function reminder(fields: Omit<Reminder, 'dedupeKey'>): Reminder {
  return { ...fields, dedupeKey: dedupeKeyOf(fields.personId, fields.obligation, fields.period, fields.stage) }
}

/** A person as the planner needs them. */
export interface PersonFact {
  id: string
  name: string
  unitId: string
  roles: readonly Role[]
  active: boolean
  /** When the person joined the roster (ISO): newcomers are not told off for a month they barely had. */
  createdAt: string
}
