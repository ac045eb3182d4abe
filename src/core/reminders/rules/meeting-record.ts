import { addDays, isLocked, meetingName } from '../../rules/agenda'
import { daysBetween, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type Reminder } from '../model'

// Meeting not recorded / first agenda item missing → the unit secretary, 3 days after the meeting's
// date (SPEC §5; agenda.ts RECORD_WITHIN_DAYS). "Missing" means a held meeting saved with no first
// item at all — one recorded with a non-study item is non-compliant, but there is nothing to fill
// in. Once a meeting locks (agenda.ts isLocked) only the admin can change it, so no reminder.

export function meetingRecord(ctx: PlanContext): Reminder[] {
  const { afterDays } = ctx.settings.meetingRecord
  const out: Reminder[] = []
  for (const m of ctx.facts.meetings) {
    if (m.withdrawnAt !== null || ctx.unitName(m.unitId) === undefined || ctx.today < addDays(m.day, afterDays)) continue
    const stage = m.status === 'planned' ? 'record' : m.firstItem === null && !isLocked(m, ctx.now) ? 'first-item' : null
    if (!stage) continue
    const name = meetingName(m, ctx.today)
    for (const secretary of ctx.holders(m.unitId, 'unitSecretary')) {
      out.push(
        reminder({
          personId: secretary.id,
          obligation: 'meetingRecord',
          period: m.id,
          stage,
          title: stage === 'record' ? '会议记录提醒' : '第一议题提醒',
          body:
            stage === 'record'
              ? `${name}已过去 ${daysBetween(m.day, ctx.today)} 天，还没有记录。`
              : `${name}的记录没有第一议题，请补充。`,
          short: stage === 'record' ? `${name}待记录` : `${name}缺第一议题`,
          route: REMINDER_ROUTES.meetingEdit,
          query: { id: m.id },
          subjects: [{ id: m.id, name, detail: null }]
        })
      )
    }
  }
  return out
}
