import type { Meeting } from '../model/meeting'
import type { MethodRecord, YearQuota } from '../model/methods'
import type { Observation, ObservationGroup, Rectification, ScoreSheet } from '../model/observation'
import type { Unit } from '../model/roster'
import type { StudyRecord } from '../model/study'
import type { MonthKey } from '../time'
import type { PersonFact } from './model'

/**
 * A cadre's optional self-study plan (制定自学计划) for a month: the speeches they mean to study, in
 * order. Never required and never compared; it only lets a reminder name the next one.
 */
export interface StudyPlanFact {
  personId: string
  month: MonthKey
  items: ReadonlyArray<{ speechId: string | null; title: string }>
}

/**
 * Everything the planner reads, as plain data shaped from the stored models. The scheduler may pass
 * one batch of units at a time: every rule only relates facts of the same unit, person or observation.
 */
export interface ReminderFacts {
  units: ReadonlyArray<Pick<Unit, 'id' | 'name' | 'active'>>
  people: readonly PersonFact[]
  /** The admin's quotas per year; a year without a row uses the notice's defaults (rules/methods quotasFor). */
  yearQuotas: ReadonlyArray<Pick<YearQuota, 'year' | 'speechesPerMonth' | 'lecturesPerYear'>>
  /** Self-study records of this month and last month, withdrawn ones included (they do not count). */
  studies: ReadonlyArray<Pick<StudyRecord, 'personId' | 'speechId' | 'title' | 'studiedOn' | 'withdrawnAt'>>
  /** Optional plans; absent or empty when nobody made one. */
  studyPlans?: readonly StudyPlanFact[]
  /** Method records of this year (only lectures matter), withdrawn ones included. */
  records: ReadonlyArray<Pick<MethodRecord, 'personId' | 'kind' | 'year' | 'counted' | 'withdrawnAt'>>
  meetings: ReadonlyArray<
    Pick<Meeting, 'id' | 'unitId' | 'kind' | 'day' | 'startsAt' | 'status' | 'withdrawnAt' | 'firstItem' | 'completedAt'>
  >
  observations: ReadonlyArray<Pick<Observation, 'id' | 'unitId' | 'groupId' | 'status' | 'day'>>
  groups: ReadonlyArray<Pick<ObservationGroup, 'id' | 'memberIds' | 'active'>>
  sheets: ReadonlyArray<Pick<ScoreSheet, 'observationId'>>
  /** Feedback sent, one per observation (its id is the observation's id). */
  rectifications: ReadonlyArray<Pick<Rectification, 'id' | 'unitId' | 'status' | 'deadline'>>
}
