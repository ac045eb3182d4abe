import { z } from 'zod'
import { ROLES } from '../model/roles'
import { SUBSCRIBE_RESULTS, TEMPLATE_PURPOSES } from '../reminders/templates'
import { action } from './action'

// WeChat subscribe messages from the person's side (issue 9): which templates to ask for at a
// natural tap, what they answered, and the admin's view of the local outbox.

export const subscribeTemplateView = z.object({
  purpose: z.enum(TEMPLATE_PURPOSES),
  templateId: z.string(),
  /** A long-term (government-category) template: one acceptance, nothing counted. */
  longTerm: z.boolean(),
  /** One-time grants not yet spent (0 for a long-term template). */
  remaining: z.number().int().nonnegative(),
  /** The long-term template is accepted. */
  accepted: z.boolean(),
  /** The person's last answer; `ban`/`filter` mean WeChat will not show the dialog for it. */
  lastResult: z.enum(SUBSCRIBE_RESULTS).nullable()
})
export type SubscribeTemplateView = z.infer<typeof subscribeTemplateView>

export const subscribeStatus = z.object({
  /** WeChat reminders are configured on this installation at all (else: the inbox only). */
  configured: z.boolean(),
  /** The templates to ask this person for, in the order to pass to requestSubscribeMessage. */
  templates: z.array(subscribeTemplateView),
  /** Configured, and no template can carry a message now: the inbox shows its one-line prompt. */
  needsGrant: z.boolean()
})
export type SubscribeStatus = z.infer<typeof subscribeStatus>

/** At most this many template ids per request (WeChat allows 3 per call). */
const MAX_RESULTS = 10

export const outboxItemView = z.object({
  id: z.string(),
  personName: z.string(),
  templateId: z.string(),
  page: z.string(),
  at: z.string(),
  /** The message's fields with their Chinese labels, in template order. */
  lines: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() }))
})
export type OutboxItemView = z.infer<typeof outboxItemView>

/** How many outbox messages the admin sees. */
export const OUTBOX_PAGE = 50

export const subscribeActions = {
  'subscribe.status': action({
    summary: 'Which subscribe templates to ask the caller for, and how many messages each can still carry',
    input: z.object({}).default({}),
    output: subscribeStatus,
    roles: ROLES,
    write: false
  }),
  'subscribe.grant': action({
    summary: "Records the caller's answers to requestSubscribeMessage; each accepted one-time template allows one more message",
    input: z.object({
      /** requestSubscribeMessage's result: template id → accept | reject | ban | filter (other keys are ignored). */
      results: z
        .record(z.string().max(128, '模板 ID 过长'), z.string().max(64, '订阅结果过长'), {
          required_error: '缺少订阅结果',
          invalid_type_error: '订阅结果格式不对'
        })
        .refine((r) => Object.keys(r).length <= MAX_RESULTS, `一次最多 ${MAX_RESULTS} 个模板`)
    }),
    output: subscribeStatus,
    roles: ROLES,
    write: true
  }),
  'reminders.outbox': action({
    summary: 'The newest messages the local notifier recorded instead of sending them to WeChat',
    input: z.object({}).default({}),
    output: z.object({ items: z.array(outboxItemView) }),
    roles: ['admin'],
    write: false
  })
}
