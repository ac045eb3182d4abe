import type { Period } from '@/core/rules/agenda'
import { quarterOf } from '@/core/rules/agenda'
import { currentMonth } from '@/services/clock'

/** A period as page query parameters, so a drill-down opens on the period the reader chose. */
export function periodParams(p: Period): Record<string, string> {
  if (p.kind === 'month') return { period: 'month', month: p.month }
  if (p.kind === 'quarter') return { period: 'quarter', year: String(p.year), quarter: String(p.quarter) }
  return { period: 'year', year: String(p.year) }
}

/** The period in a page's query, or this month. */
export function periodFromParams(params: Partial<Record<string, string>>): Period {
  const month = currentMonth()
  const year = Number(params.year) || Number(month.slice(0, 4))
  if (params.period === 'year') return { kind: 'year', year }
  if (params.period === 'quarter') return { kind: 'quarter', year, quarter: Number(params.quarter) || quarterOf(month) }
  return { kind: 'month', month: params.month && /^\d{4}-\d{2}$/.test(params.month) ? params.month : month }
}
