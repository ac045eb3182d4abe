import { meetingClock } from '../rules/agenda'
import { dayOf } from '../time'

// The values of a WeChat subscribe message. The platform refuses a whole message (errcode 47003)
// when one value breaks its field's rule, so every value goes through this formatter.
// Rules: https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
// ("订阅消息参数值内容限制说明": thing 20 个以内字符; phrase 5 个以内纯汉字; time 24 小时制,
// 例如 2019年10月1日 15:01; date 年月日). An empty value is refused too ("value is empty").

export const THING_MAX = 20
export const PHRASE_MAX = 5
const ELLIPSIS = '…'

/** The field kinds the reminder templates use; a template key is the kind plus a number (`thing1`). */
export type FieldKind = 'thing' | 'phrase' | 'time' | 'date'
export type FieldKey = `${FieldKind}${number}`

/** Trims and folds whitespace (newlines included) into single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A `thing` value: at most 20 characters (code points), cut with "…" when longer, never empty. */
export function thing(text: string): string {
  const chars = Array.from(squash(text))
  if (chars.length === 0) return '无'
  return chars.length <= THING_MAX ? chars.join('') : chars.slice(0, THING_MAX - 1).join('') + ELLIPSIS
}

/**
 * A `phrase` value: Chinese characters only, at most 5. Cut without "…", which is not a Chinese
 * character and would make the value invalid; `fallback` when nothing is left.
 */
export function phrase(text: string, fallback = '待办'): string {
  const han = Array.from(text).filter((c) => /\p{Script=Han}/u.test(c))
  return han.length === 0 ? fallback : han.slice(0, PHRASE_MAX).join('')
}

/** A `date` value in China time: `2026年11月20日`. */
export function date(at: Date): string {
  const [y, m, d] = dayOf(at).split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

/** A `time` value in China time, 24-hour clock with the date: `2026年11月20日 09:05`. */
export function time(at: Date): string {
  return `${date(at)} ${meetingClock(at.toISOString())}`
}

/** One field's value by the kind its key names. */
export function fieldValue(key: FieldKey, value: string | Date): string {
  if (key.startsWith('time') || key.startsWith('date')) {
    const at = value instanceof Date ? value : new Date(value)
    return key.startsWith('time') ? time(at) : date(at)
  }
  const text = value instanceof Date ? date(value) : value
  return key.startsWith('phrase') ? phrase(text) : thing(text)
}

/** The `data` of subscribeMessage.send: `{ thing1: { value } , … }`, every value within its rule. */
export function templateData(values: Partial<Record<FieldKey, string | Date>>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  for (const [key, value] of Object.entries(values) as Array<[FieldKey, string | Date | undefined]>) {
    if (value !== undefined) out[key] = { value: fieldValue(key, value) }
  }
  return out
}
