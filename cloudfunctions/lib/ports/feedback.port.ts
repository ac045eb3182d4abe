import type { Feedback, FeedbackStatus } from '../../../src/core/model'
import type { Page } from './store.port'

/** The admin's list: one status or all, newest first, one page. */
export interface FeedbackQuery {
  status: FeedbackStatus | null
  offset: number
  limit: number
}

/** 意见反馈 (issue 11): messages read by their author and by the admin. */
export interface FeedbackRepository {
  get(id: string): Promise<Feedback | null>
  insert(feedback: Feedback): Promise<void>
  /** Replaces the stored message with the same id. */
  update(feedback: Feedback): Promise<void>
  /** The author's messages, newest first, at most `limit`. */
  listByPerson(personId: string, limit: number): Promise<Feedback[]>
  /** Every author's messages of one status (or all), newest first then by id, paged by the store. */
  list(query: FeedbackQuery): Promise<Page<Feedback>>
}
