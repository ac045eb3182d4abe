import { z } from 'zod'
import { FEEDBACK_STATUSES } from '../model/feedback'
import { ROLES } from '../model/roles'
import { action } from './action'
import { id, text } from './fields'
import { attachmentView } from './methods.views'

// 意见反馈 (issue 11): every user writes to the publicity department; the admin answers and closes.

/** How many of their own messages a user sees, and how many rows one page of the admin's list holds. */
export const FEEDBACK_PAGE = 20

const statusSchema = z.enum(FEEDBACK_STATUSES, { errorMap: () => ({ message: '状态无效' }) })

export const feedbackView = z.object({
  id: z.string(),
  message: z.string(),
  /** Optional screenshots, with links for the author and the admin. */
  screenshots: z.array(attachmentView),
  status: statusSchema,
  statusLabel: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string()
})
export type FeedbackView = z.infer<typeof feedbackView>

/** A row of the admin's list: the message and who sent it from which unit. */
export const feedbackAdminView = feedbackView.extend({ authorName: z.string(), unitName: z.string() })
export type FeedbackAdminView = z.infer<typeof feedbackAdminView>

export const feedbackActions = {
  'feedback.send': action({
    summary: 'Sends a message to the publicity department, with optional screenshots (never required)',
    input: z.object({
      message: text('意见内容', 1000),
      /** Ids of images the caller uploaded (optional, at most 4). */
      screenshots: z.array(id('截图')).max(4, '截图最多4张').default([])
    }),
    output: feedbackView,
    roles: ROLES,
    write: true
  }),
  'feedback.mine': action({
    summary: "The caller's own messages with the admin's answers, newest first",
    input: z.object({}).default({}),
    output: z.object({ items: z.array(feedbackView) }),
    roles: ROLES,
    write: false
  }),
  'feedback.list': action({
    summary: 'Every message of one status (or all), newest first, one page (admin)',
    input: z
      .object({
        status: statusSchema.nullish().transform((v) => v ?? null),
        offset: z.number({ invalid_type_error: '页码无效' }).int('页码无效').min(0, '页码无效').default(0)
      })
      .default({}),
    output: z.object({ items: z.array(feedbackAdminView), total: z.number() }),
    roles: ['admin'],
    write: false
  }),
  'feedback.answer': action({
    summary: 'The admin answers a message once; the author finds the answer in the app and in the inbox',
    input: z.object({ id: id('意见'), answer: text('回复内容', 1000) }),
    output: feedbackAdminView,
    roles: ['admin'],
    write: true
  }),
  'feedback.close': action({
    summary: 'The admin closes a message (answered or not): it leaves the open list',
    input: z.object({ id: id('意见') }),
    output: feedbackAdminView,
    roles: ['admin'],
    write: true
  })
}
