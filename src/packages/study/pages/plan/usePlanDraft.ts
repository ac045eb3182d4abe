import { useEffect, useState } from 'react'
import type { PlanItemView, StudyPlanView } from '@/core/contract'

/** The list as edited on the page, starting from (and reset to) what the server holds. */
export function usePlanDraft(data: StudyPlanView | null) {
  const [items, setItems] = useState<PlanItemView[]>([])
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    setItems(data?.plan?.items.map(({ speechId, title }) => ({ speechId, title })) ?? [])
    setDirty(false)
  }, [data])
  return {
    items,
    dirty,
    change: (next: PlanItemView[]) => {
      setItems(next)
      setDirty(true)
    }
  }
}
