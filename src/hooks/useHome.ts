import { useState } from 'react'
import type { OutputOf } from '@/core/contract'
import type { MonthKey } from '@/core/time'
import { call } from '@/services/api'
import { loadHome, type HomeData } from '@/services/home'
import { useQuery, type QueryState } from './useQuery'

export type { HomeData }
export type StudyMonth = OutputOf<'study.month'>

export interface HomeState {
  home: QueryState<HomeData>
  /** The self-study month on screen: this month from `home.get`, or an earlier one the user opened. */
  study: QueryState<StudyMonth>
  setMonth: (month: MonthKey) => void
  /** Reloads what is on screen (back from a form, after a withdrawal). */
  reload: () => Promise<void>
}

/**
 * The home's data in one call (`home.get`, which also answers the session), plus `study.month`
 * only when the user opens another month.
 */
export function useHome(): HomeState {
  const [month, setMonthState] = useState<MonthKey | null>(null)
  const home = useQuery(async () => {
    const data = await loadHome()
    // Not signed in: the session has sent the user to login; nothing to show.
    if (!data) throw new Error('请先登录')
    return data
  }, [])
  const other = useQuery(() => call('study.month', { month: month as MonthKey }), [month], month !== null)
  const current = home.data?.month ?? null
  const study: QueryState<StudyMonth> = month === null ? { ...home, data: current, reload: home.reload } : other
  return {
    home,
    study,
    // Back to this month: `home.get` already holds it.
    setMonth: (m) => setMonthState(current && m === current.currentMonth ? null : m),
    reload: async () => {
      await Promise.all(month === null ? [home.reload()] : [home.reload(), other.reload()])
    }
  }
}
