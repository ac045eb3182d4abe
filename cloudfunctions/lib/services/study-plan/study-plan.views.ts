import { z } from 'zod'
import type { PlanProgressView, StudyPlanView, SuggestionView } from '../../../../src/core/contract'
import type { StudyPlan, StudyPlanItem, StudyRecord } from '../../../../src/core/model'
import { planMonthOpen, planProgress } from '../../../../src/core/rules/study-plan'
import type { MonthKey } from '../../../../src/core/time'
import type { StoredSetting } from '../../ports/settings.port'

// Views of plans and suggestions, shared by the study-plan actions and the home.

const storedItems = z.object({
  items: z.array(z.object({ speechId: z.string().nullable(), title: z.string() }))
})

/** The suggested items stored under a settings key; an unreadable value counts as none. */
export function suggestedItems(setting: StoredSetting | null): StudyPlanItem[] {
  const parsed = storedItems.safeParse(setting?.value)
  return parsed.success ? parsed.data.items : []
}

/** Planned vs studied and the next planned speech, or null without a plan. */
export function planProgressOf(
  plan: StudyPlan | null,
  studies: readonly StudyRecord[],
  month: MonthKey
): PlanProgressView | null {
  const p = planProgress(plan, studies, month)
  return p && { planned: p.planned, studied: p.studied, next: p.next }
}

/** What `studyPlan.get` and `studyPlan.save` answer. */
export function studyPlanView(
  month: MonthKey,
  currentMonth: MonthKey,
  plan: StudyPlan | null,
  studies: readonly StudyRecord[],
  suggestion: StoredSetting | null
): StudyPlanView {
  const progress = planProgress(plan, studies, month)
  const suggested = suggestedItems(suggestion)
  return {
    month,
    currentMonth,
    editable: planMonthOpen(month, currentMonth),
    plan:
      plan && progress
        ? { items: plan.items.map((item, i) => ({ ...item, done: progress.done[i] })), updatedAt: plan.updatedAt }
        : null,
    progress: progress && { planned: progress.planned, studied: progress.studied, next: progress.next },
    suggestion: suggestion && suggested.length ? { items: suggested, updatedAt: suggestion.updatedAt } : null
  }
}

/** What the suggestion actions answer. */
export function suggestionView(month: MonthKey, currentMonth: MonthKey, setting: StoredSetting | null): SuggestionView {
  const items = suggestedItems(setting)
  return { month, currentMonth, items, updatedAt: items.length && setting ? setting.updatedAt : null }
}
