import type { ObservationView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { Observation, ObservationGroup, ObservationMode, Person, Rubric, ScoreSheet, Unit } from '../../../../src/core/model'
import { DEFAULT_RUBRIC, sessionPeriod, visibleToUnit } from '../../../../src/core/rules/observation'
import { isObserverOf } from '../../../../src/core/rules/observation-session'
import { dayOf } from '../../../../src/core/time'
import type { Repositories } from '../../ports/store.port'
import type { ActionContext } from '../context'
import { callerOf, createdStamp } from '../context'
import { newId } from '../../util/ids'
import type { Names } from './observation.views'
import { sessionsOf } from './observation.sessions'
import { observationView } from './observation.views'

// What the observation services share: loading names, rubric versions, and the row-level checks
// (an observer's own group, a unit's own observations) behind the contract's role gate.

/** Units, areas and groups by id, and the names of the given people. */
export async function loadNames(repos: Repositories, personIds: Iterable<string> = []): Promise<Names> {
  const [units, areas, groups] = await Promise.all([repos.units.list(), repos.areas.list(), repos.observationGroups.list()])
  const names: Names = {
    units: new Map(units.map((u) => [u.id, u])),
    areas: new Map(areas.map((a) => [a.id, a])),
    groups: new Map(groups.map((g) => [g.id, g])),
    people: new Map()
  }
  await addPeople(repos, names, personIds)
  return names
}

/** Adds the names of more people to a names map. */
export async function addPeople(repos: Repositories, names: Names, personIds: Iterable<string>): Promise<void> {
  const wanted = [...new Set(personIds)].filter((id) => !names.people.has(id))
  // One at a time: in a write these are operations of a CloudBase transaction, never run in parallel.
  for (const id of wanted) {
    const p = await repos.people.get(id)
    if (p) names.people.set(p.id, { name: p.name, unitId: p.unitId })
  }
}

/** The version new sheets are scored with: the highest published, or the built-in default. */
export async function currentRubric(repos: Repositories): Promise<Rubric> {
  const [latest] = await repos.rubrics.list()
  return latest && latest.version > DEFAULT_RUBRIC.version ? latest : DEFAULT_RUBRIC
}

/** A rubric version by number (1 is the built-in default), or null. */
export async function rubricOf(repos: Repositories, version: number): Promise<Rubric | null> {
  return version === DEFAULT_RUBRIC.version ? DEFAULT_RUBRIC : repos.rubrics.get(version)
}

/** The observation, or NOT_FOUND naming the field. */
export async function observationOf(ctx: ActionContext, id: string, field = 'observationId'): Promise<Observation> {
  const o = await ctx.repos.observations.get(id)
  if (!o) throw new AppError('NOT_FOUND', '找不到这次巡听旁听', { field })
  return o
}

/** The observation's group when the caller is one of its members; otherwise FORBIDDEN. */
export async function requireMember(ctx: ActionContext, o: Observation): Promise<{ group: ObservationGroup; caller: Person }> {
  const caller = callerOf(ctx)
  const group = o.groupId ? await ctx.repos.observationGroups.get(o.groupId) : null
  if (!group || !group.memberIds.includes(caller.id)) {
    throw new AppError('FORBIDDEN', '只能查看和处理本组负责的巡听旁听')
  }
  return { group, caller }
}

/**
 * The observation's group when the caller observes it: a member of its group, or for 相互 one of
 * the partner unit's chosen people (who score and review that session only). Otherwise FORBIDDEN.
 */
export async function requireObserver(
  ctx: ActionContext,
  o: Observation
): Promise<{ group: ObservationGroup | null; caller: Person; inGroup: boolean }> {
  const caller = callerOf(ctx)
  const group = o.groupId ? await ctx.repos.observationGroups.get(o.groupId) : null
  if (!isObserverOf(o, group?.memberIds ?? [], caller.id)) {
    throw new AppError('FORBIDDEN', '只能查看和处理本组负责或受邀参加互学的巡听旁听')
  }
  return { group, caller, inGroup: !!group && group.memberIds.includes(caller.id) }
}

/**
 * Who may see a sheet's photos besides their uploader: the admin, members of the observation's
 * group, and the observed unit's secretary and leader once feedback has been sent (the unit sees
 * scores only with the feedback, and a random observation only from its start).
 */
export async function canViewSheetFiles(repos: Repositories, viewer: Person, sheetId: string, now: Date): Promise<boolean> {
  const sheet = await repos.scoreSheets.get(sheetId)
  const o = sheet ? await repos.observations.get(sheet.observationId) : null
  if (!o) return false
  if (viewer.roles.includes('admin')) return true
  const group = o.groupId ? await repos.observationGroups.get(o.groupId) : null
  if (isObserverOf(o, group?.memberIds ?? [], viewer.id)) return true
  const unitSide = viewer.unitId === o.unitId && (viewer.roles.includes('unitSecretary') || viewer.roles.includes('unitLeader'))
  return unitSide && visibleToUnit(o, now) && (await repos.rectifications.get(o.id)) !== null
}

/**
 * A group that exists, is active and covers every given area; planned by the admin or, within the
 * group's areas, by the group's own leader (各级党组织 plan for their area, issue 10).
 */
export async function usableGroup(
  repos: Repositories,
  groupId: string,
  areaIds: readonly string[],
  planner?: Person
): Promise<ObservationGroup> {
  const group = await repos.observationGroups.get(groupId)
  if (!group || !group.active) throw new AppError('NOT_FOUND', '找不到该巡听旁听组或已停用', { field: 'groupId' })
  if (planner && !planner.roles.includes('admin') && group.leaderId !== planner.id) {
    throw new AppError('FORBIDDEN', '只有区委宣传部或本组组长可以安排本组的巡听旁听', { field: 'groupId' })
  }
  const missing = areaIds.find((a) => !group.areaIds.includes(a))
  if (missing) throw new AppError('VALIDATION', `${group.name}不负责该单位所在的片区，请换一个小组`, { field: 'groupId' })
  return group
}

export interface PlanFields {
  mode: ObservationMode
  /** The observed session (null only for an invitation made before sessions were recorded). */
  sessionId: string | null
  groupId: string | null
  startsAt: Date
  theme?: string | null
  partnerUnitId?: string | null
  partnerMemberIds?: string[]
  drawId?: string | null
  batchId?: string | null
  note?: string | null
  status?: Observation['status']
}

/** A new observation of one unit. */
/** The id of a unit's invitation (应邀) to one session: one invitation per session. */
export const invitationIdOf = (sessionId: string): string => `invited-${sessionId}`

export function newObservation(ctx: ActionContext, unit: Unit, f: PlanFields & { id?: string }): Observation {
  return {
    id: f.id ?? newId(),
    mode: f.mode,
    status: f.status ?? 'planned',
    sessionId: f.sessionId,
    unitId: unit.id,
    areaId: unit.areaId,
    groupId: f.groupId,
    startsAt: f.startsAt.toISOString(),
    ...sessionPeriod(f.startsAt),
    theme: f.theme ?? null,
    partnerUnitId: f.partnerUnitId ?? null,
    partnerMemberIds: f.partnerMemberIds ?? [],
    drawId: f.drawId ?? null,
    batchId: f.batchId ?? null,
    membersPresent: [],
    note: f.note ?? null,
    closedReason: null,
    ...createdStamp(ctx)
  }
}

/**
 * Views of many observations with their session scores and feedback, loaded in three queries
 * whatever the list length.
 */
export async function observationViews(
  ctx: ActionContext,
  list: readonly Observation[],
  options: { forUnit?: boolean; names?: Names } = {}
): Promise<ObservationView[]> {
  const ids = list.map((o) => o.id)
  const [sheets, rects] = await Promise.all([
    ctx.repos.scoreSheets.listByObservations(ids),
    ctx.repos.rectifications.listByObservations(ids)
  ])
  const sessions = await sessionsOf(ctx.repos, list)
  const names = options.names ?? (await loadNames(ctx.repos))
  await addPeople(
    ctx.repos,
    names,
    rects.map((r) => r.sentBy)
  )
  const rectOf = new Map(rects.map((r) => [r.id, r]))
  const sheetsOf = new Map<string, ScoreSheet[]>()
  for (const s of sheets) sheetsOf.set(s.observationId, [...(sheetsOf.get(s.observationId) ?? []), s])
  const today = dayOf(ctx.now)
  return list.map((o) =>
    observationView(o, names, {
      sheets: sheetsOf.get(o.id) ?? [],
      rectification: rectOf.get(o.id) ?? null,
      today,
      forUnit: options.forUnit,
      session: (o.sessionId && sessions.get(o.sessionId)) || null
    })
  )
}
