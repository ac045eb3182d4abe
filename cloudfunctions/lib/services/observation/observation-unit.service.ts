import type { AttachmentView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import { visibleToUnit } from '../../../../src/core/rules/observation'
import { dayOf } from '../../../../src/core/time'
import { DuplicateKeyError } from '../../ports/store.port'
import type { HandlerTable } from '../context'
import { audit, callerOf, updatedStamp } from '../context'
import { fileLinks } from '../files.service'
import { invitationIdOf, newObservation, observationOf, observationViews } from './observation.access'
import { plannableSessions } from './observation.sessions'
import { rectificationView } from './observation.views'

// The observed unit's side: inviting an observation, seeing its own, answering feedback.

type UnitHandlers = Pick<HandlerTable, 'observe.request' | 'observe.unit.list' | 'observe.rectify.submit'>

export const unitHandlers: UnitHandlers = {
  async 'observe.request'(input, ctx) {
    const caller = callerOf(ctx)
    const unit = await ctx.repos.units.get(caller.unitId)
    if (!unit || !unit.active) throw new AppError('NOT_FOUND', '找不到您所在的单位')
    const [session] = await plannableSessions(ctx, [input.sessionId], 'sessionId')
    if (session.unitId !== unit.id) throw new AppError('FORBIDDEN', '只能邀请巡听旁听本单位的中心组学习', { field: 'sessionId' })
    // One invitation per session, by construction: its id is the session's (a second tap, another
    // secretary's or a retry with a fresh key meets the first one instead of inviting the group twice).
    const o = newObservation(ctx, unit, {
      id: invitationIdOf(session.id),
      mode: 'invited',
      status: 'requested',
      sessionId: session.id,
      groupId: null,
      startsAt: new Date(session.startsAt),
      note: input.note
    })
    try {
      await ctx.repos.observations.insert(o)
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error
      throw new AppError('CONFLICT', '这次中心组学习已经邀请过巡听旁听组', { field: 'sessionId' })
    }
    await audit(ctx, 'observation', o.id, 'request', o)
    return (await observationViews(ctx, [o], { forUnit: true }))[0]
  },

  async 'observe.unit.list'(_input, ctx) {
    const caller = callerOf(ctx)
    const unit = await ctx.repos.units.get(caller.unitId)
    // A random observation is not announced: the drawn unit sees it only from its start.
    const list = (await ctx.repos.observations.listByUnit(caller.unitId)).filter((o) => visibleToUnit(o, ctx.now))
    const views = await observationViews(ctx, list, { forUnit: true })
    // The unit may see the sheets' photos only once feedback has been sent (canViewSheetFiles).
    const answered = views.filter((v) => v.rectification !== null).map((v) => v.id)
    const sheets = await ctx.repos.scoreSheets.listByObservations(answered)
    const photosOf = new Map<string, AttachmentView[]>()
    for (const s of sheets)
      photosOf.set(s.observationId, [...(photosOf.get(s.observationId) ?? []), ...(await fileLinks(ctx, s.photos))])
    return { unitName: unit?.name ?? '', items: views.map((v) => ({ ...v, photos: photosOf.get(v.id) ?? [] })) }
  },

  async 'observe.rectify.submit'(input, ctx) {
    const caller = callerOf(ctx)
    const o = await observationOf(ctx, input.observationId)
    if (o.unitId !== caller.unitId || !visibleToUnit(o, ctx.now)) {
      throw new AppError('FORBIDDEN', '只能处理本单位收到的反馈')
    }
    const rect = await ctx.repos.rectifications.get(o.id)
    if (!rect) throw new AppError('NOT_FOUND', '这次巡听旁听还没有反馈', { field: 'observationId' })
    if (rect.status === 'submitted') throw new AppError('CONFLICT', '整改情况已提交，正等待巡听旁听组核验')
    if (rect.status === 'closed') throw new AppError('CONFLICT', '整改已经核验通过')
    const next = updatedStamp(
      {
        ...rect,
        status: 'submitted' as const,
        measures: input.measures,
        evidence: input.evidence,
        submittedBy: caller.id,
        submittedAt: ctx.now.toISOString(),
        rounds: rect.rounds + 1
      },
      ctx
    )
    await ctx.repos.rectifications.update(next)
    await audit(ctx, 'rectification', rect.id, 'submit', next)
    const sender = await ctx.repos.people.get(rect.sentBy)
    return rectificationView(next, sender?.name ?? '', dayOf(ctx.now))
  }
}
