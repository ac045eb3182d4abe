import Taro from '@tarojs/taro'
import type { SubscribeStatus, SubscribeTemplateView } from '@/core/contract'
import { call } from './api'

// Asking for WeChat subscribe messages at natural taps (issue 9). WeChat opens its dialog only
// inside a user's tap ("2.8.2 版本开始，用户发生点击行为或者发起支付回调后，才可以调起订阅消息界面":
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html),
// and an await before the call loses the tap ("requestSubscribeMessage:fail can only be invoked by
// user TAP gesture"). So the template ids are loaded beforehand (primeSubscribe on page load) and
// ask*() starts the request synchronously, first thing in the tap handler; what the person
// answered is recorded afterwards. A refusal is silent; templates WeChat banned or filtered are
// never asked for again, and with "总是保持以上选择" WeChat answers without a dialog.

/** What requestSubscribeMessage answers: template id → accept | reject | ban | filter, plus errMsg. */
export type SubscribeAnswer = Record<string, string>

let known: SubscribeStatus | null = null
const listeners = new Set<(status: SubscribeStatus) => void>()

function remember(status: SubscribeStatus): SubscribeStatus {
  known = status
  listeners.forEach((listener) => listener(status))
  return status
}

/** Loads the caller's templates so a later tap can ask at once; failures leave things as they were. */
export async function primeSubscribe(): Promise<SubscribeStatus | null> {
  try {
    return remember(await call('subscribe.status', {}))
  } catch {
    return known
  }
}

/** The last status loaded (null until primeSubscribe answered). */
export const subscribeStatus = (): SubscribeStatus | null => known

/** Calls back whenever the status changes (after a grant); returns the unsubscribe. */
export function onSubscribeStatus(listener: (status: SubscribeStatus) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The template ids worth asking for: never those WeChat banned or filtered, nor an accepted long-term one; 3 at most. */
export function idsToAsk(status: SubscribeStatus | null): string[] {
  if (!status?.configured) return []
  const worth = (t: SubscribeTemplateView) => t.lastResult !== 'ban' && t.lastResult !== 'filter' && !(t.longTerm && t.accepted)
  // WeChat takes one-time and long-term ids in separate calls: ask for the kind of the first.
  const first = status.templates.find(worth)
  if (!first) return []
  return status.templates
    .filter((t) => worth(t) && t.longTerm === first.longTerm)
    .map((t) => t.templateId)
    .slice(0, 3)
}

/** H5 has no WeChat dialog: the local demo shows its own sheet, registered here by SubscribeSheet. */
type DemoConsent = (templateIds: string[]) => Promise<SubscribeAnswer>
let demoConsent: DemoConsent | null = null
export function setDemoConsent(handler: DemoConsent | null): void {
  demoConsent = handler
}

/** Starts the platform's consent for these ids: the WeChat dialog, or the H5 demo sheet. */
function requestConsent(tmplIds: string[]): Promise<SubscribeAnswer> {
  if (process.env.TARO_ENV === 'h5') {
    return demoConsent ? demoConsent(tmplIds) : Promise.resolve({})
  }
  // Called before any await of the tap handler: this line must stay synchronous. (entityIds is
  // Alipay's name for the ids; Taro's typings require it, WeChat ignores it.)
  return Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }).then((res) => {
    const answer: SubscribeAnswer = {}
    for (const [key, value] of Object.entries(res)) if (typeof value === 'string') answer[key] = value
    return answer
  })
}

/** Records an answer (only template ids count on the server); silent on failure. */
async function record(answer: Promise<SubscribeAnswer>): Promise<SubscribeStatus | null> {
  try {
    const results: SubscribeAnswer = {}
    for (const [key, value] of Object.entries(await answer))
      if (key !== 'errMsg' && typeof value === 'string') results[key] = value
    if (Object.keys(results).length === 0) return known
    return remember(await call('subscribe.grant', { results }))
  } catch {
    // Cancelled, refused or offline: the inbox still has every reminder. Nothing to say.
    return known
  }
}

/**
 * The inbox's "接收微信提醒" button: asks for every template worth asking. Call it first thing in
 * the tap handler, before any await.
 */
export function askFromInbox(): Promise<SubscribeStatus | null> {
  const ids = idsToAsk(known)
  if (ids.length === 0) return Promise.resolve(known)
  return record(requestConsent(ids))
}

/**
 * After a record is saved (the submit tap): asks only when no message is left to send with and
 * the person did not just refuse, so the dialog never becomes a nag. Call it synchronously in the
 * submit tap, before the save's await.
 */
export function askAfterRecord(): Promise<SubscribeStatus | null> {
  const status = known
  // H5 has no WeChat dialog: its demo sheet opens only from the inbox's button, never after a save.
  if (process.env.TARO_ENV === 'h5') return Promise.resolve(status)
  if (!status?.needsGrant || status.templates[0]?.lastResult === 'reject') return Promise.resolve(status)
  const ids = idsToAsk(status)
  if (ids.length === 0) return Promise.resolve(status)
  return record(requestConsent(ids))
}
