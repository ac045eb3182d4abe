import { z } from 'zod'
import { templateData, type FieldKey } from './wechat-fields'

// Which WeChat subscribe-message templates carry the reminders (issue 9), read by the functions
// from the env var WX_SUBSCRIBE_TEMPLATES (JSON). Template ids and their keys (`thing1`, `time2` …)
// are chosen per mini-program in the WeChat admin console (订阅消息 → 我的模板), so they are
// configuration, never code. Unset: no WeChat message at all, the inbox alone.
// One-time vs long-term: https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html
// (long-term subscriptions only for government, medical, transport, finance and education services).

/** What requestSubscribeMessage answers per template id (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html). */
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number]

/** What a template is used for: the personal bundle, or a unit leader's daily digest. */
export const TEMPLATE_PURPOSES = ['reminder', 'digest'] as const
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number]

/** The parts of a push a template can show, and how the admin's outbox labels them. */
export const TEMPLATE_PARTS = ['title', 'body', 'time', 'count'] as const
export type TemplatePart = (typeof TEMPLATE_PARTS)[number]
export const TEMPLATE_PART_LABELS: Record<TemplatePart, string> = {
  title: '事项',
  body: '内容',
  time: '时间',
  count: '待办数'
}

const fieldKey = z
  .string({ invalid_type_error: '应为模板字段名，如 thing1' })
  .regex(
    /^(thing|phrase|time|date)\d+$/,
    '应为模板字段名：thing、phrase、time 或 date 加数字，如 thing1、time2'
  ) as unknown as z.ZodType<FieldKey>

const templateSchema = z.object({
  templateId: z
    .string({ required_error: '缺少模板 ID', invalid_type_error: '模板 ID 应为文字' })
    .trim()
    .min(1, '模板 ID 不能为空')
    .max(128, '模板 ID 过长'),
  /** Government-category long-term subscription: one acceptance, no counting. */
  longTerm: z.boolean({ invalid_type_error: 'longTerm 应为 true 或 false' }).default(false),
  /** Template key per part; a part left out is not shown. */
  fields: z
    .object({ title: fieldKey.optional(), body: fieldKey.optional(), time: fieldKey.optional(), count: fieldKey.optional() })
    .strict()
    .refine((f) => Object.values(f).some(Boolean), '至少要对应一个字段（title、body、time 或 count）')
})

/** The whole configuration: a template for the personal reminders, optionally one for digests. */
export const subscribeTemplatesSchema = z
  .object({
    reminder: templateSchema,
    /** Unit leaders' digests; when absent they use the reminder template too. */
    digest: templateSchema.optional()
  })
  .strict()

export type SubscribeTemplate = z.output<typeof templateSchema>
export type SubscribeTemplates = z.output<typeof subscribeTemplatesSchema>

/** WX_SUBSCRIBE_TEMPLATES is set but unusable: the message names the field, in Chinese. */
export class TemplatesConfigError extends Error {
  constructor(
    message: string,
    readonly field: string
  ) {
    super(message)
    this.name = 'TemplatesConfigError'
  }
}

export const TEMPLATES_ENV = 'WX_SUBSCRIBE_TEMPLATES'

/** Parses the env var: null when unset or blank (inbox only), else the templates or a TemplatesConfigError. */
export function parseSubscribeTemplates(raw: string | undefined): SubscribeTemplates | null {
  if (raw === undefined || raw.trim() === '') return null
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new TemplatesConfigError(`${TEMPLATES_ENV} 不是有效的 JSON，请检查引号和括号`, TEMPLATES_ENV)
  }
  const parsed = subscribeTemplatesSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = [TEMPLATES_ENV, ...issue.path].join('.')
  const message =
    issue.code === 'unrecognized_keys'
      ? `不认识的设置：${issue.keys.join('、')}`
      : issue.message === 'Required'
        ? '缺少这一项'
        : issue.message
  throw new TemplatesConfigError(`${field}：${message}`, field)
}

/** The template for a purpose: the digest's when configured, else the reminder's. */
export function templateFor(templates: SubscribeTemplates, purpose: TemplatePurpose): SubscribeTemplate {
  return (purpose === 'digest' && templates.digest) || templates.reminder
}

/** The templates a person is asked to accept: the reminder's, and the digest's for unit leaders. */
export function templatesToAsk(
  templates: SubscribeTemplates,
  isUnitLeader: boolean
): Array<{ purpose: TemplatePurpose; template: SubscribeTemplate }> {
  const out: Array<{ purpose: TemplatePurpose; template: SubscribeTemplate }> = [
    { purpose: 'reminder', template: templates.reminder }
  ]
  if (isUnitLeader && templates.digest && templates.digest.templateId !== templates.reminder.templateId) {
    out.push({ purpose: 'digest', template: templates.digest })
  }
  return out
}

/** The obligations whose reminders are a unit leader's digest (SPEC §5: last month's self-study). */
const DIGEST_OBLIGATIONS = new Set(['studyLastMonth'])

/** A push is a digest when everything it carries is digest material. */
export function purposeOf(push: { keys: readonly string[] }): TemplatePurpose {
  // A dedupe key is person|obligation|period|stage (model.ts dedupeKeyOf).
  const obligations = push.keys.map((key) => key.split('|')[1])
  return obligations.length > 0 && obligations.every((o) => DIGEST_OBLIGATIONS.has(o)) ? 'digest' : 'reminder'
}

/** What a push shows, before the template's field rules. */
export interface MessageParts {
  title: string
  body: string
  at: Date
  count: number
}

/** The `data` of subscribeMessage.send: each configured part under its key, through wechat-fields. */
export function messageData(template: SubscribeTemplate, parts: MessageParts): Record<string, { value: string }> {
  const values: Partial<Record<FieldKey, string | Date>> = {}
  const { fields } = template
  if (fields.title) values[fields.title] = parts.title
  if (fields.body) values[fields.body] = parts.body
  if (fields.time) values[fields.time] = parts.at
  if (fields.count) values[fields.count] = `${parts.count} 项待办`
  return templateData(values)
}

/** The key → Chinese label of a template's fields (for the admin's outbox). */
export function fieldLabels(template: SubscribeTemplate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of TEMPLATE_PARTS) {
    const key = template.fields[part]
    if (key) out[key] = TEMPLATE_PART_LABELS[part]
  }
  return out
}

/** The page a message opens: the route without its leading slash, with its query. */
export function pageOf(route: string, query: Record<string, string>): string {
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return `${route.replace(/^\//, '')}${search ? `?${search}` : ''}`
}

/** The local host's demo templates, so the whole path (grant, spend, outbox) works without WeChat. */
export const DEMO_TEMPLATES: SubscribeTemplates = {
  reminder: { templateId: 'demo-reminder', longTerm: false, fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
  digest: {
    templateId: 'demo-digest',
    longTerm: false,
    fields: { title: 'thing1', body: 'thing2', count: 'thing4', time: 'time3' }
  }
}
