import { AppError } from '../../../../src/core/contract'
import type { Observation, ObservationDraw, ObservationGroup, Person, StudySession, Unit } from '../../../../src/core/model'
import { addDays } from '../../../../src/core/rules/agenda'
import { drawUnits, sessionPeriod } from '../../../../src/core/rules/observation'
import { MAX_DRAW_WINDOW_DAYS, sessionPlanProblem, windowCandidates } from '../../../../src/core/rules/observation-session'
import { yearOf } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import { randomSeed } from '../../util/seed'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { addPeople, loadNames, newObservation, observationOf, observationViews, usableGroup } from './observation.access'
import { plannableSessions, sessionOf } from './observation.sessions'
import { drawView, groupView, plannerGroupView } from './observation.views'

/** Session id → unit id of the observations a draw among sessions planned (to name its picks). */
const drawnUnits = (list: readonly Observation[]): Map<string, string> =>
  new Map(list.flatMap((o) => (o.drawId && o.sessionId ? [[o.sessionId, o.unitId] as const] : [])))

// The publicity department's side: groups, plans in the five modes, the random draw.

type PlanHandlers = Pick<
  HandlerTable,
  | 'observe.groups.list'
  | 'observe.groups.save'
  | 'observe.plans.list'
  | 'observe.partners'
  | 'observe.plan'
  | 'observe.draw'
  | 'observe.accept'
  | 'observe.cancel'
>

/** The active units with these ids, or NOT_FOUND naming the field. */
async function activeUnits(ctx: ActionContext, ids: readonly string[], field: string): Promise<Unit[]> {
  const units: Unit[] = []
  // One at a time: inside a CloudBase transaction (a write) reads by id are transaction operations,
  // which cannot run in parallel.
  for (const id of ids) {
    const unit = await ctx.repos.units.get(id)
    if (!unit || !unit.active) throw new AppError('NOT_FOUND', '找不到该单位或已停用', { field })
    units.push(unit)
  }
  return units
}

/**
 * 各级党组织: the areas a planner may plan in — null for the admin (the district), else the areas of
 * the active groups the caller leads (FORBIDDEN when they lead none).
 */
function plannerAreas(caller: Person, groups: Iterable<ObservationGroup>): Set<string> | null {
  if (caller.roles.includes('admin')) return null
  const led = [...groups].filter((g) => g.active && g.leaderId === caller.id)
  if (led.length === 0) throw new AppError('FORBIDDEN', '只有区委宣传部或巡听旁听组组长可以安排巡听旁听')
  return new Set(led.flatMap((g) => g.areaIds))
}

/** 相互: the partner unit's chosen people, each active and of that unit; otherwise a field error. */
async function partnerPeople(ctx: ActionContext, unitId: string | null | undefined, ids: readonly string[]): Promise<string[]> {
  if (!unitId) throw new AppError('VALIDATION', '请选择参加互学的单位', { field: 'partnerUnitId' })
  await activeUnits(ctx, [unitId], 'partnerUnitId')
  for (const id of ids) {
    const p = await ctx.repos.people.get(id)
    if (!p || !p.active || p.unitId !== unitId) {
      throw new AppError('VALIDATION', '参加互学的人员应为该单位在册人员', { field: 'partnerMemberIds' })
    }
  }
  return [...new Set(ids)]
}

async function insertAll(ctx: ActionContext, list: Observation[]): Promise<void> {
  for (const o of list) {
    await ctx.repos.observations.insert(o)
    await audit(ctx, 'observation', o.id, 'plan', o)
  }
}

export const planHandlers: PlanHandlers = {
  async 'observe.groups.list'(_input, ctx) {
    const names = await loadNames(ctx.repos)
    const groups = [...names.groups.values()]
    await addPeople(
      ctx.repos,
      names,
      groups.flatMap((g) => g.memberIds)
    )
    return { items: groups.map((g) => groupView(g, names)) }
  },

  async 'observe.groups.save'(input, ctx) {
    const memberIds = [...new Set([input.leaderId, ...input.memberIds])]
    // Reads one at a time: this runs in a CloudBase transaction, which takes one operation at a time.
    for (const id of memberIds) {
      const p = await ctx.repos.people.get(id)
      const field = id === input.leaderId ? 'leaderId' : 'memberIds'
      if (!p || !p.active) throw new AppError('NOT_FOUND', '找不到该人员或已停用', { field })
      if (!p.roles.includes('observer')) {
        throw new AppError('VALIDATION', `${p.name}还没有“巡听旁听组成员”角色，请先在人员与角色中添加`, { field })
      }
    }
    for (const id of input.areaIds) {
      if (!(await ctx.repos.areas.get(id))) throw new AppError('NOT_FOUND', '找不到该片区', { field: 'areaIds' })
    }
    const fields = {
      name: input.name,
      leaderId: input.leaderId,
      memberIds,
      areaIds: [...new Set(input.areaIds)],
      active: input.active
    }
    let group: ObservationGroup
    if (input.id) {
      const existing = await ctx.repos.observationGroups.get(input.id)
      if (!existing) throw new AppError('NOT_FOUND', '找不到该巡听旁听组', { field: 'id' })
      group = updatedStamp({ ...existing, ...fields }, ctx)
      await ctx.repos.observationGroups.update(group)
    } else {
      group = { id: newId(), ...fields, ...createdStamp(ctx) }
      await ctx.repos.observationGroups.insert(group)
    }
    await audit(ctx, 'observationGroup', group.id, input.id ? 'update' : 'create', group)
    const names = await loadNames(ctx.repos, memberIds)
    names.groups.set(group.id, group)
    return groupView(group, names)
  },

  async 'observe.plans.list'(input, ctx) {
    const caller = callerOf(ctx)
    const year = input.year ?? yearOf(ctx.now)
    // The names carry every group, so a leader's groups need no query of their own.
    const [list, draws, names] = await Promise.all([
      ctx.repos.observations.listByYear(year),
      ctx.repos.observationDraws.listByYear(year),
      loadNames(ctx.repos)
    ])
    const active = [...names.groups.values()].filter((g) => g.active)
    // 各级党组织: a group leader sees and plans the areas of the groups they lead, nothing else.
    const areas = plannerAreas(caller, active)
    const groups = areas ? active.filter((g) => g.leaderId === caller.id) : active
    const inScope = <T extends { areaId: string }>(rows: readonly T[]) => (areas ? rows.filter((r) => areas.has(r.areaId)) : rows)
    const mine = inScope(list).filter((o) => !input.unitId || o.unitId === input.unitId)
    const drawn = drawnUnits(list)
    return {
      year,
      items: await observationViews(ctx, mine, { names }),
      draws: inScope(draws).map((d) => drawView(d, names, drawn)),
      groups: groups.map((g) => plannerGroupView(g, names))
    }
  },

  async 'observe.partners'(input, ctx) {
    const [groups, allUnits, allAreas] = await Promise.all([
      ctx.repos.observationGroups.list(),
      ctx.repos.units.list(),
      ctx.repos.areas.list()
    ])
    const areas = plannerAreas(callerOf(ctx), groups)
    const areaNames = new Map(allAreas.map((a) => [a.id, a.name]))
    const units = allUnits.filter((u) => u.active && (!areas || areas.has(u.areaId)))
    if (input.unitId && !units.some((u) => u.id === input.unitId)) {
      throw new AppError('FORBIDDEN', '只能从本组负责片区的单位中选择互学单位', { field: 'unitId' })
    }
    const people = input.unitId ? (await ctx.repos.people.listByUnit(input.unitId)).filter((p) => p.active) : []
    return {
      units: units.map((u) => ({ id: u.id, name: u.name, areaName: areaNames.get(u.areaId) ?? '' })),
      people: people.map((p) => ({ id: p.id, name: p.name, position: p.position }))
    }
  },

  async 'observe.plan'(input, ctx) {
    const sessions = await plannableSessions(ctx, input.sessionIds, 'sessionIds')
    const units = new Map(
      (await activeUnits(ctx, [...new Set(sessions.map((s) => s.unitId))], 'sessionIds')).map((u) => [u.id, u])
    )
    const group = await usableGroup(
      ctx.repos,
      input.groupId,
      [...new Set([...units.values()].map((u) => u.areaId))],
      callerOf(ctx)
    )
    const partnerMemberIds = input.mode === 'mutual' ? await partnerPeople(ctx, input.partnerUnitId, input.partnerMemberIds) : []
    if (input.mode === 'mutual' && input.partnerUnitId) {
      // A group leader pairs units of the led areas only (the admin any unit of the district).
      const areas = plannerAreas(callerOf(ctx), [group])
      const partner = await ctx.repos.units.get(input.partnerUnitId)
      if (areas && partner && !areas.has(partner.areaId)) {
        throw new AppError('FORBIDDEN', '只能从本组负责片区的单位中选择互学单位', { field: 'partnerUnitId' })
      }
    }
    if (input.mode === 'mutual' && input.partnerUnitId && units.has(input.partnerUnitId)) {
      throw new AppError('VALIDATION', '参加互学的单位不能是被巡听单位本身', { field: 'partnerUnitId' })
    }
    const batchId = sessions.length > 1 ? newId() : null
    const list = sessions.map((s) =>
      newObservation(ctx, units.get(s.unitId) as Unit, {
        mode: input.mode,
        sessionId: s.id,
        groupId: group.id,
        startsAt: new Date(s.startsAt),
        theme: input.mode === 'special' ? input.theme : null,
        partnerUnitId: input.mode === 'mutual' ? input.partnerUnitId : null,
        partnerMemberIds,
        batchId,
        note: input.note
      })
    )
    await insertAll(ctx, list)
    return { items: await observationViews(ctx, list) }
  },

  async 'observe.draw'(input, ctx) {
    const area = await ctx.repos.areas.get(input.areaId)
    if (!area) throw new AppError('NOT_FOUND', '找不到该片区', { field: 'areaId' })
    const group = await usableGroup(ctx.repos, input.groupId, [area.id], callerOf(ctx))
    if (addDays(input.from, MAX_DRAW_WINDOW_DAYS - 1) < input.to) {
      throw new AppError('VALIDATION', `抽取的时间范围最长${MAX_DRAW_WINDOW_DAYS}天`, { field: 'to' })
    }
    // Sessions of units still active and still in the area: the observation is planned on the unit.
    const units = new Map((await ctx.repos.units.list()).filter((u) => u.active && u.areaId === area.id).map((u) => [u.id, u]))
    const sessions = (await ctx.repos.studySessions.listInWindow({ areaId: area.id }, input.from, input.to)).filter((s) =>
      units.has(s.unitId)
    )
    const candidateIds = windowCandidates(sessions, input.from, input.to, ctx.now)
    if (candidateIds.length < input.count) {
      throw new AppError('VALIDATION', `该片区在这段时间只有${candidateIds.length}次即将开展的中心组学习，抽取数不能超过它`, {
        field: 'count'
      })
    }
    const seed = input.seed ?? randomSeed()
    const pickedIds = drawUnits(candidateIds, input.count, seed)
    const byId = new Map(sessions.map((s) => [s.id, s]))
    const picked = pickedIds.map((id) => byId.get(id) as StudySession)
    const first = new Date(Math.min(...picked.map((s) => Date.parse(s.startsAt))))
    const draw: ObservationDraw = {
      id: newId(),
      areaId: area.id,
      count: input.count,
      seed,
      candidateIds,
      pickedIds,
      groupId: group.id,
      startsAt: first.toISOString(),
      year: sessionPeriod(first).year,
      windowFrom: input.from,
      windowTo: input.to,
      ...createdStamp(ctx)
    }
    await ctx.repos.observationDraws.insert(draw)
    await audit(ctx, 'observationDraw', draw.id, 'draw', draw)
    const list = picked.map((s) =>
      newObservation(ctx, units.get(s.unitId) as Unit, {
        mode: 'random',
        sessionId: s.id,
        groupId: group.id,
        startsAt: new Date(s.startsAt),
        drawId: draw.id,
        batchId: draw.id
      })
    )
    await insertAll(ctx, list)
    const names = await loadNames(ctx.repos)
    return {
      draw: drawView(draw, names, drawnUnits(list)),
      items: await observationViews(ctx, list, { names })
    }
  },

  async 'observe.accept'(input, ctx) {
    const o = await observationOf(ctx, input.id, 'id')
    if (o.status !== 'requested') throw new AppError('CONFLICT', '这条邀请已经处理过了')
    // An invitation to a session the unit has since withdrawn, or that already began, cannot be accepted.
    const session = await sessionOf(ctx.repos, o)
    const problem = session ? sessionPlanProblem(session, ctx.now) : null
    if (problem) throw new AppError('CONFLICT', problem)
    const group = await usableGroup(ctx.repos, input.groupId, [o.areaId], callerOf(ctx))
    const accepted = updatedStamp({ ...o, status: 'planned' as const, groupId: group.id }, ctx)
    await ctx.repos.observations.update(accepted)
    await audit(ctx, 'observation', o.id, 'accept', accepted)
    return (await observationViews(ctx, [accepted]))[0]
  },

  async 'observe.cancel'(input, ctx) {
    const o = await observationOf(ctx, input.id, 'id')
    const areas = plannerAreas(callerOf(ctx), await ctx.repos.observationGroups.list())
    if (areas && !areas.has(o.areaId)) {
      throw new AppError('FORBIDDEN', '只能处理本组负责片区的巡听旁听安排', { field: 'id' })
    }
    if (o.status !== 'requested' && o.status !== 'planned') throw new AppError('CONFLICT', '这次巡听旁听已经取消过了')
    // This query reads committed sheets only; a sheet being submitted right now is caught because
    // observe.sheet.submit writes the observation too (a write conflict on CloudBase), see there.
    if ((await ctx.repos.scoreSheets.listByObservation(o.id)).length > 0) {
      throw new AppError('CONFLICT', '已有巡听组成员提交了评分，不能再取消')
    }
    const status = o.status === 'requested' ? ('declined' as const) : ('cancelled' as const)
    const closed = updatedStamp({ ...o, status, closedReason: input.reason }, ctx)
    await ctx.repos.observations.update(closed)
    await audit(ctx, 'observation', o.id, status === 'declined' ? 'decline' : 'cancel', closed, input.reason)
    return (await observationViews(ctx, [closed]))[0]
  }
}
