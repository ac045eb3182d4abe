import type { Feedback } from '../model/feedback'
import type { Person } from '../model/roster'

// Who may do what with a feedback message, and which state changes are allowed:
// open → answered → closed, or open → closed (nothing to answer, e.g. sent twice).

/** Whether the person may read the message: its author, or the admin. */
export function canReadFeedback(viewer: Pick<Person, 'id' | 'roles'>, feedback: Pick<Feedback, 'personId'>): boolean {
  return viewer.id === feedback.personId || viewer.roles.includes('admin')
}

/** Why the admin cannot answer it now, or null. One answer per message: the author is told once. */
export function answerProblem(feedback: Pick<Feedback, 'status'>): string | null {
  if (feedback.status === 'answered') return '这条意见已经回复过了'
  if (feedback.status === 'closed') return '这条意见已经办结，不能再回复'
  return null
}

/** Why the admin cannot close it now, or null. */
export function closeProblem(feedback: Pick<Feedback, 'status'>): string | null {
  return feedback.status === 'closed' ? '这条意见已经办结了' : null
}

/** The inbox item that tells the author of the answer: its id makes it land once whatever retries. */
export const feedbackAnswerInboxId = (feedbackId: string): string => `feedback.${feedbackId}.answered`

/**
 * The page where the author reads the answer (the inbox item opens it). `src/core` may not import
 * `src/services/routes.ts` (it imports Taro): test/core/feedback.test.ts checks it is a route there.
 */
export const FEEDBACK_MINE_ROUTE = '/packages/feedback/pages/mine/index'

/** What the inbox says when the admin answers: the first words of the answer, whole when short. */
export function answerNotice(answer: string): { title: string; body: string } {
  const chars = [...answer]
  return { title: '您的意见反馈有了回复', body: chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : answer }
}
