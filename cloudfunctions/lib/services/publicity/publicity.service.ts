import { AppError } from '../../../../src/core/contract'
import type { PublicityOptionsView } from '../../../../src/core/contract'
import type { Person } from '../../../../src/core/model'
import { canViewPublicity } from '../../../../src/core/rules/publicity'
import { dayOf } from '../../../../src/core/time'
import type { PublicityFilter } from '../../ports/publicity.port'
import type { ActionContext, HandlerTable } from '../context'
import { callerOf } from '../context'
import { publicityCounts } from './publicity-counts.service'
import {
  activeOutlet,
  answerItem,
  changeableItem,
  resolveOwner,
  resolveSubject,
  submitItem,
  withdrawItem
} from './publicity.items'
import { publicityItemView, publicityItemViews } from './publicity.views'

type PublicityHandlers = Pick<
  HandlerTable,
  'publicity.options' | 'publicity.record' | 'publicity.answer' | 'publicity.withdraw' | 'publicity.list' | 'publicity.counts'
>

const SUBJECT_LIMIT = 30
const isAdmin = (p: Person) => p.roles.includes('admin')

/** The records an owner may link an item to: the person's notes and the unit's held sessions, newest first. */
async function subjectsOf(
  ctx: ActionContext,
  personId: string | null,
  unitId: string
): Promise<PublicityOptionsView['subjects']> {
  const year = Number(dayOf(ctx.now).slice(0, 4))
  const notes = personId
    ? (await ctx.repos.methodRecords.listByPerson({ personId, kind: 'note', limit: SUBJECT_LIMIT })).map((n) => ({
        kind: 'note' as const,
        id: n.id,
        title: n.kind === 'note' ? n.details.title : '',
        date: n.date
      }))
    : []
  const sessions = [
    ...(await ctx.repos.studySessions.listByUnit(unitId, year)),
    ...(await ctx.repos.studySessions.listByUnit(unitId, year - 1))
  ]
    .filter((s) => s.status === 'completed' && s.withdrawnAt === null)
    .map((s) => ({ kind: 'session' as const, id: s.id, title: s.topic, date: s.day }))
  // Named models (先进典型) of the person, or of the unit for a unit's item.
  const models = (await ctx.repos.nominations.list({ unitId, state: 'named' }))
    .filter((n) => (personId ? n.subjectType === 'person' && n.subjectId === personId : true))
    .map((n) => ({ kind: 'model' as const, id: n.id, title: n.title ?? n.subjectName, date: n.namedOn ?? `${n.year}-12-31` }))
  return [...notes, ...sessions, ...models]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, SUBJECT_LIMIT * 2)
}

/** Which items a list may show the caller, as a store filter. */
function scopeFilter(caller: Person, scope: 'mine' | 'unit' | 'district', unitId: string | undefined): PublicityFilter {
  if (scope === 'mine') return { personId: caller.id }
  if (scope === 'district') {
    if (!isAdmin(caller)) throw new AppError('FORBIDDEN', '只有区委宣传部管理员可以查看全区的宣传报道')
    return unitId ? { unitId } : {}
  }
  const unit = unitId ?? caller.unitId
  if (!canViewPublicity(caller, { ownerType: 'unit', personId: null, unitId: unit })) {
    throw new AppError('FORBIDDEN', '只能查看本单位的宣传报道', { field: 'unitId' })
  }
  return { unitId: unit }
}

export const publicityHandlers: PublicityHandlers = {
  async 'publicity.options'(input, ctx) {
    const caller = callerOf(ctx)
    const allUnits = (await ctx.repos.units.list()).filter((u) => u.active)
    const units = isAdmin(caller)
      ? allUnits
      : caller.roles.includes('unitSecretary')
        ? allUnits.filter((u) => u.id === caller.unitId)
        : []
    const peopleUnit = isAdmin(caller) ? (input.unitId ?? null) : caller.roles.includes('unitSecretary') ? caller.unitId : null
    const others = peopleUnit ? (await ctx.repos.people.listByUnit(peopleUnit)).filter((p) => p.active && p.id !== caller.id) : []
    const people = [caller, ...others].map((p) => ({ id: p.id, name: p.name, position: p.position }))
    const outlets = (await ctx.repos.outlets.list()).filter((o) => o.active).map((o) => ({ id: o.id, name: o.name }))
    const owner = await resolveOwner(ctx, input.ownerType, input.personId, input.unitId)
    return {
      units: units.map((u) => ({ id: u.id, name: u.name })),
      people,
      outlets,
      subjects: await subjectsOf(ctx, owner.personId, owner.unitId)
    }
  },

  async 'publicity.record'(input, ctx) {
    const owner = await resolveOwner(ctx, input.ownerType, input.personId, input.unitId)
    const outlet = await activeOutlet(ctx, input.outletId)
    const subject = input.subject ? await resolveSubject(ctx, owner, input.subject.kind, input.subject.id) : null
    const item = await submitItem(ctx, {
      owner,
      kind: input.kind,
      title: input.title,
      subject,
      outlet,
      submittedOn: input.submittedOn
    })
    return publicityItemView(ctx, item)
  },

  async 'publicity.answer'(input, ctx) {
    const item = await changeableItem(ctx, input.id)
    const { id: _id, ...answer } = input
    return publicityItemView(ctx, await answerItem(ctx, item, answer))
  },

  async 'publicity.withdraw'(input, ctx) {
    const item = await changeableItem(ctx, input.id)
    return publicityItemView(ctx, await withdrawItem(ctx, item, input.reason))
  },

  async 'publicity.list'(input, ctx) {
    const caller = callerOf(ctx)
    const { scope, unitId, offset, limit, ...filters } = input
    const page = await ctx.repos.publicity.list({ ...scopeFilter(caller, scope, unitId), ...filters }, offset, limit)
    return { items: await publicityItemViews(ctx, page.items), total: page.total }
  },

  'publicity.counts': publicityCounts
}
