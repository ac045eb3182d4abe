import { AppError } from '../../../../src/core/contract'
import type { Meeting } from '../../../../src/core/model'
import { reviewWindow } from '../../../../src/core/rules/observation-session'
import { yearOf } from '../../../../src/core/time'
import type { HandlerTable } from '../context'
import { callerOf } from '../context'
import { sessionDetailView } from '../central-group/central-group.views'
import { meetingItemView } from '../meeting/meeting.views'
import { observationOf, observationViews, requireObserver } from './observation.access'
import { sessionOf } from './observation.sessions'

// 查阅资料 (document review, notice 三(三)): the observers of an observation read the observed
// session's record and materials, the unit's year plan and its recent committee meetings (first
// agenda item), read-only. Nobody else outside the unit gets these through this action.

type ReviewHandlers = Pick<HandlerTable, 'observe.review'>

export const reviewHandlers: ReviewHandlers = {
  async 'observe.review'(input, ctx) {
    const o = await observationOf(ctx, input.id, 'id')
    if (!callerOf(ctx).roles.includes('admin')) await requireObserver(ctx, o)
    if (o.status !== 'planned') throw new AppError('CONFLICT', '这次巡听旁听已取消或尚未安排，不能查阅资料')
    const { from, to } = reviewWindow(o.day)
    const years = [...new Set([yearOf(new Date(`${from}T12:00:00+08:00`)), o.year])]
    const meetings: Meeting[] = []
    for (const year of years) meetings.push(...(await ctx.repos.meetings.listByUnit(o.unitId, year)))
    const recent = meetings
      .filter((m) => m.withdrawnAt === null && m.day >= from && m.day <= to)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    const session = await sessionOf(ctx.repos, o)
    const plan = await ctx.repos.groupPlans.get(o.unitId, o.year)
    const [view] = await observationViews(ctx, [o])
    return {
      observation: view,
      session: session ? await sessionDetailView(ctx, session) : null,
      plan: { year: o.year, items: (plan?.items ?? []).map((i) => ({ period: i.period, topic: i.topic })) },
      meetings: recent.map((m) => meetingItemView(m, view.unitName, ctx.now)),
      meetingsFrom: from,
      meetingsTo: to
    }
  }
}
