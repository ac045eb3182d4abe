import { AppError, type FeedbackAdminView, type FeedbackView } from '../../../../src/core/contract'
import { FEEDBACK_PAGE } from '../../../../src/core/contract/feedback.contract'
import { FEEDBACK_STATUS_LABELS, type Feedback, type Person, type Unit } from '../../../../src/core/model'
import {
  answerNotice,
  answerProblem,
  closeProblem,
  FEEDBACK_MINE_ROUTE,
  feedbackAnswerInboxId
} from '../../../../src/core/rules/feedback'
import { monthOf } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { attachFilesTo, fileLinks } from '../files.service'

// 意见反馈 (issue 11): a user's message to the publicity department, the admin's answer and close.

type FeedbackHandlers = Pick<
  HandlerTable,
  'feedback.send' | 'feedback.mine' | 'feedback.list' | 'feedback.answer' | 'feedback.close'
>

const SCREENSHOTS = { field: 'screenshots', label: '截图', imagesOnly: true }

async function viewOf(ctx: ActionContext, f: Feedback): Promise<FeedbackView> {
  return {
    id: f.id,
    message: f.message,
    screenshots: await fileLinks(ctx, f.screenshots),
    status: f.status,
    statusLabel: FEEDBACK_STATUS_LABELS[f.status],
    answer: f.answer,
    answeredAt: f.answeredAt,
    closedAt: f.closedAt,
    createdAt: f.createdAt
  }
}

/** The admin's rows: authors in one query, units from the (short) unit list. */
async function adminViews(ctx: ActionContext, items: readonly Feedback[]): Promise<FeedbackAdminView[]> {
  if (items.length === 0) return []
  const [people, units] = await Promise.all([
    ctx.repos.people.listByIds([...new Set(items.map((f) => f.personId))]),
    ctx.repos.units.list()
  ])
  const person = new Map<string, Person>(people.map((p) => [p.id, p]))
  const unit = new Map<string, Unit>(units.map((u) => [u.id, u]))
  const out: FeedbackAdminView[] = []
  for (const f of items) {
    out.push({
      ...(await viewOf(ctx, f)),
      authorName: person.get(f.personId)?.name ?? '',
      unitName: unit.get(f.unitId)?.name ?? ''
    })
  }
  return out
}

/** The message for the admin, or NOT_FOUND. */
async function feedbackOf(ctx: ActionContext, id: string): Promise<Feedback> {
  const f = await ctx.repos.feedback.get(id)
  if (!f) throw new AppError('NOT_FOUND', '找不到这条意见', { field: 'id' })
  return f
}

/** The admin's row after a write inside its transaction: the author read by id (one at a time). */
async function adminView(ctx: ActionContext, f: Feedback): Promise<FeedbackAdminView> {
  const author = await ctx.repos.people.get(f.personId)
  const unit = await ctx.repos.units.get(f.unitId)
  return { ...(await viewOf(ctx, f)), authorName: author?.name ?? '', unitName: unit?.name ?? '' }
}

export const feedbackHandlers: FeedbackHandlers = {
  async 'feedback.send'(input, ctx) {
    const caller = callerOf(ctx)
    const id = newId()
    // Screenshots are optional; any given must be images the caller uploaded.
    const shots = await attachFilesTo(ctx, { owner: 'feedback', id }, input.screenshots, [], SCREENSHOTS)
    const f: Feedback = {
      id,
      personId: caller.id,
      unitId: caller.unitId,
      message: input.message,
      screenshots: shots.map((s) => s.id),
      status: 'open',
      answer: null,
      answeredBy: null,
      answeredAt: null,
      closedBy: null,
      closedAt: null,
      ...createdStamp(ctx)
    }
    await ctx.repos.feedback.insert(f)
    await audit(ctx, 'feedback', id, 'create', f)
    return viewOf(ctx, f)
  },

  async 'feedback.mine'(_input, ctx) {
    const caller = callerOf(ctx)
    const items = await ctx.repos.feedback.listByPerson(caller.id, FEEDBACK_PAGE)
    return { items: await Promise.all(items.map((f) => viewOf(ctx, f))) }
  },

  async 'feedback.list'(input, ctx) {
    const page = await ctx.repos.feedback.list({ status: input.status, offset: input.offset, limit: FEEDBACK_PAGE })
    return { items: await adminViews(ctx, page.items), total: page.total }
  },

  async 'feedback.answer'(input, ctx) {
    const f = await feedbackOf(ctx, input.id)
    const caller = callerOf(ctx)
    const problem = answerProblem(f)
    if (problem) throw new AppError('CONFLICT', problem, { field: 'id' })
    const at = ctx.now.toISOString()
    const next = updatedStamp(
      { ...f, status: 'answered' as const, answer: input.answer, answeredBy: caller.id, answeredAt: at },
      ctx
    )
    await ctx.repos.feedback.update(next)
    // The author hears of it in the inbox: the id comes from the message, so exactly once.
    await ctx.repos.inbox.add({
      id: feedbackAnswerInboxId(f.id),
      personId: f.personId,
      obligation: 'feedback',
      period: monthOf(ctx.now),
      stage: 'answered',
      ...answerNotice(input.answer),
      route: FEEDBACK_MINE_ROUTE,
      createdAt: at,
      readAt: null
    })
    await audit(ctx, 'feedback', f.id, 'answer', next)
    return adminView(ctx, next)
  },

  async 'feedback.close'(input, ctx) {
    const f = await feedbackOf(ctx, input.id)
    const problem = closeProblem(f)
    if (problem) throw new AppError('CONFLICT', problem, { field: 'id' })
    const next = updatedStamp(
      { ...f, status: 'closed' as const, closedBy: callerOf(ctx).id, closedAt: ctx.now.toISOString() },
      ctx
    )
    await ctx.repos.feedback.update(next)
    await audit(ctx, 'feedback', f.id, 'close', next)
    return adminView(ctx, next)
  }
}
