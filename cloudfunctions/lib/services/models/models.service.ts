import { AppError } from '../../../../src/core/contract'
import type { ModelNomination, Person, Unit } from '../../../../src/core/model'
import { MODEL_KIND_LABELS, MODEL_KINDS, NOMINATION_STATE_LABELS, nominationIdOf } from '../../../../src/core/model'
import { defaultTitle, namingYearProblem, nominationRight, transitionProblem } from '../../../../src/core/rules/models'
import { dayOf, yearOf } from '../../../../src/core/time'
import type { NominationChange } from '../../ports/models.port'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp } from '../context'
import { candidatesHandler, observedOf } from './models.candidates'
import { evidenceCandidates, subjectOf } from './models.evidence'
import { nominationDetailView, nominationItemView, showcaseItemView } from './models.views'

// Model examples (先进典型选树推介, issue 11): nominate with evidence picked from the subject's own
// records, the admin names (with a title) or rejects, a named model can be revoked; the showcase.
// One nomination per subject, kind and year by its id; a state change applies only from the state
// the admin saw (nominations.transition), so two reviews at once cannot both pass.

type Action = Extract<keyof HandlerTable, `models.${string}`>

const ENTITY = 'modelNomination'

async function unitNames(ctx: ActionContext): Promise<Map<string, string>> {
  return new Map((await ctx.repos.units.list()).map((u: Unit) => [u.id, u.name]))
}

const isUnitRole = (p: Person) => p.roles.includes('unitSecretary') || p.roles.includes('unitLeader')

/** The nomination, if the caller may read it: the admin, its nominator, its unit's secretary or leader; a named one everyone. */
async function visibleNomination(ctx: ActionContext, id: string): Promise<ModelNomination> {
  const caller = callerOf(ctx)
  const n = await ctx.repos.nominations.get(id)
  if (!n) throw new AppError('NOT_FOUND', '找不到这条推荐', { field: 'id' })
  const ownUnit = isUnitRole(caller) && caller.unitId === n.unitId
  if (caller.roles.includes('admin') || n.nominatedBy === caller.id || ownUnit || n.state === 'named') return n
  throw new AppError('FORBIDDEN', '只能查看本人或本单位的推荐；已命名的典型可在“先进典型”中查看')
}

async function detail(ctx: ActionContext, n: ModelNomination) {
  const unitName = (await ctx.repos.units.get(n.unitId))?.name ?? ''
  return nominationDetailView(n, unitName, callerOf(ctx))
}

/** Applies a review or a revocation from the state the admin saw; CONFLICT when it had moved on. */
async function move(ctx: ActionContext, n: ModelNomination, change: NominationChange, reason: string | null, action: string) {
  const problem = transitionProblem(n.state, change.state)
  if (problem) throw new AppError('CONFLICT', problem)
  if (!(await ctx.repos.nominations.transition(n.id, n.state, change))) {
    throw new AppError('CONFLICT', '这条推荐刚被其他人处理过，请刷新后再看')
  }
  const after = { ...n, ...change }
  await audit(ctx, ENTITY, n.id, action, after, reason)
  return detail(ctx, after)
}

const stamp = (ctx: ActionContext) => ({ updatedAt: ctx.now.toISOString(), updatedBy: callerOf(ctx).id })

export const modelsHandlers: Pick<HandlerTable, Action> = {
  async 'models.nominate'(input, ctx) {
    const caller = callerOf(ctx)
    const yearProblem = namingYearProblem(input.year, dayOf(ctx.now))
    if (yearProblem) throw new AppError('VALIDATION', yearProblem, { field: 'year' })
    const subject = await subjectOf(ctx, input.subjectType, input.subjectId)
    const observed = input.observationId ? await observedOf(ctx, input.observationId) : null
    const right = nominationRight(caller, input.kind, subject, observed)
    if (!right.ok) throw new AppError('FORBIDDEN', right.message, { field: right.field })

    const candidates = new Map((await evidenceCandidates(ctx, subject, input.year)).map((e) => [`${e.kind}:${e.id}`, e]))
    const evidence = input.evidence.map((ref, i) => {
      const found = candidates.get(`${ref.kind}:${ref.id}`)
      if (!found) {
        throw new AppError('VALIDATION', `第${i + 1}项推荐材料不存在，或不是${subject.name}的记录`, { field: `evidence.${i}` })
      }
      return found
    })

    const id = nominationIdOf(input.year, input.kind, subject.type, subject.id)
    // The id holds "one per subject, kind and year" (a second insert is a duplicate write); this
    // read only lets the message say where the first one stands.
    const prior = await ctx.repos.nominations.get(id)
    if (prior) {
      throw new AppError(
        'CONFLICT',
        `${subject.name}已被推荐为${input.year}年度${MODEL_KIND_LABELS[input.kind]}（${NOMINATION_STATE_LABELS[prior.state]}）`,
        { field: 'subjectId' }
      )
    }
    const n: ModelNomination = {
      id,
      kind: input.kind,
      year: input.year,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectName: subject.name,
      unitId: subject.unitId,
      reason: input.reason,
      evidence,
      nominatedBy: caller.id,
      nominatorName: caller.name,
      via: right.via,
      observationId: right.via === 'group' ? (input.observationId ?? null) : null,
      state: 'nominated',
      title: null,
      namedOn: null,
      reviewedBy: null,
      reviewedAt: null,
      rejectReason: null,
      revokedBy: null,
      revokedAt: null,
      revokeReason: null,
      ...createdStamp(ctx)
    }
    await ctx.repos.nominations.insert(n)
    await audit(ctx, ENTITY, id, 'nominate', n)
    return detail(ctx, n)
  },

  async 'models.list'(input, ctx) {
    const caller = callerOf(ctx)
    const year = input.year
    let items: ModelNomination[]
    if (input.scope === 'all') {
      if (!caller.roles.includes('admin')) throw new AppError('FORBIDDEN', '只有区委宣传部可以查看全部推荐', { field: 'scope' })
      items = await ctx.repos.nominations.list({ year })
    } else if (input.scope === 'unit') {
      if (!isUnitRole(caller))
        throw new AppError('FORBIDDEN', '只有单位记录员和主要负责同志可以查看本单位的推荐', { field: 'scope' })
      items = await ctx.repos.nominations.list({ unitId: caller.unitId, year })
    } else {
      items = await ctx.repos.nominations.list({ nominatedBy: caller.id, year })
    }
    const names = await unitNames(ctx)
    return { items: items.map((n) => nominationItemView(n, names.get(n.unitId) ?? '')) }
  },

  async 'models.get'(input, ctx) {
    return detail(ctx, await visibleNomination(ctx, input.id))
  },

  async 'models.review'(input, ctx) {
    const n = await visibleNomination(ctx, input.id)
    const by = callerOf(ctx).id
    const reviewed = { reviewedBy: by, reviewedAt: ctx.now.toISOString(), ...stamp(ctx) }
    if (input.decision === 'approve') {
      const title = input.title ?? defaultTitle(n.kind, n.year)
      return move(ctx, n, { state: 'named', title, namedOn: dayOf(ctx.now), ...reviewed }, null, 'name')
    }
    return move(ctx, n, { state: 'rejected', rejectReason: input.reason, ...reviewed }, input.reason, 'reject')
  },

  async 'models.revoke'(input, ctx) {
    const n = await visibleNomination(ctx, input.id)
    const change = {
      state: 'revoked' as const,
      revokedBy: callerOf(ctx).id,
      revokedAt: ctx.now.toISOString(),
      revokeReason: input.reason,
      ...stamp(ctx)
    }
    return move(ctx, n, change, input.reason, 'revoke')
  },

  async 'models.showcase'(input, ctx) {
    const caller = callerOf(ctx)
    const thisYear = yearOf(ctx.now)
    const named = await ctx.repos.nominations.list({ state: 'named' })
    const years = [...new Set([thisYear, ...named.map((n) => n.year)])].sort((a, b) => b - a)
    const year = input.year ?? (named.some((n) => n.year === thisYear) ? thisYear : (years.find((y) => y < thisYear) ?? thisYear))
    const names = await unitNames(ctx)
    const ofYear = named.filter((n) => n.year === year)
    return {
      year,
      years,
      groups: MODEL_KINDS.map((kind) => ({
        kind,
        label: MODEL_KIND_LABELS[kind],
        items: ofYear
          .filter((n) => n.kind === kind)
          .sort((a, b) => (a.namedOn ?? '').localeCompare(b.namedOn ?? '') || a.subjectName.localeCompare(b.subjectName))
          .map((n) => showcaseItemView(n, names.get(n.unitId) ?? '', caller))
      }))
    }
  },

  'models.candidates': candidatesHandler
}
