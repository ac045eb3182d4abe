import { AppError } from '../../../../src/core/contract'
import type { Area, Person, Unit } from '../../../../src/core/model'
import { moveInOrder, nextOrder, unitsInAreaOrder } from '../../../../src/core/rules/order'
import { DuplicateKeyError } from '../../ports/store.port'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, createdStamp, updatedStamp } from '../context'
import { areaView, personView, unitView } from '../views'

type RosterHandlers = Pick<
  HandlerTable,
  | 'roster.areas.list'
  | 'roster.areas.save'
  | 'roster.areas.move'
  | 'roster.units.list'
  | 'roster.units.save'
  | 'roster.units.move'
  | 'roster.people.list'
  | 'roster.people.save'
>

/** Unit id → name and area name, for views. */
async function unitNames(ctx: ActionContext): Promise<Map<string, Unit>> {
  return new Map((await ctx.repos.units.list()).map((u) => [u.id, u]))
}

async function mustGetArea(ctx: ActionContext, id: string, field: string): Promise<Area> {
  const area = await ctx.repos.areas.get(id)
  if (!area) throw new AppError('NOT_FOUND', '找不到该片区', { field })
  return area
}

async function mustGetUnit(ctx: ActionContext, id: string, field: string): Promise<Unit> {
  const unit = await ctx.repos.units.get(id)
  if (!unit) throw new AppError('NOT_FOUND', '找不到该单位', { field })
  return unit
}

/** The record with its place in the admin's order, or without one while its siblings have none (nextOrder). */
function withOrder<T extends Area | Unit>(record: T, order: number | undefined): T {
  return order === undefined ? record : { ...record, order }
}

/** Turns the name index's refusal into CONFLICT on the name field; other failures pass through. */
function nameTaken(message: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof DuplicateKeyError) throw new AppError('CONFLICT', message, { field: 'name' })
    throw error
  }
}

/** Areas in the admin's order, each with its unit count. */
async function areaViews(ctx: ActionContext) {
  const [areas, units] = await Promise.all([ctx.repos.areas.list(), ctx.repos.units.list()])
  return { items: areas.map((a) => areaView(a, units.filter((u) => u.areaId === a.id).length)) }
}

/** Units (of one area, or all) in the admin's area and unit order, with area names and head counts. */
async function unitViews(ctx: ActionContext, areaId: string | undefined) {
  const [areas, units, counts] = await Promise.all([
    ctx.repos.areas.list(),
    ctx.repos.units.list(),
    ctx.repos.people.countByUnit()
  ])
  const areaName = new Map(areas.map((a) => [a.id, a.name]))
  return {
    items: unitsInAreaOrder(
      units.filter((u) => !areaId || u.areaId === areaId),
      areas
    ).map((u) => unitView(u, areaName.get(u.areaId) ?? '', counts.get(u.id) ?? 0))
  }
}

export const rosterHandlers: RosterHandlers = {
  async 'roster.areas.list'(_input, ctx) {
    return areaViews(ctx)
  },

  async 'roster.areas.move'(input, ctx) {
    await mustGetArea(ctx, input.id, 'id')
    // One write per area whose place changes, one after another (a CloudBase transaction runs
    // single-document operations only, never in parallel).
    for (const { item, order } of moveInOrder(await ctx.repos.areas.list(), input.id, input.direction)) {
      const area = updatedStamp({ ...item, order }, ctx)
      await ctx.repos.areas.update(area)
      await audit(ctx, 'area', area.id, 'reorder', area)
    }
    return areaViews(ctx)
  },

  async 'roster.areas.save'(input, ctx) {
    const areas = await ctx.repos.areas.list()
    if (areas.some((a) => a.name === input.name && a.id !== input.id)) {
      throw new AppError('CONFLICT', `已有名为“${input.name}”的片区`, { field: 'name' })
    }
    let area: Area
    // The check above reads committed data and cannot see an area another request is saving right
    // now: the unique index on the name (collections.ts, SQLite step 84) decides that race.
    const taken = nameTaken(`已有名为“${input.name}”的片区`)
    if (input.id) {
      area = updatedStamp({ ...(await mustGetArea(ctx, input.id, 'id')), name: input.name }, ctx)
      await ctx.repos.areas.update(area).catch(taken)
    } else {
      area = withOrder<Area>({ id: newId(), name: input.name, ...createdStamp(ctx) }, nextOrder(areas))
      await ctx.repos.areas.insert(area).catch(taken)
    }
    await audit(ctx, 'area', area.id, input.id ? 'update' : 'create', area)
    const units = await ctx.repos.units.list()
    return areaView(area, units.filter((u) => u.areaId === area.id).length)
  },

  async 'roster.units.list'(input, ctx) {
    return unitViews(ctx, input.areaId)
  },

  async 'roster.units.move'(input, ctx) {
    const unit = await mustGetUnit(ctx, input.id, 'id')
    const siblings = (await ctx.repos.units.list()).filter((u) => u.areaId === unit.areaId)
    for (const { item, order } of moveInOrder(siblings, unit.id, input.direction)) {
      const moved = updatedStamp({ ...item, order }, ctx)
      await ctx.repos.units.update(moved)
      await audit(ctx, 'unit', moved.id, 'reorder', moved)
    }
    return unitViews(ctx, unit.areaId)
  },

  async 'roster.units.save'(input, ctx) {
    const area = await mustGetArea(ctx, input.areaId, 'areaId')
    const units = await ctx.repos.units.list()
    if (units.some((u) => u.name === input.name && u.id !== input.id)) {
      throw new AppError('CONFLICT', `已有名为“${input.name}”的单位`, { field: 'name' })
    }
    const fields = { name: input.name, areaId: area.id, kind: input.kind, active: input.active }
    let unit: Unit
    const taken = nameTaken(`已有名为“${input.name}”的单位`) // as for areas: the unique index decides a race
    // A new unit, or one moved to another area, goes to the end of its area's units.
    const endOfArea = () => nextOrder(units.filter((u) => u.areaId === area.id && u.id !== input.id))
    if (input.id) {
      const existing = await mustGetUnit(ctx, input.id, 'id')
      const { order: _old, ...kept } = existing
      unit = updatedStamp(
        existing.areaId === area.id ? { ...existing, ...fields } : withOrder<Unit>({ ...kept, ...fields }, endOfArea()),
        ctx
      )
      await ctx.repos.units.update(unit).catch(taken)
    } else {
      unit = withOrder<Unit>({ id: newId(), ...fields, ...createdStamp(ctx) }, endOfArea())
      await ctx.repos.units.insert(unit).catch(taken)
    }
    await audit(ctx, 'unit', unit.id, input.id ? 'update' : 'create', unit)
    const counts = await ctx.repos.people.countByUnit()
    return unitView(unit, area.name, counts.get(unit.id) ?? 0)
  },

  async 'roster.people.list'(input, ctx) {
    const [page, units] = await Promise.all([
      ctx.repos.people.search({ unitId: input.unitId, q: input.q, offset: input.offset, limit: input.limit }),
      unitNames(ctx)
    ])
    return { total: page.total, items: page.items.map((p) => personView(p, units.get(p.unitId)?.name ?? '')) }
  },

  async 'roster.people.save'(input, ctx) {
    const unit = await mustGetUnit(ctx, input.unitId, 'unitId')
    // listByPhones, not getByPhone: it also sees the hidden people of an unfinished import.
    const [samePhone] = await ctx.repos.people.listByPhones([input.phone])
    if (samePhone && samePhone.id !== input.id) {
      throw new AppError('CONFLICT', `手机号已被${samePhone.name}使用`, { field: 'phone' })
    }
    const fields = {
      name: input.name,
      phone: input.phone,
      unitId: unit.id,
      position: input.position,
      roles: input.roles,
      active: input.active
    }
    let person: Person
    if (input.id) {
      const existing = await ctx.repos.people.get(input.id)
      if (!existing) throw new AppError('NOT_FOUND', '找不到该人员', { field: 'id' })
      person = updatedStamp({ ...existing, ...fields }, ctx)
      // Switching someone off ends their sessions for good: switching them back on later does
      // not revive tokens issued before (local host, auth-http.ts).
      if (existing.active && !person.active) person.sessionsValidFrom = ctx.now.toISOString()
      await ctx.repos.people.update(person)
    } else {
      person = { id: newId(), ...fields, openId: null, ...createdStamp(ctx) }
      await ctx.repos.people.insert(person)
    }
    await audit(ctx, 'person', person.id, input.id ? 'update' : 'create', { ...person, openId: undefined })
    return personView(person, unit.name)
  }
}
