import { addDays } from '../../rules/agenda'
import { formatDayZh } from '../../time'
import { daysBetween, uniqueById, type PlanContext } from '../context'
import { REMINDER_ROUTES, reminder, type PersonFact, type Reminder } from '../model'

// Observation scored but no feedback sent → the group's members, 5 days after the session (SPEC §5).
// Scored: at least one sheet. Feedback sent: the rectification (id = the observation's id) exists.

export function observationFeedback(ctx: PlanContext): Reminder[] {
  const { afterDays } = ctx.settings.observationFeedback
  const scored = new Set(ctx.facts.sheets.map((s) => s.observationId))
  const answered = new Set(ctx.facts.rectifications.map((r) => r.id))
  const groups = new Map(ctx.facts.groups.filter((g) => g.active).map((g) => [g.id, g]))
  const out: Reminder[] = []
  for (const o of ctx.facts.observations) {
    const unitName = ctx.unitName(o.unitId)
    const group = o.groupId === null ? undefined : groups.get(o.groupId)
    if (o.status !== 'planned' || !group || unitName === undefined) continue
    if (!scored.has(o.id) || answered.has(o.id) || ctx.today < addDays(o.day, afterDays)) continue
    const name = `${formatDayZh(o.day, ctx.today)}${unitName}巡听旁听`
    const members = uniqueById(group.memberIds.map((id) => ctx.person(id)).filter((p): p is PersonFact => p !== undefined))
    for (const member of members) {
      out.push(
        reminder({
          personId: member.id,
          obligation: 'observationFeedback',
          period: o.id,
          stage: 'after-session',
          title: '巡听旁听反馈提醒',
          body: `${name}已过去 ${daysBetween(o.day, ctx.today)} 天，已评分但还没有向单位反馈结果。`,
          short: `${name}待反馈`,
          route: REMINDER_ROUTES.observeFeedback,
          query: { id: o.id },
          subjects: [{ id: o.id, name, detail: null }]
        })
      )
    }
  }
  return out
}
