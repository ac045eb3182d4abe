import type { StatusText } from '../status'
import type { Audited } from './common'

// 意见反馈 (issue 11): every user's channel to the publicity department (the admin). Government
// mini-programs are expected to offer a complaints channel.

/** open: waiting for the admin · answered: the admin replied · closed: done (with or without a reply). */
export const FEEDBACK_STATUSES = ['open', 'answered', 'closed'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, StatusText> = {
  open: '待回复',
  answered: '已回复',
  closed: '已办结'
}

/** One message from a user, with the admin's answer. */
export interface Feedback extends Audited {
  id: string
  /** The author; only they and the admin read it. */
  personId: string
  /** The author's unit when sent (the admin's list names it without a join). */
  unitId: string
  message: string
  /** Stored file ids of optional screenshots (never required). */
  screenshots: string[]
  status: FeedbackStatus
  answer: string | null
  answeredBy: string | null
  answeredAt: string | null
  closedBy: string | null
  closedAt: string | null
}
