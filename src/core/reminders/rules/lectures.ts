import { hasLectureQuota } from '../../rules/methods'
import { joinedOn, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'

// School lectures below quota this year → the district leader (SPEC §5): at the end of June if none
// was given yet, from 1 October if below quota, and again in December.

type Stage = 'june' | 'october' | 'december'

export function lectures(ctx: PlanContext): Reminder[] {
  const s = ctx.settings.lectures
  const md = ctx.today.slice(5)
  const stage: Stage | null =
    md >= s.decemberFrom ? 'december' : md >= s.octoberFrom ? 'october' : md >= s.juneFrom ? 'june' : null
  if (!stage) return []
  const quota = ctx.quotas(ctx.year).lecturesPerYear
  if (quota <= 0) return []
  const start = `${ctx.year}-${stage === 'june' ? s.juneFrom : stage === 'october' ? s.octoberFrom : s.decemberFrom}`
  const out: Reminder[] = []
  for (const person of ctx.people) {
    // Fairness: someone who joined on or after the stage's first day is not told off at that stage.
    if (!hasLectureQuota(person.roles) || joinedOn(person) >= start) continue
    const given = ctx.lectureCount(person.id, ctx.year)
    if (stage === 'june' ? given > 0 : given >= quota) continue
    const body =
      stage === 'june'
        ? `今年已过半，还没有进学校讲课的记录（每年至少 ${quota} 次）。`
        : `今年已进学校讲课 ${given}/${quota} 次，还差 ${quota - given} 次${stage === 'december' ? '，本年只剩 12 月' : ''}。`
    out.push(
      reminder({
        personId: person.id,
        obligation: 'lectures',
        period: String(ctx.year),
        stage,
        title: '进学校讲课提醒',
        body,
        short: `今年讲课 ${given}/${quota} 次`,
        route: REMINDER_ROUTES.methodForm,
        query: { kind: 'lecture' },
        subjects: []
      })
    )
  }
  return out
}
