import { AppError } from '../../../../src/core/contract'
import type { Unit } from '../../../../src/core/model'
import { unitsInAreaOrder } from '../../../../src/core/rules/order'
import {
  agendaSheet,
  cadreSheet,
  rectificationSheet,
  sessionSheet,
  unitSheet
} from '../../../../src/core/rules/assessment-sheets'
import { dayOf, monthOf, yearOf } from '../../../../src/core/time'
import type { ReportFilesPort } from '../../ports/reports.port'
import type { ActionContext, HandlerTable } from '../context'
import { callerOf } from '../context'
import { monthsOfYear } from '../methods/records.service'
import { viewableUnit } from '../methods/study.service'
import { loadNames } from '../observation/observation.access'
import type { Names } from '../observation/observation.views'
import { figuresByUnit } from '../dashboard/dashboard.figures'
import { assessmentFacts } from './assessment-facts'
import { writeWorkbook } from './workbook'

// The annual ideology-assessment export (年度意识形态专项考核): the admin's whole district (or one
// unit), a unit leader's or secretary's own unit. One call reads, lays out and stores the workbook
// and answers a link that expires in minutes (bench/export.js: 10,000 cadres in one call).

function reportsOf(ctx: ActionContext): ReportFilesPort {
  if (!ctx.deps.reports) throw new AppError('INTERNAL', '文件存储未配置，请联系管理员')
  return ctx.deps.reports
}

/** The units the caller exports: one unit, or the admin's district (active units and any observed this year). */
async function scopeOf(ctx: ActionContext, unitId: string | undefined, year: number, names: Names): Promise<Unit[]> {
  const caller = callerOf(ctx)
  if (unitId || !caller.roles.includes('admin')) return [await viewableUnit(ctx, unitId)]
  const observed = new Set((await ctx.repos.observations.listByYear(year)).map((o) => o.unitId))
  return [...names.units.values()].filter((u) => u.active || observed.has(u.id))
}

export const exportHandlers: Pick<HandlerTable, 'export.assessment'> = {
  async 'export.assessment'(input, ctx) {
    const caller = callerOf(ctx)
    const reports = reportsOf(ctx)
    const year = input.year ?? yearOf(ctx.now)
    if (year > yearOf(ctx.now)) throw new AppError('VALIDATION', '年份不能晚于今年', { field: 'year' })
    const names = await loadNames(ctx.repos)
    // Units in the admin's area order, never by a figure.
    const scope = unitsInAreaOrder(await scopeOf(ctx, input.unitId, year, names), [...names.areas.values()]).map((unit) => ({
      unit,
      areaName: names.areas.get(unit.areaId)?.name ?? ''
    }))
    const months = monthsOfYear(year, monthOf(ctx.now))
    const today = dayOf(ctx.now)
    // Sheet 单位 shows the district dashboard's year figures: the same numbers the leaders see on screen.
    const district = !input.unitId && caller.roles.includes('admin')
    const unitIds = scope.map((s) => s.unit.id)
    const { figures } = await figuresByUnit(ctx.repos, { kind: 'year', year }, unitIds, district ? null : unitIds, ctx.now)
    const facts = await assessmentFacts(ctx.repos, scope, figures, names, year, months)
    const title = `${year}年度意识形态专项考核`
    const bytes = await writeWorkbook(
      [
        unitSheet(facts.units),
        cadreSheet(facts.cadres, months.length),
        sessionSheet(facts.sessions),
        rectificationSheet(facts.rectifications, today),
        agendaSheet(facts.agenda, facts.classics)
      ],
      { title, createdAt: ctx.now }
    )
    const fileName = `${title}${district ? '' : `（${scope[0]?.unit.name ?? ''}）`}.xlsx`
    // One object per person, year and scope: the next export replaces it (CloudBase uploadFile
    // overwrites the same path), so exports never pile up in storage.
    const scopeKey = district ? 'district' : (scope[0]?.unit.id ?? 'unit')
    const link = await reports.publish(`exports/${caller.id}/${year}-${scopeKey}.xlsx`, bytes, fileName)
    return {
      year,
      fileName,
      ...link,
      units: facts.units.length,
      people: facts.cadres.length,
      sessions: facts.sessions.length,
      rectifications: facts.rectifications.length
    }
  }
}
