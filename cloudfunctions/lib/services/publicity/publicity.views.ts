import type { PublicityItemView } from '../../../../src/core/contract'
import type { PublicityItem } from '../../../../src/core/model'
import { PUBLICITY_KIND_LABELS, PUBLICITY_STATUS_LABELS } from '../../../../src/core/model'
import { canRecordPublicity } from '../../../../src/core/rules/publicity'
import type { ActionContext } from '../context'
import { callerOf } from '../context'

// Stored publicity items → what the pages show, with the owner's and the unit's names.

function view(ctx: ActionContext, item: PublicityItem, personName: string | null, unitName: string): PublicityItemView {
  const { withdrawnAt: _w, withdrawnBy: _b, withdrawReason: _r, countedOn: _c, month: _m, year: _y, ...rest } = item
  const { createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...shown } = rest
  return {
    ...shown,
    kindLabel: PUBLICITY_KIND_LABELS[item.kind],
    statusLabel: PUBLICITY_STATUS_LABELS[item.status],
    ownerName: item.ownerType === 'person' ? (personName ?? '') : unitName,
    unitName,
    canChange: item.withdrawnAt === null && canRecordPublicity(callerOf(ctx), item)
  }
}

/** One item, after a write: by single-document reads, one after another (a CloudBase transaction allows no queries). */
export async function publicityItemView(ctx: ActionContext, item: PublicityItem): Promise<PublicityItemView> {
  const person = item.personId ? await ctx.repos.people.get(item.personId) : null
  const unit = await ctx.repos.units.get(item.unitId)
  return view(ctx, item, person?.name ?? null, unit?.name ?? '')
}

/** A list of items: the people in one query, the units in another. */
export async function publicityItemViews(ctx: ActionContext, items: readonly PublicityItem[]): Promise<PublicityItemView[]> {
  if (items.length === 0) return []
  const ids = [...new Set(items.flatMap((i) => (i.personId ? [i.personId] : [])))]
  const [people, units] = await Promise.all([ctx.repos.people.listByIds(ids), ctx.repos.units.list()])
  const personName = new Map(people.map((p) => [p.id, p.name]))
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  return items.map((i) => view(ctx, i, i.personId ? (personName.get(i.personId) ?? null) : null, unitName.get(i.unitId) ?? ''))
}
