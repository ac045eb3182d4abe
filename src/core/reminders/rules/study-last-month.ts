import { STUDYING_ROLES, hasAnyRole } from '../../model/roles'
import { formatMonthZh, shiftMonth, type MonthKey } from '../../time'
import type { PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder, type Subject } from '../model'
import { DIGEST_CATCH_UP_DAYS } from '../settings'
import { excusedForMonth } from './study-this-month'

// Self-study below quota last month → the unit leader (SPEC §5), on the 1st: ONE reminder per
// leader listing the unit's cadres with their counts, never one per cadre. It is the digest's input.

/** How a digest names people: `张三 2/5、李四 0/5`. */
export function namesWithDetail(subjects: readonly Subject[]): string {
  return subjects.map((s) => (s.detail ? `${s.name} ${s.detail}` : s.name)).join('、')
}

/**
 * The cadres below the month's quota, by unit, in roster order, as digest subjects (`2/5`); those
 * who joined too late in the month to be held to it are left out.
 */
export function behindByUnit(ctx: PlanContext, month: MonthKey, quota: number): Map<string, Subject[]> {
  const behind = new Map<string, Subject[]>()
  for (const person of ctx.people) {
    if (!hasAnyRole(person.roles, STUDYING_ROLES) || excusedForMonth(person, month, ctx.settings.studyThisMonth)) continue
    const count = ctx.studyCount(person.id, month)
    if (count >= quota) continue
    const subject = { id: person.id, name: person.name, detail: `${count}/${quota}` }
    behind.set(person.unitId, [...(behind.get(person.unitId) ?? []), subject])
  }
  return behind
}

export function studyLastMonth(ctx: PlanContext): Reminder[] {
  const { onDay } = ctx.settings.studyLastMonth
  // Planned from its day for a week, so a failed run is caught up; the store still sends it once.
  if (ctx.dayOfMonth < onDay || ctx.dayOfMonth >= onDay + DIGEST_CATCH_UP_DAYS) return []
  const last = shiftMonth(ctx.month, -1)
  const quota = ctx.quotas(Number(last.slice(0, 4))).speechesPerMonth
  const behind = behindByUnit(ctx, last, quota)
  const out: Reminder[] = []
  for (const [unitId, subjects] of behind) {
    for (const leader of ctx.holders(unitId, 'unitLeader')) {
      out.push(
        reminder({
          personId: leader.id,
          obligation: 'studyLastMonth',
          period: last,
          stage: 'digest',
          title: '上月自学情况',
          body: `${formatMonthZh(last)}自学未达 ${quota} 篇的有 ${subjects.length} 人：${namesWithDetail(subjects)}。`,
          short: `上月自学未达标 ${subjects.length} 人`,
          route: REMINDER_ROUTES.unitMethods,
          query: { month: last },
          subjects
        })
      )
    }
  }
  return out
}
