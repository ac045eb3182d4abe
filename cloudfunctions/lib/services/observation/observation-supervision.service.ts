import { AppError } from '../../../../src/core/contract'
import { SUPERVISION_PAGE } from '../../../../src/core/contract/observation-supervision.contract'
import { daysOverdue, supervisionFilter } from '../../../../src/core/rules/supervision'
import { dayOf } from '../../../../src/core/time'
import type { HandlerTable } from '../context'
import { rectificationView } from './observation.views'

// 意识形态专题督查 (issue 12): the admin's list of every unit's rectifications. The store filters
// and pages; the service reads only the page's senders and the (short) area, unit and group lists.

export const supervisionHandlers: Pick<HandlerTable, 'observe.rectifications'> = {
  async 'observe.rectifications'(input, ctx) {
    const year = input.year
    const today = dayOf(ctx.now)
    const [areas, units, groups] = await Promise.all([
      ctx.repos.areas.list(),
      ctx.repos.units.list(),
      ctx.repos.observationGroups.list()
    ])
    if (input.areaId && !areas.some((a) => a.id === input.areaId)) {
      throw new AppError('NOT_FOUND', '找不到这个片区', { field: 'areaId' })
    }
    const unitIds = input.areaId ? units.filter((u) => u.areaId === input.areaId).map((u) => u.id) : null
    const page = await ctx.repos.rectifications.search({
      year,
      unitIds,
      ...supervisionFilter(input.status, input.overdue, today),
      offset: input.offset,
      limit: SUPERVISION_PAGE
    })
    const senders = await ctx.repos.people.listByIds([...new Set(page.items.map((r) => r.sentBy))])
    const unitOf = new Map(units.map((u) => [u.id, u]))
    const areaName = new Map(areas.map((a) => [a.id, a.name]))
    const groupName = new Map(groups.map((g) => [g.id, g.name]))
    const senderName = new Map(senders.map((p) => [p.id, p.name]))
    return {
      year,
      items: page.items.map((r) => {
        const unit = unitOf.get(r.unitId)
        return {
          rectification: rectificationView(r, senderName.get(r.sentBy) ?? '', today),
          unitName: unit?.name ?? '',
          areaName: unit ? (areaName.get(unit.areaId) ?? '') : '',
          groupName: groupName.get(r.groupId) ?? '',
          daysOverdue: daysOverdue(r, today)
        }
      }),
      total: page.total,
      areas: areas.map((a) => ({ id: a.id, name: a.name }))
    }
  }
}
