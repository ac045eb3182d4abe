import { AppError } from '../../../../src/core/contract'
import type { PublicityCountsView } from '../../../../src/core/contract'
import type { PublicityCount } from '../../../../src/core/model'
import { canReadUnitCounts } from '../../../../src/core/rules/publicity'
import { monthOf, type MonthKey } from '../../../../src/core/time'
import type { PublicityPeriod } from '../../ports/publicity.port'
import type { Handler } from '../context'
import { callerOf } from '../context'

const ZERO = { submitted: 0, published: 0, notUsed: 0 }
const tally = (c: PublicityCount | undefined) => ({
  submitted: c?.submitted ?? 0,
  published: c?.published ?? 0,
  notUsed: c?.notUsed ?? 0
})

/**
 * Live items of a month or a year per unit and per outlet, counted by the store (GROUP BY /
 * aggregate). The admin reads the district, every active unit listed in the area/unit order with
 * its zeros; a unit's secretary or leader reads their own unit.
 */
export const publicityCounts: Handler<'publicity.counts'> = async (input, ctx) => {
  const caller = callerOf(ctx)
  const month: MonthKey = input.month ?? monthOf(ctx.now)
  const year = input.year ?? Number(month.slice(0, 4))
  if (input.period === 'month' && input.year && input.year !== Number(month.slice(0, 4))) {
    throw new AppError('VALIDATION', '月份与年份不一致', { field: 'month' })
  }
  const period: PublicityPeriod = input.period === 'month' ? { month } : { year }
  const admin = caller.roles.includes('admin')
  if (!admin && !canReadUnitCounts(caller, caller.unitId)) throw new AppError('FORBIDDEN', '只能查看本单位的宣传统计')
  const own = admin ? undefined : caller.unitId
  const [byUnit, byOutlet, areas, allUnits, outlets] = await Promise.all([
    ctx.repos.publicity.counts('unitId', period, own),
    ctx.repos.publicity.counts('outletId', period, own),
    ctx.repos.areas.list(),
    ctx.repos.units.list(),
    ctx.repos.outlets.list()
  ])
  const unitCounts = new Map(byUnit.map((c) => [c.key, c]))
  const areaIndex = new Map(areas.map((a, i) => [a.id, i]))
  const areaName = new Map(areas.map((a) => [a.id, a.name]))
  // Areas as listed, then the units of each as listed; a retired unit only while it holds items.
  const units = allUnits
    .filter((u) => (own ? u.id === own : u.active || unitCounts.has(u.id)))
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (areaIndex.get(a.u.areaId) ?? areas.length) - (areaIndex.get(b.u.areaId) ?? areas.length) || a.i - b.i)
    .map(({ u }) => ({ unitId: u.id, unitName: u.name, areaName: areaName.get(u.areaId) ?? '', ...tally(unitCounts.get(u.id)) }))
  const outletCounts = new Map(byOutlet.map((c) => [c.key, c]))
  const known = new Set(outlets.map((o) => o.id))
  const outletRows: PublicityCountsView['outlets'] = [
    ...outlets
      .filter((o) => o.active || outletCounts.has(o.id))
      .map((o) => ({ outletId: o.id, outletName: o.name, ...tally(outletCounts.get(o.id)) })),
    ...byOutlet.filter((c) => !known.has(c.key)).map((c) => ({ outletId: c.key, outletName: '（已删除的平台）', ...tally(c) }))
  ]
  const total = byUnit.reduce(
    (t, c) => ({ submitted: t.submitted + c.submitted, published: t.published + c.published, notUsed: t.notUsed + c.notUsed }),
    { ...ZERO }
  )
  return { period: input.period, month, year, units, outlets: outletRows, total }
}
