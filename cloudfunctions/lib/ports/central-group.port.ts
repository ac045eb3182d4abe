import type { CentralGroupMembers, CentralGroupPlan, StudySession } from '../../../src/core/model'
import type { DayKey } from '../../../src/core/time'

// Repositories of the units' central study groups (中心组学习, issue 10), shaped by what the
// session services ask and what observation planning will ask next: a unit's sessions of a year,
// and the sessions of a unit, an area, a member or the whole district in a date window.

/** Whose sessions a window query returns. */
export type SessionScope = { unitId: string } | { areaId: string } | { memberId: string } | { district: true }

export interface StudySessionRepository {
  get(id: string): Promise<StudySession | null>
  insert(session: StudySession): Promise<void>
  /** Replaces the stored session with the same id. */
  update(session: StudySession): Promise<void>
  /** A unit's sessions whose district year is `year` (withdrawn included), earliest start first. */
  listByUnit(unitId: string, year: number): Promise<StudySession[]>
  /** Sessions of the scope whose district day lies in [from, to] (withdrawn included), earliest start first. */
  listInWindow(scope: SessionScope, from: DayKey, to: DayKey): Promise<StudySession[]>
  /** The sessions with these ids that exist (observation lists name their sessions), earliest start first. */
  listByIds(ids: readonly string[]): Promise<StudySession[]>
}

export interface CentralGroupRepositories {
  /** One membership per unit, read and replaced whole by unit id. */
  groupMembers: {
    get(unitId: string): Promise<CentralGroupMembers | null>
    put(members: CentralGroupMembers): Promise<void>
  }
  /** One plan per unit and year (id `${unitId}.${year}`), replaced whole. */
  groupPlans: {
    get(unitId: string, year: number): Promise<CentralGroupPlan | null>
    put(plan: CentralGroupPlan): Promise<void>
  }
  studySessions: StudySessionRepository
}

/** The id of a unit's plan of a year: deterministic, so a unit has one plan a year by construction. */
export const groupPlanId = (unitId: string, year: number): string => `${unitId}.${year}`
