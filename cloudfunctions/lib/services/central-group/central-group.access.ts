import { AppError } from '../../../../src/core/contract'
import type { Person, StudySession } from '../../../../src/core/model'
import type { ActionContext } from '../context'
import { callerOf } from '../context'

// Who may read and change a central-group session (issue 10). The contract's roles are the outer
// gate; these are the row-level checks: the unit's secretary writes, the unit's leader and
// secretary read, the admin reads all, a member reads the sessions they were listed for, and an
// observer reads the upcoming sessions of an area one of their active groups covers.

const isAdmin = (p: Person) => p.roles.includes('admin')

/** The unit's own secretary: the only one who records sessions. */
export function isOwnSecretary(caller: Person, unitId: string): boolean {
  return caller.roles.includes('unitSecretary') && caller.unitId === unitId
}

/** Planned, not withdrawn, and not yet started: what an observation group may plan around. */
export function isUpcoming(s: StudySession, now: Date): boolean {
  return s.status === 'planned' && s.withdrawnAt === null && Date.parse(s.startsAt) >= now.getTime()
}

/** The areas the caller's active observation groups cover. */
export async function observedAreaIds(ctx: ActionContext, caller: Person): Promise<Set<string>> {
  if (!caller.roles.includes('observer')) return new Set()
  const groups = await ctx.repos.observationGroups.listByMember(caller.id)
  return new Set(groups.filter((g) => g.active).flatMap((g) => g.areaIds))
}

/** The session, if the caller may read it. */
export async function visibleSession(ctx: ActionContext, id: string, field = 'id'): Promise<StudySession> {
  const caller = callerOf(ctx)
  const s = await ctx.repos.studySessions.get(id)
  if (!s) throw new AppError('NOT_FOUND', '找不到这次中心组学习', { field })
  if (isAdmin(caller)) return s
  const ownUnit = caller.unitId === s.unitId && (caller.roles.includes('unitSecretary') || caller.roles.includes('unitLeader'))
  if (ownUnit || s.memberIds.includes(caller.id)) return s
  if (isUpcoming(s, ctx.now) && (await observedAreaIds(ctx, caller)).has(s.areaId)) return s
  throw new AppError('FORBIDDEN', '只能查看本单位或本人参加的中心组学习；巡听旁听组可查看所负责片区即将开展的学习')
}

/** Throws unless the caller may change the session now. */
export function assertSessionEditable(ctx: ActionContext, s: StudySession): void {
  if (!isOwnSecretary(callerOf(ctx), s.unitId)) throw new AppError('FORBIDDEN', '只能由本单位的记录员记录中心组学习')
  if (s.withdrawnAt) throw new AppError('CONFLICT', '该次学习已撤销，不能再修改')
}
