import type { StudyPlan } from '../../../src/core/model'
import type { MonthKey } from '../../../src/core/time'

/** Self-study plans, one document per person and month (`studyPlanId`), so a plan is never doubled. */
export interface StudyPlanRepository {
  /** The person's plan for the month, or null. */
  get(personId: string, month: MonthKey): Promise<StudyPlan | null>
  /** Creates or replaces the plan under its id (an empty item list is kept: it means "no plan"). */
  put(plan: StudyPlan): Promise<void>
  /**
   * The month's plans of these people (those who have one), in no particular order: one query per
   * 500 people, for the reminders job's batches (never a query per person).
   */
  listByMonth(month: MonthKey, personIds: readonly string[]): Promise<StudyPlan[]>
}
