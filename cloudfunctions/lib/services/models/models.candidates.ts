import { AppError } from '../../../../src/core/contract'
import type { Person } from '../../../../src/core/model'
import { KIND_SUBJECTS, STUDYING_ROLES, hasAnyRole } from '../../../../src/core/model'
import { nominationRight, type ObservedFacts } from '../../../../src/core/rules/models'
import { dayOf, formatDayZh } from '../../../../src/core/time'
import type { ActionContext, Handler } from '../context'
import { callerOf } from '../context'
import { evidenceCandidates, subjectOf, type Subject } from './models.evidence'
import { evidenceView } from './models.views'

// What the nomination form offers (models.candidates): the admin's units, the subjects of the unit
// the caller may nominate for the kind, and the chosen subject's records to tick.

/** The subjects of a unit a kind takes: its cadres, the unit (also for its central group), its held sessions. */
async function subjectsOfUnit(
  ctx: ActionContext,
  unitId: string,
  types: readonly Subject['type'][],
  year: number
): Promise<Subject[]> {
  const out: Subject[] = []
  const unit = await ctx.repos.units.get(unitId)
  if (!unit || !unit.active) return out
  if (types.includes('unit')) out.push({ type: 'unit', id: unit.id, unitId: unit.id, name: unit.name, detail: null })
  if (types.includes('person')) {
    const people = (await ctx.repos.people.listByUnit(unitId)).filter(
      (p: Person) => p.active && hasAnyRole(p.roles, STUDYING_ROLES)
    )
    out.push(...people.map((p) => ({ type: 'person' as const, id: p.id, unitId, name: p.name, detail: p.position })))
  }
  if (types.includes('session')) {
    const sessions = [
      ...(await ctx.repos.studySessions.listByUnit(unitId, year - 1)),
      ...(await ctx.repos.studySessions.listByUnit(unitId, year))
    ]
    for (const s of sessions.filter((x) => x.status === 'completed' && x.withdrawnAt === null).reverse()) {
      out.push({ type: 'session', id: s.id, unitId, name: s.topic, detail: formatDayZh(s.day, dayOf(ctx.now)) })
    }
  }
  return out
}

/** The observation a group member nominates from, as the rule needs it. */
export async function observedOf(ctx: ActionContext, observationId: string): Promise<ObservedFacts> {
  const o = await ctx.repos.observations.get(observationId)
  if (!o || o.status !== 'planned') throw new AppError('NOT_FOUND', '找不到这次巡听旁听', { field: 'observationId' })
  const group = o.groupId ? await ctx.repos.observationGroups.get(o.groupId) : null
  const sheets = await ctx.repos.scoreSheets.listByObservation(o.id)
  return { sessionId: o.sessionId, unitId: o.unitId, groupMemberIds: group?.memberIds ?? [], scored: sheets.length > 0 }
}

export const candidatesHandler: Handler<'models.candidates'> = async (input, ctx) => {
  const caller = callerOf(ctx)
  const types = KIND_SUBJECTS[input.kind]
  const observed = input.observationId ? await observedOf(ctx, input.observationId) : null
  const admin = caller.roles.includes('admin')
  const units =
    admin && !observed ? (await ctx.repos.units.list()).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })) : []
  const unitId = observed
    ? observed.unitId
    : admin
      ? (input.unitId ?? null)
      : caller.roles.includes('unitSecretary')
        ? caller.unitId
        : null
  const all = unitId ? await subjectsOfUnit(ctx, unitId, types, input.year) : []
  const subjects = all.filter((s) => nominationRight(caller, input.kind, s, observed).ok)

  let evidence: ReturnType<typeof evidenceView>[] = []
  if (input.subjectType && input.subjectId) {
    const subject = await subjectOf(ctx, input.subjectType, input.subjectId)
    const right = nominationRight(caller, input.kind, subject, observed)
    if (!right.ok) throw new AppError('FORBIDDEN', right.message, { field: right.field })
    evidence = (await evidenceCandidates(ctx, subject, input.year)).map((e) => evidenceView(e, caller))
  }
  return {
    units,
    unitId,
    subjects: subjects.map(({ type, id, name, detail }) => ({ type, id, name, detail })),
    evidence
  }
}
