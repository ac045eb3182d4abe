import { z } from 'zod'
import { AppError } from './errors'

/**
 * Parses input with a schema; the first problem becomes a VALIDATION error naming its field.
 * Used by the router and by forms before they send.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue.path.join('.')
  const message =
    issue.code === 'invalid_type' && issue.received === 'undefined' ? requiredMessage(issue.message, field) : issue.message
  throw new AppError('VALIDATION', message, field ? { field } : {})
}

// zod's own default text is English ("Required"); a schema without its own message falls back here.
function requiredMessage(message: string, field: string): string {
  return /^[\x00-\x7f]*$/.test(message) ? `缺少必填项${field ? `：${field}` : ''}` : message
}

/** Chinese fallback for any schema that did not give its own message. */
export const chineseErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      return { message: issue.received === 'undefined' ? '缺少必填项' : '格式不对' }
    case 'too_small':
      return { message: '内容太短或数值太小' }
    case 'too_big':
      return { message: '内容太长或数值太大' }
    case 'invalid_enum_value':
      return { message: '选项无效' }
    case 'unrecognized_keys':
      return { message: `不认识的字段：${issue.keys.join('、')}` }
    default:
      return { message: ctx.defaultError && '输入无效' }
  }
}

// Global, so it is the lowest-precedence map: a schema's own message always wins over it.
z.setErrorMap(chineseErrorMap)
