import type { Audited } from './common'
import type { MonthKey } from '../time'

/** One speech a cadre means to study: a catalogue entry, or a title typed by hand (speechId null). */
export interface StudyPlanItem {
  speechId: string | null
  title: string
}

/**
 * A cadre's optional self-study plan (制定自学计划) for one month: the speeches they mean to study,
 * in order. Never required and never compared with anyone's. One per person and month by
 * construction: its id is `studyPlanId(personId, month)`. An empty list means "no plan".
 */
export interface StudyPlan extends Audited {
  id: string
  personId: string
  month: MonthKey
  items: StudyPlanItem[]
}

/** The admin's suggested list for a month, offered to every cadre ("采用推荐清单"). */
export interface StudyPlanSuggestion {
  month: MonthKey
  items: StudyPlanItem[]
  updatedAt: string
  updatedBy: string
}
