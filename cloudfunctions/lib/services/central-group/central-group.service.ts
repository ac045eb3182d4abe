import type { ParsedInputOf } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { ClassicLink, MethodRecord, Person, SessionMaterial, StudySession, Unit } from '../../../../src/core/model'
import { addDays, meetingInstant } from '../../../../src/core/rules/agenda'
import {
  canLead,
  leadProblem,
  planProblem,
  sessionPeopleProblem,
  sessionRecordWishes
} from '../../../../src/core/rules/central-group'
import { dayOf, formatMonthZh, monthOfDay, yearOf } from '../../../../src/core/time'
import { groupPlanId } from '../../ports/central-group.port'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { syncMeetingRecords, withdrawMeetingRecords } from '../methods/methods.records'
import { viewableUnit } from '../methods/study.service'
import { assertSessionEditable, isOwnSecretary, isUpcoming, observedAreaIds, visibleSession } from './central-group.access'
import { sessionDetailView, sessionItemView } from './central-group.views'

// Central-group study (中心组学习, issue 10): membership, year plan, sessions. A held session yields
// its lead's and speakers' records through the meetings' own path (syncMeetingRecords, keyed by the
// session id in `sourceMeetingId`), so there is one mechanism for both.

type Action = Extract<keyof HandlerTable, `centralGroup.${string}`>
type SaveInput = ParsedInputOf<'centralGroup.session.save'>

const SESSION_ENTITY = 'studySession'

/** `2026-Q2` → `2026年第二季度`, `2026-03` → `2026年3月`. */
function periodLabel(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  return q ? `${q[1]}年第${'一二三四'[Number(q[2]) - 1]}季度` : formatMonthZh(period)
}

const activePeople = async (ctx: ActionContext, unitId: string) =>
  (await ctx.repos.people.listByUnit(unitId)).filter((p) => p.active)

async function membersView(ctx: ActionContext, unit: Unit) {
  const stored = await ctx.repos.groupMembers.get(unit.id)
  const people = await activePeople(ctx, unit.id)
  const order = stored?.memberIds ?? []
  const rank = (p: Person) => (order.includes(p.id) ? order.indexOf(p.id) : order.length)
  return {
    unitId: unit.id,
    unitName: unit.name,
    people: [...people]
      .sort((a, b) => rank(a) - rank(b))
      .map((p) => ({
        id: p.id,
        name: p.name,
        position: p.position,
        leadEligible: canLead(p),
        member: order.includes(p.id)
      })),
    updatedAt: stored?.updatedAt ?? null,
    canEdit: isOwnSecretary(callerOf(ctx), unit.id)
  }
}

async function planView(ctx: ActionContext, unit: Unit, year: number) {
  const plan = await ctx.repos.groupPlans.get(unit.id, year)
  return {
    unitId: unit.id,
    unitName: unit.name,
    year,
    items: (plan?.items ?? []).map((i) => ({ ...i, periodLabel: periodLabel(i.period) })),
    updatedAt: plan?.updatedAt ?? null,
    canEdit: isOwnSecretary(callerOf(ctx), unit.id)
  }
}

async function ownUnit(ctx: ActionContext): Promise<Unit> {
  const unit = await ctx.repos.units.get(callerOf(ctx).unitId)
  if (!unit) throw new AppError('NOT_FOUND', '找不到该单位')
  return unit
}

/** Materials with catalogue titles filled in. */
async function materialsOf(ctx: ActionContext, input: SaveInput): Promise<SessionMaterial[]> {
  const out: SessionMaterial[] = []
  for (const m of input.materials) {
    let title = m.title ?? ''
    let source = m.source
    if (m.speechId) {
      const speech = await ctx.repos.speeches.get(m.speechId)
      if (!speech) throw new AppError('NOT_FOUND', '目录中没有这篇讲话，请重新选择', { field: 'materials' })
      title = title || speech.title
      source = source ?? speech.source
    }
    out.push({ contentType: m.contentType, title, speechId: m.speechId ?? null, source })
  }
  return out
}

async function classicsOf(ctx: ActionContext, input: SaveInput): Promise<ClassicLink[]> {
  const out: ClassicLink[] = []
  for (const link of input.classics) {
    const classic = await ctx.repos.classics.get(link.classicId)
    if (!classic) throw new AppError('NOT_FOUND', '经典著作目录中没有这一项，请重新选择', { field: 'classics' })
    out.push({ classicId: classic.id, title: classic.title, chapter: link.chapter, pages: link.pages })
  }
  return out
}

/** The session as the form describes it; members default to the unit's membership. */
async function buildSession(
  ctx: ActionContext,
  input: SaveInput,
  unit: Unit,
  existing: StudySession | null
): Promise<StudySession> {
  const startsAt = meetingInstant(input.day, input.time)
  if (input.status === 'completed' && startsAt.getTime() > ctx.now.getTime()) {
    throw new AppError('VALIDATION', '学习还没有开展，不能记为“已召开”；可先保存为“计划召开”', { field: 'status' })
  }
  if (existing?.status === 'completed' && input.status === 'planned') {
    throw new AppError('VALIDATION', '已召开的学习不能改回“计划召开”；如记录有误，请撤销后重新记录', { field: 'status' })
  }
  const people = new Map((await activePeople(ctx, unit.id)).map((p) => [p.id, p]))
  const listed = input.memberIds.length ? input.memberIds : ((await ctx.repos.groupMembers.get(unit.id))?.memberIds ?? [])
  const memberIds = [...new Set(listed)]
  if (memberIds.some((id) => !people.has(id)))
    throw new AppError('VALIDATION', '参加人员应为本单位在册人员', { field: 'memberIds' })
  if (input.status === 'completed' && memberIds.length === 0) {
    throw new AppError('VALIDATION', '请先维护中心组成员名单，或勾选参加人员', { field: 'memberIds' })
  }
  const lead = input.leadId ? (people.get(input.leadId) ?? null) : null
  if (input.leadId) {
    const problem = leadProblem(lead, unit.id)
    if (problem) throw new AppError('VALIDATION', problem, { field: 'leadId' })
    if (!memberIds.includes(input.leadId)) throw new AppError('VALIDATION', '领学人应在参加人员名单中', { field: 'leadId' })
  }
  const speakers = input.speakers.map((s) => ({
    personId: s.personId,
    name: people.get(s.personId)?.name ?? '',
    points: s.points
  }))
  const fields = {
    unitId: unit.id,
    areaId: unit.areaId,
    startsAt: startsAt.toISOString(),
    day: dayOf(startsAt),
    month: monthOfDay(dayOf(startsAt)),
    year: yearOf(startsAt),
    place: input.place,
    topic: input.topic,
    materials: await materialsOf(ctx, input),
    classics: await classicsOf(ctx, input),
    leadId: lead?.id ?? null,
    leadName: lead?.name ?? null,
    leadMode: input.leadMode ?? null,
    memberIds,
    absentIds: [...new Set(input.absentIds)],
    speakers,
    tiedToWork: input.tiedToWork,
    followUp: input.followUp,
    status: input.status,
    completedAt: existing?.completedAt ?? (input.status === 'completed' ? ctx.now.toISOString() : null)
  }
  const problem = sessionPeopleProblem(fields)
  if (problem) throw new AppError('VALIDATION', problem.message, { field: problem.field })
  if (existing) return updatedStamp({ ...existing, ...fields }, ctx)
  return { id: newId(), ...fields, withdrawnAt: null, withdrawnBy: null, withdrawReason: null, ...createdStamp(ctx) }
}

/** Record once, reuse everywhere: the same path committee meetings use (methods.records). */
async function syncRecords(ctx: ActionContext, s: StudySession): Promise<MethodRecord[]> {
  const wishes = sessionRecordWishes(s).map((w) => ({ ...w, person: { id: w.personId, unitId: s.unitId } }))
  return syncMeetingRecords(ctx, s.id, wishes, '中心组学习记录已修改')
}

export const centralGroupHandlers: Pick<HandlerTable, Action> = {
  async 'centralGroup.members.get'(input, ctx) {
    return membersView(ctx, await viewableUnit(ctx, input.unitId))
  },

  async 'centralGroup.members.save'(input, ctx) {
    const unit = await ownUnit(ctx)
    const people = new Set((await activePeople(ctx, unit.id)).map((p) => p.id))
    if (input.memberIds.some((id) => !people.has(id))) {
      throw new AppError('VALIDATION', '中心组成员应为本单位在册人员', { field: 'memberIds' })
    }
    const existing = await ctx.repos.groupMembers.get(unit.id)
    const memberIds = [...new Set(input.memberIds)]
    const doc = existing
      ? updatedStamp({ ...existing, memberIds }, ctx)
      : { id: unit.id, unitId: unit.id, memberIds, ...createdStamp(ctx) }
    await ctx.repos.groupMembers.put(doc)
    await audit(ctx, 'centralGroupMembers', unit.id, existing ? 'update' : 'create', doc)
    return membersView(ctx, unit)
  },

  async 'centralGroup.plan.get'(input, ctx) {
    return planView(ctx, await viewableUnit(ctx, input.unitId), input.year ?? yearOf(ctx.now))
  },

  async 'centralGroup.plan.save'(input, ctx) {
    const unit = await ownUnit(ctx)
    const problem = planProblem(input.items, input.year)
    if (problem) throw new AppError('VALIDATION', problem.message, { field: problem.field })
    const existing = await ctx.repos.groupPlans.get(unit.id, input.year)
    const plan = existing
      ? updatedStamp({ ...existing, items: input.items }, ctx)
      : { id: groupPlanId(unit.id, input.year), unitId: unit.id, year: input.year, items: input.items, ...createdStamp(ctx) }
    await ctx.repos.groupPlans.put(plan)
    await audit(ctx, 'centralGroupPlan', plan.id, existing ? 'update' : 'create', plan)
    return planView(ctx, unit, input.year)
  },

  async 'centralGroup.session.list'(input, ctx) {
    const unit = await viewableUnit(ctx, input.unitId)
    const year = input.year ?? yearOf(ctx.now)
    const items = await ctx.repos.studySessions.listByUnit(unit.id, year)
    return {
      unitId: unit.id,
      unitName: unit.name,
      year,
      items: items.map((s) => sessionItemView(s, unit.name, ctx.now)),
      canEdit: isOwnSecretary(callerOf(ctx), unit.id)
    }
  },

  async 'centralGroup.session.get'(input, ctx) {
    return sessionDetailView(ctx, await visibleSession(ctx, input.id))
  },

  async 'centralGroup.session.save'(input, ctx) {
    const existing = input.id ? await visibleSession(ctx, input.id) : null
    if (existing) assertSessionEditable(ctx, existing)
    const unit = existing ? await ctx.repos.units.get(existing.unitId) : await ownUnit(ctx)
    if (!unit) throw new AppError('NOT_FOUND', '找不到该单位')
    const session = await buildSession(ctx, input, unit, existing)
    if (existing) await ctx.repos.studySessions.update(session)
    else await ctx.repos.studySessions.insert(session)
    const action = !existing ? 'create' : existing.status === 'planned' && session.status === 'completed' ? 'complete' : 'update'
    await audit(ctx, SESSION_ENTITY, session.id, action, session)
    return sessionDetailView(ctx, session, await syncRecords(ctx, session))
  },

  async 'centralGroup.session.withdraw'(input, ctx) {
    const existing = await visibleSession(ctx, input.id)
    assertSessionEditable(ctx, existing)
    const withdrawn = updatedStamp(
      { ...existing, withdrawnAt: ctx.now.toISOString(), withdrawnBy: callerOf(ctx).id, withdrawReason: input.reason },
      ctx
    )
    await ctx.repos.studySessions.update(withdrawn)
    await audit(ctx, SESSION_ENTITY, existing.id, 'withdraw', null, input.reason)
    await withdrawMeetingRecords(ctx, existing.id, `中心组学习已撤销：${input.reason}`)
    return sessionDetailView(ctx, withdrawn, [])
  },

  async 'centralGroup.upcoming'(input, ctx) {
    const caller = callerOf(ctx)
    const from = dayOf(ctx.now)
    const to = addDays(from, input.days)
    const scopes = caller.roles.includes('admin')
      ? [{ district: true as const }]
      : [...(await observedAreaIds(ctx, caller))].map((areaId) => ({ areaId }))
    const found: StudySession[] = []
    for (const scope of scopes) found.push(...(await ctx.repos.studySessions.listInWindow(scope, from, to)))
    const upcoming = found.filter((s) => isUpcoming(s, ctx.now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    // One read of the units for their names, whatever the number of sessions (never one per unit).
    const names = new Map(upcoming.length ? (await ctx.repos.units.list()).map((u) => [u.id, u.name]) : [])
    return { from, to, items: upcoming.map((s) => sessionItemView(s, names.get(s.unitId) ?? '', ctx.now)) }
  }
}
