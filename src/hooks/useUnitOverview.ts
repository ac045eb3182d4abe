import { useState } from 'react'
import type { OutputOf } from '@/core/contract'
import type { MonthKey } from '@/core/time'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { useQuery } from './useQuery'

export type UnitOverview = OutputOf<'unit.studyOverview'>

/** The units the caller may open, the chosen unit and month, and that unit's overview. */
export function useUnitOverview() {
  const thisMonth = currentMonth()
  const [month, setMonth] = useState<MonthKey>(thisMonth)
  const [unitId, setUnitId] = useState<string | null>(null)
  const options = useQuery(() => call('unit.options', {}), [])
  const overview = useQuery(() => call('unit.studyOverview', unitId ? { month, unitId } : { month }), [month, unitId])
  return { thisMonth, month, setMonth, unitId: unitId ?? overview.data?.unit.id ?? null, setUnitId, options, overview }
}
