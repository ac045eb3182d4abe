import type { Meeting } from '../model/meeting'
import type { ModelNomination } from '../model/models'
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
 * Everything the planner reads, as plain data shaped from the stored models. The scheduler passes
 * one batch of whole units' people at a time with the district-wide facts: every rule relates a
 * recipient only to their own facts, their unit's people, or district-wide facts (meetings,
 * observations, groups), and a recipient outside the batch gets nothing from it.
 */
export interface ReminderFacts {
  units: ReadonlyArray<Pick<Unit, 'id' | 'name' | 'active'>>
  people: readonly PersonFact[]
  /** The admin's quotas per year; a year without a row uses the notice's defaults (rules/methods quotasFor). */
  yearQuotas: ReadonlyArray<Pick<YearQuota, 'year' | 'speechesPerMonth' | 'lecturesPerYear'>>
  /** Self-study records of this month and last month, withdrawn ones included (they do not count). */
  studies: ReadonlyArray<Pick<StudyRecord, 'personId' | 'speechId' | 'title' | 'studiedOn' | 'withdrawnAt'>>
  /**
   * Active self-study counts per person and month, counted by the store (the scheduler's loader
   * gives these instead of records). A person's count for a month is the active records among
   * `studies` plus their entry here; a record is never given both ways.
   */
  studyCounts?: ReadonlyArray<{ personId: string; month: MonthKey; count: number }>
  /** Optional plans; absent or empty when nobody made one. */
  studyPlans?: readonly StudyPlanFact[]
  /**
   * This month's records of the people with a plan, only to find their next planned speech when
   * the counts come from `studyCounts` (never counted: that would count a record twice).
   */
  planStudies?: ReadonlyArray<Pick<StudyRecord, 'personId' | 'speechId' | 'title' | 'studiedOn' | 'withdrawnAt'>>
  /** Method records of this year (only lectures matter), withdrawn ones included. */
  records: ReadonlyArray<Pick<MethodRecord, 'personId' | 'kind' | 'year' | 'counted' | 'withdrawnAt'>>
  /** Counted, active lectures per person and year, counted by the store (added to those among `records`). */
  lectureCounts?: ReadonlyArray<{ personId: string; year: number; count: number }>
  meetings: ReadonlyArray<
    Pick<Meeting, 'id' | 'unitId' | 'kind' | 'day' | 'startsAt' | 'status' | 'withdrawnAt' | 'firstItem' | 'completedAt'>
  >
  observations: ReadonlyArray<Pick<Observation, 'id' | 'unitId' | 'groupId' | 'status' | 'day'>>
  groups: ReadonlyArray<Pick<ObservationGroup, 'id' | 'memberIds' | 'active'>>
  sheets: ReadonlyArray<Pick<ScoreSheet, 'observationId'>>
  /** Feedback sent, one per observation (its id is the observation's id). */
  rectifications: ReadonlyArray<Pick<Rectification, 'id' | 'unitId' | 'status' | 'deadline'>>
  /** Model-example nominations waiting for review (state nominated), district-wide; absent: none. */
  nominations?: ReadonlyArray<Pick<ModelNomination, 'id' | 'kind' | 'year' | 'subjectName' | 'state' | 'createdAt'>>
}
