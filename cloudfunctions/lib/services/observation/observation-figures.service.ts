import { AppError } from '../../../../src/core/contract'
import type { Rubric } from '../../../../src/core/model'
import { DEFAULT_RUBRIC, annualFigures, keyedItems, rubricItemsProblem } from '../../../../src/core/rules/observation'
import { unitsInAreaOrder } from '../../../../src/core/rules/order'
import { dayOf, yearOf } from '../../../../src/core/time'
import type { HandlerTable } from '../context'
import { audit, callerOf } from '../context'
import { currentRubric, loadNames } from './observation.access'
import { rubricView } from './observation.views'

// Rubric versions and the annual figures, for the publicity department.

type FigureHandlers = Pick<HandlerTable, 'observe.rubric.list' | 'observe.rubric.publish' | 'observe.figures'>

export const figureHandlers: FigureHandlers = {
  async 'observe.rubric.list'(_input, ctx) {
    const stored = await ctx.repos.rubrics.list()
    const all = [...stored.filter((r) => r.version > DEFAULT_RUBRIC.version), DEFAULT_RUBRIC]
    return { items: all.map((r) => rubricView(r, all[0].version)) }
  },

  async 'observe.rubric.publish'(input, ctx) {
    const caller = callerOf(ctx)
    const problem = rubricItemsProblem(input.items)
    if (problem) throw new AppError('VALIDATION', problem.message, { field: problem.field })
    const latest = await currentRubric(ctx.repos)
    const rubric: Rubric = {
      version: latest.version + 1,
      items: keyedItems(input.items),
      publishedAt: ctx.now.toISOString(),
      publishedBy: caller.id
    }
    // The version is the key: two admins publishing at once cannot both take it.
    await ctx.repos.rubrics.insert(rubric)
    await audit(ctx, 'rubric', String(rubric.version), 'publish', rubric)
    return rubricView(rubric, rubric.version)
  },

  async 'observe.figures'(input, ctx) {
    const year = input.year ?? yearOf(ctx.now)
    const [observations, sheets, rects, names] = await Promise.all([
      ctx.repos.observations.listByYear(year),
      ctx.repos.scoreSheets.listByYear(year),
      ctx.repos.rectifications.listByYear(year),
      loadNames(ctx.repos)
    ])
    const today = dayOf(ctx.now)
    const observed = new Set(observations.map((o) => o.unitId))
    // Every active unit (and any since deactivated that was observed), in the admin's area and unit
    // order: a table for the annual assessment, not a league table.
    const units = unitsInAreaOrder(
      [...names.units.values()].filter((u) => u.active || observed.has(u.id)),
      [...names.areas.values()]
    ).map((u) => ({ unit: u, areaName: names.areas.get(u.areaId)?.name ?? '' }))
    return {
      year,
      rows: units.map(({ unit, areaName }) => ({
        ...annualFigures(unit.id, year, observations, sheets, rects, today),
        unitName: unit.name,
        areaName
      }))
    }
  }
}
