import { AppError } from '../../../../src/core/contract'
import type { Observation, StudySession } from '../../../../src/core/model'
import { sessionPlanProblem } from '../../../../src/core/rules/observation-session'
import type { Repositories } from '../../ports/store.port'
import type { ActionContext } from '../context'

// The central-group sessions observations are planned on (issue 10): reading them for a plan and
// for the views. Reads go one at a time: inside a write they are operations of a CloudBase
// transaction, which never run in parallel.

/** The sessions by id, each one an observation can still be planned for; otherwise a field error. */
export async function plannableSessions(ctx: ActionContext, ids: readonly string[], field: string): Promise<StudySession[]> {
  const out: StudySession[] = []
  for (const id of ids) {
    const s = await ctx.repos.studySessions.get(id)
    if (!s) throw new AppError('NOT_FOUND', '找不到这次中心组学习', { field })
    const problem = sessionPlanProblem(s, ctx.now)
    if (problem) throw new AppError('VALIDATION', problem, { field })
    out.push(s)
  }
  return out
}

/** The observed sessions of a list of observations, by session id, in one query whatever the list length. */
export async function sessionsOf(
  repos: Repositories,
  list: readonly Pick<Observation, 'sessionId'>[]
): Promise<Map<string, StudySession>> {
  const ids = [...new Set(list.flatMap((o) => (o.sessionId ? [o.sessionId] : [])))]
  if (ids.length === 0) return new Map()
  return new Map((await repos.studySessions.listByIds(ids)).map((s) => [s.id, s]))
}

/** The observed session of one observation, or null (a plan typed before sessions, or none found). */
export async function sessionOf(repos: Repositories, o: Pick<Observation, 'sessionId'>): Promise<StudySession | null> {
  return o.sessionId ? repos.studySessions.get(o.sessionId) : null
}
