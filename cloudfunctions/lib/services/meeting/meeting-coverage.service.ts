import type { MeetingItemView, PeriodView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { Classic, Meeting } from '../../../../src/core/model'
import type { Period } from '../../../../src/core/rules/agenda'
import {
  awaitsRecord,
  coverageBy,
  coverageOf,
  inPeriod,
  isCompliant,
  periodLabel,
  periodMonths,
  periodYear,
  quarterOf
} from '../../../../src/core/rules/agenda'
import { unitsInAreaOrder } from '../../../../src/core/rules/order'
import { dayOf, monthOf, yearOf } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { HandlerTable } from '../context'
import { audit, createdStamp, updatedStamp } from '../context'
import { meetingItemView } from './meeting.views'
import { viewableUnit } from '../methods/study.service'

// First-agenda coverage (SPEC §1): per unit for its secretary and leader, per area and unit for the
// publicity department — counts and lists, in roster order, never a league table.

type CoverageHandlers = Pick<HandlerTable, 'meeting.coverage' | 'meeting.districtCoverage' | 'classic.list' | 'classic.save'>

interface PeriodInput {
  period: 'month' | 'quarter' | 'year'
  year?: number
  month?: string
  quarter?: number
}

/** The period asked for, defaulting to the one that contains today (China time). */
export function resolvePeriod(input: PeriodInput, now: Date): { period: Period; view: PeriodView } {
  const thisMonth = monthOf(now)
  const year = input.year ?? (input.month ? Number(input.month.slice(0, 4)) : yearOf(now))
  let period: Period
  if (input.period === 'year') period = { kind: 'year', year }
  else if (input.period === 'quarter') period = { kind: 'quarter', year, quarter: input.quarter ?? quarterOf(thisMonth) }
  else period = { kind: 'month', month: input.month ?? (year === yearOf(now) ? thisMonth : `${year}-12`) }
  return {
    period,
    view: {
      kind: period.kind,
      year: periodYear(period),
      month: period.kind === 'month' ? period.month : null,
      quarter: period.kind === 'quarter' ? period.quarter : null,
      label: periodLabel(period),
      current: periodMonths(period).includes(thisMonth)
    }
  }
}

/** The non-compliant (held) and unrecorded (started, not recorded) meetings of a period, latest first. */
function lists(meetings: readonly Meeting[], period: Period, now: Date, unitName: (m: Meeting) => string) {
  const live = meetings.filter((m) => m.withdrawnAt === null && inPeriod(m.day, period))
  const view = (m: Meeting): MeetingItemView => meetingItemView(m, unitName(m), now)
  return {
    nonCompliant: live.filter((m) => m.status === 'completed' && !isCompliant(m)).map(view),
    unrecorded: live.filter((m) => awaitsRecord(m, now)).map(view)
  }
}

const classicView = (c: Classic) => ({ id: c.id, title: c.title, active: c.active })

export const coverageHandlers: CoverageHandlers = {
  async 'meeting.coverage'(input, ctx) {
    const unit = await viewableUnit(ctx, input.unitId)
    const { period, view } = resolvePeriod(input, ctx.now)
    const meetings = await ctx.repos.meetings.listByUnit(unit.id, periodYear(period))
    return {
      unitId: unit.id,
      unitName: unit.name,
      period: view,
      coverage: coverageOf(meetings, period, dayOf(ctx.now)),
      ...lists(meetings, period, ctx.now, () => unit.name)
    }
  },

  async 'meeting.districtCoverage'(input, ctx) {
    const { period, view } = resolvePeriod(input, ctx.now)
    const today = dayOf(ctx.now)
    const [allUnits, allAreas, yearMeetings] = await Promise.all([
      ctx.repos.units.list(),
      ctx.repos.areas.list(),
      ctx.repos.meetings.listByYear(periodYear(period))
    ])
    if (input.areaId && !allAreas.some((a) => a.id === input.areaId)) {
      throw new AppError('NOT_FOUND', '找不到该片区', { field: 'areaId' })
    }
    const areas = input.areaId ? allAreas.filter((a) => a.id === input.areaId) : allAreas
    const areaName = new Map(allAreas.map((a) => [a.id, a.name]))
    // The admin's area and unit order — never by figure.
    const units = unitsInAreaOrder(
      allUnits.filter((u) => u.active && areas.some((a) => a.id === u.areaId)),
      areas
    )
    const unitIds = new Set(units.map((u) => u.id))
    const meetings = yearMeetings.filter((m) => unitIds.has(m.unitId))
    const byUnit = coverageBy(
      meetings,
      units.map((u) => u.id),
      (m) => m.unitId,
      period,
      today
    )
    const byArea = coverageBy(
      meetings,
      areas.map((a) => a.id),
      (m) => m.areaId,
      period,
      today
    )
    const unitName = new Map(allUnits.map((u) => [u.id, u.name]))
    return {
      period: view,
      district: coverageOf(meetings, period, today),
      areas: areas.map((a) => ({ areaId: a.id, areaName: a.name, coverage: byArea.get(a.id) ?? coverageOf([], period, today) })),
      units: units.map((u) => ({
        unitId: u.id,
        unitName: u.name,
        areaName: areaName.get(u.areaId) ?? '',
        coverage: byUnit.get(u.id) ?? coverageOf([], period, today)
      })),
      ...lists(meetings, period, ctx.now, (m) => unitName.get(m.unitId) ?? '')
    }
  },

  async 'classic.list'(input, ctx) {
    const all = await ctx.repos.classics.list()
    const admin = ctx.caller?.roles.includes('admin') ?? false
    return { items: all.filter((c) => c.active || (admin && input.includeInactive)).map(classicView) }
  },

  async 'classic.save'(input, ctx) {
    let classic: Classic
    if (input.id) {
      const existing = await ctx.repos.classics.get(input.id)
      if (!existing) throw new AppError('NOT_FOUND', '找不到该经典著作', { field: 'id' })
      classic = updatedStamp({ ...existing, title: input.title, active: input.active }, ctx)
      await ctx.repos.classics.update(classic)
    } else {
      classic = { id: newId(), title: input.title, active: input.active, ...createdStamp(ctx) }
      await ctx.repos.classics.insert(classic)
    }
    await audit(ctx, 'classic', classic.id, input.id ? 'update' : 'create', classic)
    return classicView(classic)
  }
}
