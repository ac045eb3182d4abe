import { addDays } from '../../rules/agenda'
import { MODEL_KIND_LABELS } from '../../model/models'
import { dayOf } from '../../time'
import { daysBetween, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'

// Nomination waiting for review → the admins, `afterDays` (7) after it was filed (SPEC §5). One
// reminder per admin and nomination, sent once (its period is the nomination's id).

export function nominationReview(ctx: PlanContext): Reminder[] {
  const { afterDays } = ctx.settings.nominationReview
  const admins = ctx.people.filter((p) => p.roles.includes('admin'))
  const out: Reminder[] = []
  for (const n of ctx.facts.nominations ?? []) {
    const filedOn = dayOf(new Date(n.createdAt))
    if (n.state !== 'nominated' || ctx.today < addDays(filedOn, afterDays)) continue
    const name = `${n.subjectName}（${n.year}年度${MODEL_KIND_LABELS[n.kind]}）`
    for (const admin of admins) {
      out.push(
        reminder({
          personId: admin.id,
          obligation: 'nominationReview',
          period: n.id,
          stage: 'waiting',
          title: '先进典型推荐待审核',
          body: `${name}的推荐已提交 ${daysBetween(filedOn, ctx.today)} 天，还没有审核。`,
          short: `${n.subjectName}的推荐待审核`,
          route: REMINDER_ROUTES.modelsDetail,
          query: { id: n.id },
          subjects: [{ id: n.id, name, detail: null }]
        })
      )
    }
  }
  return out
}
