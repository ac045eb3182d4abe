import type { RecordKind } from '../../../../src/core/model'
import { hasAnyRole, STUDYING_ROLES } from '../../../../src/core/model/roles'
import { hasLectureQuota } from '../../../../src/core/rules/methods'
import { progress } from '../../../../src/core/rules/quota'
import { monthOf, yearOf } from '../../../../src/core/time'
import type { HandlerTable } from '../context'
import { monthsOfYear, quotasOfYear } from './records.service'
import { viewableUnit } from './study.service'

/**
 * A person's counts without 学习强国: reports stored before it stopped counting are still flagged
 * counted, and no one's 学习强国 use is compared in a table.
 */
function withoutXuexi(counts: Partial<Record<RecordKind, number>> | undefined): Partial<Record<RecordKind, number>> {
  const { xuexi: _never, ...rest } = counts ?? {}
  return rest
}

/** The unit table of the five methods: counts per cadre and method for a month or a year. */
export const unitMethodsHandlers: Pick<HandlerTable, 'unit.methodsOverview'> = {
  async 'unit.methodsOverview'(input, ctx) {
    const unit = await viewableUnit(ctx, input.unitId)
    const currentMonth = monthOf(ctx.now)
    const month = input.month ?? (input.year && input.year !== yearOf(ctx.now) ? `${input.year}-12` : currentMonth)
    const year = input.period === 'year' ? (input.year ?? Number(month.slice(0, 4))) : Number(month.slice(0, 4))
    const quotas = await quotasOfYear(ctx, year)
    const months = input.period === 'year' ? monthsOfYear(year, currentMonth) : [month]
    const [people, methodCounts, yearCounts, ...studyCounts] = await Promise.all([
      ctx.repos.people.listByUnit(unit.id),
      ctx.repos.methodRecords.countByUnit(unit.id, year, input.period === 'year' ? null : month),
      ctx.repos.methodRecords.countByUnit(unit.id, year),
      ...months.map((m) => ctx.repos.studies.countActiveByUnitMonth(unit.id, m))
    ])
    const cadres = people.filter((p) => p.active && hasAnyRole(p.roles, STUDYING_ROLES))
    // Roster order (by name), never by count: supervision, not a league table.
    const rows = cadres.map((p) => {
      const perMonth = studyCounts.map((c) => c.get(p.id) ?? 0)
      const monthsMet = perMonth.filter((n) => progress(n, quotas.speechesPerMonth).met).length
      const lecturesGiven = yearCounts.get(p.id)?.lecture ?? 0
      return {
        personId: p.id,
        name: p.name,
        position: p.position,
        counts: { study: perMonth.reduce((a, b) => a + b, 0), ...withoutXuexi(methodCounts.get(p.id)) },
        studyMet: monthsMet === months.length && months.length > 0,
        monthsMet: input.period === 'year' ? monthsMet : null,
        lecturesMet: hasLectureQuota(p.roles) ? lecturesGiven >= quotas.lecturesPerYear : null
      }
    })
    return {
      unitName: unit.name,
      unitId: unit.id,
      period: input.period,
      month,
      year,
      quotas,
      rows
    }
  }
}
