import type { PlanItemView } from '@/core/contract'
import { MAX_PLAN_ITEMS, planItemsProblem } from '@/core/rules/study-plan'

// The plan editor's list moves, pure so they are tested without a page; and the record form's
// pre-fill from a planned speech (a query string both ends agree on).

/** A change to the list, or why it cannot be made (a Chinese message for the `items` field). */
export type ListChange = { items: PlanItemView[] } | { problem: { field: 'items'; message: string } }

/** Adds an item at the end unless it is already planned or the list is full. */
export function addItem(items: readonly PlanItemView[], item: PlanItemView): ListChange {
  if (items.length >= MAX_PLAN_ITEMS) return { problem: { field: 'items', message: `自学计划最多 ${MAX_PLAN_ITEMS} 篇` } }
  const next = [...items, { speechId: item.speechId, title: item.title.trim() }]
  if (!next[next.length - 1].title) return { problem: { field: 'items', message: '请填写讲话标题' } }
  if (planItemsProblem(next)) return { problem: { field: 'items', message: `“${item.title.trim()}”已在计划中` } }
  return { items: next }
}

/** Moves the item at i up (-1) or down (+1); the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta
  if (i < 0 || i >= items.length || j < 0 || j >= items.length) return [...items]
  const next = [...items]
  ;[next[i], next[j]] = [next[j], next[i]]
  return next
}

/** The list without the item at i. */
export function removeItem<T>(items: readonly T[], i: number): T[] {
  return items.filter((_, k) => k !== i)
}

/**
 * "采用推荐清单": the suggested speeches not yet planned are added after the cadre's own, up to the
 * limit; nothing the cadre chose is dropped. Returns the list and how many were added.
 */
export function adoptSuggestion(
  items: readonly PlanItemView[],
  suggested: readonly PlanItemView[]
): { items: PlanItemView[]; added: number } {
  let out = items.map(({ speechId, title }) => ({ speechId, title }))
  let added = 0
  for (const item of suggested) {
    const change = addItem(out, item)
    if ('items' in change) {
      out = change.items
      added++
    }
  }
  return { items: out, added }
}

/** The record form's query for a planned speech: the catalogue id, or the typed title. */
export function prefillQuery(item: PlanItemView): Record<string, string> {
  return item.speechId ? { speechId: item.speechId, title: item.title } : { title: item.title }
}

/** What the record form should start with, from its page parameters (null: no pre-fill). */
export function prefillOf(params: Record<string, string | undefined>): PlanItemView | null {
  const decode = (v: string | undefined) => {
    if (!v) return ''
    try {
      return decodeURIComponent(v).trim()
    } catch {
      return v.trim()
    }
  }
  const title = decode(params.title)
  const speechId = decode(params.speechId)
  if (!title) return null
  return { speechId: speechId || null, title }
}
