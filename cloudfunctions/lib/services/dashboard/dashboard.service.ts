import { AppError } from '../../../../src/core/contract'
import type { Person, Unit } from '../../../../src/core/model'
import { STUDYING_ROLES, UNIT_ROLES, hasAnyRole } from '../../../../src/core/model/roles'
import { periodMonths, periodYear } from '../../../../src/core/rules/agenda'
import { dueMonths, sharePercent, sumFigures } from '../../../../src/core/rules/dashboard'
import { hasLectureQuota, quotasFor } from '../../../../src/core/rules/methods'
import { unitsInAreaOrder } from '../../../../src/core/rules/order'
import { monthOf, yearOf } from '../../../../src/core/time'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf } from '../context'
import { resolvePeriod } from '../meeting/meeting-coverage.service'
import { DASHBOARD_ACCESS_KEY, leadersMayView, readsDistrict } from './dashboard.access'
import { figuresByUnit, studyQuota, unitYearFigures, withNoteOutlets } from './dashboard.figures'

type DashboardHandlers = Pick<
  HandlerTable,
  'dashboard.district' | 'dashboard.unit' | 'dashboard.unitYear' | 'dashboard.access.save'
>

/** What the caller may see: every unit (the admin; a district leader the admin let in) or their own unit. */
async function reach(ctx: ActionContext): Promise<'district' | 'own'> {
  const caller = callerOf(ctx)
  if (caller.roles.includes('admin')) return 'district'
  if (caller.roles.includes('districtLeader') && (await leadersMayView(ctx.repos))) return 'district'
  if (hasAnyRole(caller.roles, UNIT_ROLES)) return 'own'
  throw new AppError('FORBIDDEN', '管理员尚未开放区级领导查看全区情况')
}

/** The unit asked for, if the caller may see it (their own unit by default). */
async function viewedUnit(ctx: ActionContext, requested: string | undefined): Promise<Unit> {
  const caller = callerOf(ctx)
  const scope = await reach(ctx)
  const unitId = requested ?? caller.unitId
  if (scope === 'own' && unitId !== caller.unitId) throw new AppError('FORBIDDEN', '只能查看本单位的情况')
  const unit = await ctx.repos.units.get(unitId)
  if (!unit) throw new AppError('NOT_FOUND', '找不到该单位', { field: 'unitId' })
  return unit
}

async function areaNameOf(ctx: ActionContext, unit: Unit): Promise<string> {
  return (await ctx.repos.areas.get(unit.areaId))?.name ?? ''
}

/** The people with a study quota, active, in roster order. */
const studying = (people: readonly Person[]) => people.filter((p) => p.active && hasAnyRole(p.roles, STUDYING_ROLES))

export const dashboardHandlers: DashboardHandlers = {
  async 'dashboard.district'(input, ctx) {
    if ((await reach(ctx)) !== 'district') throw new AppError('FORBIDDEN', '只有区委宣传部可以查看全区情况')
    const { period, view } = resolvePeriod(input, ctx.now)
    const year = periodYear(period)
    const [allAreas, allUnits, leaders, quotaSet, mayView] = await Promise.all([
      ctx.repos.areas.list(),
      ctx.repos.units.list(),
      ctx.repos.dashboard.districtLeaders(),
      ctx.repos.quotas.get(year),
      leadersMayView(ctx.repos)
    ])
    if (input.areaId && !allAreas.some((a) => a.id === input.areaId)) {
      throw new AppError('NOT_FOUND', '找不到该片区', { field: 'areaId' })
    }
    const areas = input.areaId ? allAreas.filter((a) => a.id === input.areaId) : allAreas
    const units = unitsInAreaOrder(
      allUnits.filter((u) => u.active && areas.some((a) => a.id === u.areaId)),
      areas
    )
    const { figures, studyByMonth } = await figuresByUnit(
      ctx.repos,
      period,
      units.map((u) => u.id),
      null,
      ctx.now
    )
    const unitIds = new Set(units.map((u) => u.id))
    const cadres = units.reduce((sum, u) => sum + (figures.get(u.id)?.study.cadres ?? 0), 0)
    const due = new Set(dueMonths(period, monthOf(ctx.now)))
    const byMonth = periodMonths(period).map((month) => {
      const met = studyByMonth.filter((s) => s.month === month && unitIds.has(s.unitId)).reduce((sum, s) => sum + s.met, 0)
      const owed = due.has(month) ? cadres : 0
      return { month, met, due: owed, share: sharePercent(met, owed) }
    })
    // Every district leader's lectures of the year, in the admin's unit order then name.
    const lectureQuota = quotasFor(quotaSet).lecturesPerYear
    const unitRank = new Map(unitsInAreaOrder(allUnits, allAreas).map((u, i) => [u.id, i]))
    const lecturers = leaders
      .filter((p) => hasLectureQuota(p.roles))
      .sort((a, b) => (unitRank.get(a.unitId) ?? 0) - (unitRank.get(b.unitId) ?? 0) || (a.name < b.name ? -1 : 1))
    const given = new Map(
      (
        await ctx.repos.reminderFacts.lectureCounts(
          lecturers.map((p) => p.id),
          year
        )
      ).map((c) => [c.personId, c.count])
    )
    const unitName = new Map(allUnits.map((u) => [u.id, u.name]))
    const areaRows = areas.map((a) => {
      const rows = units.filter((u) => u.areaId === a.id).map((u) => ({ id: u.id, name: u.name, figures: figures.get(u.id)! }))
      return { id: a.id, name: a.name, figures: sumFigures(rows.map((r) => r.figures)), units: rows }
    })
    return {
      period: view,
      district: sumFigures(areaRows.map((a) => a.figures)),
      areas: areaRows,
      studyByMonth: byMonth,
      lecturers: lecturers.map((p) => {
        const n = given.get(p.id) ?? 0
        return {
          personId: p.id,
          name: p.name,
          unitName: unitName.get(p.unitId) ?? '',
          given: n,
          quota: lectureQuota,
          met: n >= lectureQuota
        }
      }),
      leadersMayView: mayView
    }
  },

  async 'dashboard.unit'(input, ctx) {
    const unit = await viewedUnit(ctx, input.unitId)
    const { period, view } = resolvePeriod(input, ctx.now)
    const year = periodYear(period)
    const months = dueMonths(period, monthOf(ctx.now))
    const [{ figures }, people, areaName, quota, quotaSet] = await Promise.all([
      figuresByUnit(ctx.repos, period, [unit.id], [unit.id], ctx.now),
      ctx.repos.people.listByUnit(unit.id),
      areaNameOf(ctx, unit),
      studyQuota(ctx.repos, year),
      ctx.repos.quotas.get(year)
    ])
    const cadres = studying(people)
    const ids = cadres.map((p) => p.id)
    const leaders = cadres.filter((p) => hasLectureQuota(p.roles)).map((p) => p.id)
    const [studies, methodCounts, noteOutlets, lectures] = await Promise.all([
      ctx.repos.reminderFacts.studyCounts(ids, months),
      ctx.repos.dashboard.methodCounts(periodMonths(period), [unit.id], 'person'),
      ctx.repos.dashboard.noteOutletCounts(periodMonths(period), [unit.id], 'person'),
      ctx.repos.reminderFacts.lectureCounts(leaders, year)
    ])
    const methods = withNoteOutlets(methodCounts, noteOutlets)
    const lectureQuota = quotasFor(quotaSet).lecturesPerYear
    const count = (personId: string, kind: string, statuses?: readonly string[]) =>
      methods
        .filter(
          (m) => m.personId === personId && m.kind === kind && (!statuses || (m.status !== null && statuses.includes(m.status)))
        )
        .reduce((sum, m) => sum + m.count, 0)
    const caller = callerOf(ctx)
    return {
      period: view,
      unit: { id: unit.id, name: unit.name, areaName },
      figures: figures.get(unit.id)!,
      people: cadres.map((p) => ({
        personId: p.id,
        name: p.name,
        position: p.position,
        studyMonthsMet: studies.filter((s) => s.personId === p.id && s.count >= quota).length,
        studyMonths: months.length,
        notes: {
          written: count(p.id, 'note'),
          submitted: count(p.id, 'noteOutlet', ['submitted']),
          published: count(p.id, 'noteOutlet', ['published'])
        },
        lectures: count(p.id, 'lecture', ['given']),
        outreach: count(p.id, 'outreach'),
        leadStudy: count(p.id, 'leadStudy'),
        exchange: count(p.id, 'exchange'),
        lectureYear: hasLectureQuota(p.roles)
          ? { given: lectures.find((l) => l.personId === p.id)?.count ?? 0, quota: lectureQuota }
          : null
      })),
      // unit.personRecords admits the unit's secretary and leader and the admin, not a district leader.
      canOpenRecords: hasAnyRole(caller.roles, UNIT_ROLES) || (await readsDistrict(ctx.repos, caller))
    }
  },

  async 'dashboard.unitYear'(input, ctx) {
    const unit = await viewedUnit(ctx, input.unitId)
    const year = input.year ?? yearOf(ctx.now)
    const [figures, areaName] = await Promise.all([unitYearFigures(ctx.repos, unit.id, year, ctx.now), areaNameOf(ctx, unit)])
    return { year, unit: { id: unit.id, name: unit.name, areaName }, months: figures.months, total: figures.year }
  },

  async 'dashboard.access.save'(input, ctx) {
    const setting = {
      key: DASHBOARD_ACCESS_KEY,
      value: { leadersMayView: input.leadersMayView },
      updatedAt: ctx.now.toISOString(),
      updatedBy: callerOf(ctx).id
    }
    await ctx.repos.settings.put(setting)
    await audit(ctx, 'setting', DASHBOARD_ACCESS_KEY, 'update', setting.value)
    return { leadersMayView: input.leadersMayView }
  }
}
