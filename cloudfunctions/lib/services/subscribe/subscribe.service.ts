import type { OutboxItemView, SubscribeStatus } from '../../../../src/core/contract'
import { OUTBOX_PAGE } from '../../../../src/core/contract/subscribe.contract'
import type { Person } from '../../../../src/core/model'
import {
  DEMO_TEMPLATES,
  SUBSCRIBE_RESULTS,
  fieldLabels,
  templatesToAsk,
  type SubscribeResult,
  type SubscribeTemplate,
  type SubscribeTemplates
} from '../../../../src/core/reminders/templates'
import type { SubscribeGrant } from '../../ports/subscribe.port'
import type { HandlerTable } from '../context'
import { callerOf, type ActionContext } from '../context'

const isResult = (value: string): value is SubscribeResult => (SUBSCRIBE_RESULTS as readonly string[]).includes(value)

/** The caller's status from their grants (newest answers win over what a query read before them). */
function statusOf(
  templates: SubscribeTemplates | null | undefined,
  person: Person,
  grants: readonly SubscribeGrant[]
): SubscribeStatus {
  if (!templates) return { configured: false, templates: [], needsGrant: false }
  const byTemplate = new Map(grants.map((g) => [g.templateId, g]))
  const views = templatesToAsk(templates, person.roles.includes('unitLeader')).map(({ purpose, template }) => {
    const grant = byTemplate.get(template.templateId)
    return {
      purpose,
      templateId: template.templateId,
      longTerm: template.longTerm,
      remaining: template.longTerm ? 0 : (grant?.remaining ?? 0),
      accepted: template.longTerm && Boolean(grant?.longTerm),
      lastResult: grant?.lastResult ?? null
    }
  })
  // The personal reminder template is the one every push can use: the prompt is about it.
  const reminder = views[0]
  return { configured: true, templates: views, needsGrant: reminder.longTerm ? !reminder.accepted : reminder.remaining === 0 }
}

/** The template of an outbox message, to label its fields (the demo ones when the config no longer has it). */
function templateOf(templates: SubscribeTemplates | null | undefined, templateId: string): SubscribeTemplate | null {
  const known = [templates?.reminder, templates?.digest, DEMO_TEMPLATES.reminder, DEMO_TEMPLATES.digest]
  return known.find((t) => t?.templateId === templateId) ?? null
}

async function currentStatus(ctx: ActionContext, person: Person, fresh: SubscribeGrant[] = []): Promise<SubscribeStatus> {
  // A where-query inside a CloudBase transaction reads committed data: this call's own grants come from record().
  const stored = await ctx.repos.grants.listByPerson(person.id)
  const merged = new Map([...stored, ...fresh].map((g) => [g.templateId, g]))
  return statusOf(ctx.deps.subscribe, person, [...merged.values()])
}

export const subscribeHandlers: Pick<HandlerTable, 'subscribe.status' | 'subscribe.grant' | 'reminders.outbox'> = {
  async 'subscribe.status'(_input, ctx) {
    return currentStatus(ctx, callerOf(ctx))
  },

  async 'subscribe.grant'(input, ctx) {
    const person = callerOf(ctx)
    const templates = ctx.deps.subscribe
    const fresh: SubscribeGrant[] = []
    if (templates) {
      const at = ctx.now.toISOString()
      // Only the templates this person is asked for count; the result's errMsg and unknown ids are ignored.
      for (const { template } of templatesToAsk(templates, person.roles.includes('unitLeader'))) {
        const answer = input.results[template.templateId]
        if (answer === undefined || !isResult(answer)) continue
        // One at a time: operations of one CloudBase transaction never run in parallel.
        fresh.push(await ctx.repos.grants.record(person.id, template.templateId, answer, template.longTerm, at))
      }
    }
    return currentStatus(ctx, person, fresh)
  },

  async 'reminders.outbox'(_input, ctx) {
    const messages = await ctx.repos.outbox.latest(OUTBOX_PAGE)
    const people = new Map(
      (await ctx.repos.people.listByIds([...new Set(messages.map((m) => m.personId))])).map((p) => [p.id, p])
    )
    const items: OutboxItemView[] = messages.map((m) => {
      const template = templateOf(ctx.deps.subscribe, m.templateId)
      const labels = template ? fieldLabels(template) : {}
      return {
        id: m.id,
        personName: people.get(m.personId)?.name ?? '（已不在名册）',
        templateId: m.templateId,
        page: m.page,
        at: m.at,
        lines: Object.entries(m.data).map(([key, { value }]) => ({ key, label: labels[key] ?? key, value }))
      }
    })
    return { items }
  }
}
