import type {
  Observation,
  ObservationDraw,
  ObservationGroup,
  Rectification,
  RectificationStatus,
  Rubric,
  ScoreSheet
} from '../../../src/core/model'
import type { DayKey } from '../../../src/core/time'
import type { Page } from './store.port'

// Repositories of the observation of central-group study (SPEC §3), shaped by what the
// observation services ask. Groups, rubric versions and draws are few; observations, sheets and
// rectifications are queried by group, unit or year.

export interface ObservationGroupRepository {
  get(id: string): Promise<ObservationGroup | null>
  /** All groups, by name then id. */
  list(): Promise<ObservationGroup[]>
  /** Groups the person belongs to (leaders are members), by name then id. */
  listByMember(personId: string): Promise<ObservationGroup[]>
  insert(group: ObservationGroup): Promise<void>
  update(group: ObservationGroup): Promise<void>
}

export interface RubricRepository {
  /** Published versions, newest (highest) first. Version 1 (the default) is built in, not stored. */
  list(): Promise<Rubric[]>
  get(version: number): Promise<Rubric | null>
  /** Fails when the version exists (two admins publishing at once cannot both win). */
  insert(rubric: Rubric): Promise<void>
}

export interface ObservationRepository {
  get(id: string): Promise<Observation | null>
  insert(observation: Observation): Promise<void>
  update(observation: Observation): Promise<void>
  /** Observations assigned to any of the groups, newest session first. */
  listByGroups(groupIds: string[]): Promise<Observation[]>
  /** Every observation of a unit, newest session first. */
  listByUnit(unitId: string): Promise<Observation[]>
  /** Every observation whose session is in the district year, newest session first. */
  listByYear(year: number): Promise<Observation[]>
  /** 相互: the observations the person observes as one of the partner unit's chosen people, newest session first. */
  listByPartnerMember(personId: string): Promise<Observation[]>
}

export interface ObservationDrawRepository {
  get(id: string): Promise<ObservationDraw | null>
  insert(draw: ObservationDraw): Promise<void>
  /** Draws whose sessions are in the district year, newest first. */
  listByYear(year: number): Promise<ObservationDraw[]>
}

export interface ScoreSheetRepository {
  get(id: string): Promise<ScoreSheet | null>
  insert(sheet: ScoreSheet): Promise<void>
  update(sheet: ScoreSheet): Promise<void>
  /** The sheets of one session, oldest submission first. */
  listByObservation(observationId: string): Promise<ScoreSheet[]>
  /** Sheets of the given sessions, oldest submission first (lists show session scores). */
  listByObservations(observationIds: string[]): Promise<ScoreSheet[]>
  /** Sheets of the sessions of one district year. */
  listByYear(year: number): Promise<ScoreSheet[]>
}

/** The supervision list's filters (意识形态专题督查): every one optional, all of them together. */
export interface RectificationSearch {
  /** The district year of the observed sessions. */
  year: number | null
  /** Only these units' (an area's units); null for every unit. */
  unitIds: readonly string[] | null
  statuses: readonly RectificationStatus[] | null
  /** Only those whose deadline is before this day (with open/returned: the overdue ones). */
  deadlineBefore: DayKey | null
  offset: number
  limit: number
}

export interface RectificationRepository {
  /** By the observation's id (one feedback per observation). */
  get(observationId: string): Promise<Rectification | null>
  insert(rectification: Rectification): Promise<void>
  update(rectification: Rectification): Promise<void>
  /** Feedback of the given observations. */
  listByObservations(observationIds: string[]): Promise<Rectification[]>
  /** Feedback of the sessions of one district year. */
  listByYear(year: number): Promise<Rectification[]>
  /** One page of the matches, earliest deadline first then by id, and how many match: filtered and paged by the store. */
  search(query: RectificationSearch): Promise<Page<Rectification>>
}

/** The observation repositories as they appear in `Repositories`. */
export interface ObservationRepositories {
  observationGroups: ObservationGroupRepository
  rubrics: RubricRepository
  observations: ObservationRepository
  observationDraws: ObservationDrawRepository
  scoreSheets: ScoreSheetRepository
  rectifications: RectificationRepository
}
