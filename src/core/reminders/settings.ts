// The admin's reminder settings: each obligation can be switched off and its days changed.
// Defaults are SPEC §5's table.

/** `MM-DD` within a year, e.g. `10-01`. */
export type MonthDay = string

export interface ReminderSettings {
  /** Self-study below quota this month → the cadre: from `fromDay`, again in the last `lastDays` days. */
  studyThisMonth: { enabled: boolean; fromDay: number; lastDays: number }
  /** Self-study below quota last month → the unit leader's digest, from `onDay` of the next month. */
  studyLastMonth: { enabled: boolean; onDay: number }
  /** School lectures → the district leader: none by `juneFrom`; below quota from `octoberFrom` and `decemberFrom`. */
  lectures: { enabled: boolean; juneFrom: MonthDay; octoberFrom: MonthDay; decemberFrom: MonthDay }
  /** Meeting not recorded, or recorded without a first agenda item → the secretary, `afterDays` after its date. */
  meetingRecord: { enabled: boolean; afterDays: number }
  /** Rectification past its deadline → secretary and leader, `afterDays` after it, then every `everyDays`. */
  rectificationOverdue: { enabled: boolean; afterDays: number; everyDays: number }
  /** Observation scored but no feedback sent → the group's members, `afterDays` after the session. */
  observationFeedback: { enabled: boolean; afterDays: number }
  /** Nomination (先进典型) waiting for review → the admins, `afterDays` after it was filed. */
  nominationReview: { enabled: boolean; afterDays: number }
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  studyThisMonth: { enabled: true, fromDay: 20, lastDays: 3 },
  studyLastMonth: { enabled: true, onDay: 1 },
  // "End of June" is its last day.
  lectures: { enabled: true, juneFrom: '06-30', octoberFrom: '10-01', decemberFrom: '12-01' },
  meetingRecord: { enabled: true, afterDays: 3 },
  rectificationOverdue: { enabled: true, afterDays: 1, everyDays: 7 },
  observationFeedback: { enabled: true, afterDays: 5 },
  nominationReview: { enabled: true, afterDays: 7 }
}

/**
 * Reminders are planned only from 08:00 to before 21:00 China time (issue 9): nobody is woken or
 * messaged late at night. Fixed, not a setting.
 */
export const SEND_WINDOW = { fromHour: 8, toHour: 21 } as const

/** A last-month digest missed on its day (a failed run) is still planned for this many days, then dropped. */
export const DIGEST_CATCH_UP_DAYS = 7
