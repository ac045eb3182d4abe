import { daysInMonth } from '../../time'
import type { PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'
import { behindByUnit, namesWithDetail } from './study-last-month'
import { studyStageOf } from './study-this-month'

// Self-study below quota this month → also the unit leader, as ONE digest per leader on the days the
// cadres are reminded (from the 20th; again in the last 3 days): the unit's cadres still below quota,
// with their counts, so the leader can act before the month closes. Never one message per cadre.
// SPEC §5 names only the cadre for this row; issue 9 asks that unit leaders get their unit's overdue
// items in a digest, and a leader hearing on the 1st only what can no longer change is too late.

export function studyThisMonthDigest(ctx: PlanContext): Reminder[] {
  const stage = studyStageOf(ctx)
  if (!stage) return []
  const quota = ctx.quotas(ctx.year).speechesPerMonth
  const behind = behindByUnit(ctx, ctx.month, quota)
  const out: Reminder[] = []
  for (const [unitId, subjects] of behind) {
    const left = daysInMonth(ctx.month) - ctx.dayOfMonth + 1
    for (const leader of ctx.holders(unitId, 'unitLeader')) {
      // The leader's own count is in their own reminder; the digest is about the others.
      const others = subjects.filter((s) => s.id !== leader.id)
      if (others.length === 0) continue
      out.push(
        reminder({
          personId: leader.id,
          obligation: 'studyThisMonth',
          period: ctx.month,
          stage: `digest-${stage}`,
          title: '本单位本月自学情况',
          body: `本月还剩 ${left} 天，${ctx.unitName(unitId)}自学未达 ${quota} 篇的有 ${others.length} 人：${namesWithDetail(others)}。`,
          short: `本单位本月自学未达标 ${others.length} 人`,
          route: REMINDER_ROUTES.unitMethods,
          query: { month: ctx.month },
          subjects: others
        })
      )
    }
  }
  return out
}
