import { z } from 'zod'
import { cleanText } from '../text'
import { isDayKey, isMonthKey } from '../time'

// Field builders: each takes the Chinese label so every message names its field. Free text is
// cleaned here, once, before it is trimmed and measured: no action sees a control or bidi
// character (see `cleanText`), and text made only of them counts as empty.

/** A string with control and bidi characters stripped, then trimmed. */
function cleanString(invalidType: string, required?: string) {
  return z
    .string({ invalid_type_error: invalidType, ...(required ? { required_error: required } : {}) })
    .transform((v) => cleanText(v).trim())
}

/** Required text, cleaned, trimmed, 1..max characters. */
export function text(label: string, max = 100) {
  return cleanString(`${label}应为文字`, `请填写${label}`).pipe(
    z.string().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`)
  )
}

/** Optional text, cleaned and trimmed: empty or missing becomes null. */
export function optionalText(label: string, max = 500) {
  return cleanString(`${label}应为文字`)
    .pipe(z.string().max(max, `${label}不能超过${max}个字`))
    .nullish()
    .transform((v) => (v ? v : null))
}

/** An id of a stored record. */
export function id(label: string) {
  return z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}无效` })
    .trim()
    .min(1, `请选择${label}`)
    .max(64, `${label}无效`)
}

/** Mainland mobile number. */
export function phone(label = '手机号') {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}应为文字` })
    .trim()
    .regex(/^1[3-9]\d{9}$/, `${label}应为11位手机号码`)
}

/** A calendar day `YYYY-MM-DD`. */
export function day(label: string) {
  return z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式不对` })
    .trim()
    .refine(isDayKey, `${label}格式不对，应为“年-月-日”，如 2026-11-30`)
}

/** A calendar month `YYYY-MM`. */
export function month(label: string) {
  return z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式不对` })
    .trim()
    .refine(isMonthKey, `${label}格式不对，应为“年-月”，如 2026-11`)
}

/** A wall-clock time `HH:mm` in China time. */
export function clockTime(label: string) {
  return z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式不对` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式不对，应为“时:分”，如 09:30`)
}

/** An optional web link. */
export function optionalLink(label: string) {
  return cleanString(`${label}应为文字`)
    .pipe(z.string().max(500, `${label}不能超过500个字符`))
    .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), `${label}应以 http:// 或 https:// 开头`)
    .nullish()
    .transform((v) => (v ? v : null))
}

/** An optional whole number in a range. */
export function optionalInt(label: string, min: number, max: number, unit = '') {
  return z
    .number({ invalid_type_error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于${min}${unit}`)
    .max(max, `${label}不能超过${max}${unit}`)
    .nullish()
    .transform((v) => (v === undefined ? null : v))
}

/** Paging for lists. */
export const paging = {
  offset: z.number({ invalid_type_error: '分页参数无效' }).int().min(0, '分页参数无效').default(0),
  limit: z.number({ invalid_type_error: '分页参数无效' }).int().min(1, '分页参数无效').max(200, '每页最多200条').default(50)
}

/** A page of items and the total that matched. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number() })
}
