// Sends one subscribe message (issue 9): WeChat's subscribeMessage.send on CloudBase
// (adapters/wechat/openapi-notifier.ts), a recording outbox locally (adapters/wechat/outbox-notifier.ts).

export interface SubscribeMessage {
  personId: string
  /** The recipient's OPENID. */
  touser: string
  templateId: string
  /** A page of the mini-program with its query, without a leading slash. */
  page: string
  /** Every value already within its field's rule (src/core/reminders/wechat-fields.ts). */
  data: Record<string, { value: string }>
}

export type NotifyResult =
  | { ok: true }
  | {
      ok: false
      errcode: number
      errmsg: string
      /** Worth another try on a later run. */
      retry: boolean
      /** The function may not call the open API (the DevTools upload of config.json has not happened). */
      permission?: boolean
    }

export interface Notifier {
  /** One message; never throws for WeChat's refusals (they are results), only for bugs. */
  send(message: SubscribeMessage): Promise<NotifyResult>
}

/** The user has no grant left for the template (or turned the long-term one off). */
export const ERR_NO_GRANT = 43101
/** A value breaks its field's rule. */
export const ERR_BAD_DATA = 47003
/** The function has no permission for the open API (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html). */
export const ERR_NO_PERMISSION = -604101

/**
 * What a WeChat errcode means for us (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
 * 43101 (no grant) and the errors of our own data (47003 values, 40003 openid, 40037 template id,
 * 41030 page) are not retried; a missing cloud-call permission is flagged and retried once fixed;
 * -1 (system busy) and anything unknown are retried.
 */
export function classifyWechatError(errcode: number, errmsg: string): NotifyResult {
  if (errcode === 0) return { ok: true }
  // CloudBase's own refusals come with a negative code and say why in their message.
  if (errcode === ERR_NO_PERMISSION || (errcode < 0 && /604101|permission|权限/i.test(errmsg))) {
    return { ok: false, errcode: ERR_NO_PERMISSION, errmsg, retry: true, permission: true }
  }
  const final = [ERR_NO_GRANT, ERR_BAD_DATA, 40003, 40037, 41030].includes(errcode)
  return { ok: false, errcode, errmsg, retry: !final }
}
