import { useState } from 'react'
import type { OutputOf } from '@/core/contract'
import type { MonthKey } from '@/core/time'
import { call } from '@/services/api'
import { useQuery, type QueryState } from './useQuery'

export type StudyMonth = OutputOf<'study.month'>

/** The caller's self-study of one month (default: this month), with a month switcher state. */
export function useStudyMonth(
  enabled: boolean
): QueryState<StudyMonth> & { month: MonthKey | null; setMonth: (m: MonthKey) => void } {
  const [month, setMonth] = useState<MonthKey | null>(null)
  const query = useQuery(() => call('study.month', month ? { month } : {}), [month], enabled)
  return { ...query, month: month ?? query.data?.month ?? null, setMonth }
}
