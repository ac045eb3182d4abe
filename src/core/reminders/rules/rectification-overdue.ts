import { isRectificationOverdue } from '../../rules/observation'
import { formatDayZh } from '../../time'
import { daysBetween, uniqueById, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'

// Rectification past its deadline → the unit secretary and the unit leader (SPEC §5): the day after
// the deadline, then weekly. Stage `week-0` covers deadline+1 … deadline+7, `week-1` the next seven
// days, and so on, so the store sends one per week whichever day the run falls on.

export function rectificationOverdue(ctx: PlanContext): Reminder[] {
  const { afterDays, everyDays } = ctx.settings.rectificationOverdue
  const out: Reminder[] = []
  for (const r of ctx.facts.rectifications) {
    const unitName = ctx.unitName(r.unitId)
    if (unitName === undefined || !isRectificationOverdue(r, ctx.today)) continue
    const late = daysBetween(r.deadline, ctx.today)
    if (late < afterDays) continue
    const stage = `week-${Math.floor((late - afterDays) / Math.max(1, everyDays))}`
    const subject = { id: r.id, name: `${unitName}整改（期限${formatDayZh(r.deadline, ctx.today)}）`, detail: null }
    // A person who is both secretary and leader of the unit gets it once.
    const recipients = uniqueById([...ctx.holders(r.unitId, 'unitSecretary'), ...ctx.holders(r.unitId, 'unitLeader')])
    for (const person of recipients) {
      out.push(
        reminder({
          personId: person.id,
          obligation: 'rectificationOverdue',
          period: r.id,
          stage,
          title: '整改逾期提醒',
          body: `巡听旁听反馈的整改已超过期限（${formatDayZh(r.deadline, ctx.today)}）${late} 天，请尽快提交整改情况。`,
          short: '整改逾期',
          route: REMINDER_ROUTES.unitRectify,
          query: {},
          subjects: [subject]
        })
      )
    }
  }
  return out
}
