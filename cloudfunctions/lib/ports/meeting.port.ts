import type { Attendance, Classic, Meeting } from '../../../src/core/model'

// Repositories of committee meetings and their first agenda item (SPEC §1), shaped by what the
// meeting services ask: a unit's meetings of a year, the district's meetings of a year (coverage),
// a meeting's attendance, the classic-texts catalogue.

export interface MeetingRepository {
  get(id: string): Promise<Meeting | null>
  insert(meeting: Meeting): Promise<void>
  /** Replaces the stored meeting with the same id. */
  update(meeting: Meeting): Promise<void>
  /** A unit's meetings whose district year is `year` (withdrawn included), latest start first. */
  listByUnit(unitId: string, year: number): Promise<Meeting[]>
  /** Every unit's meetings of a district year (withdrawn included), latest start first. */
  listByYear(year: number): Promise<Meeting[]>
}

export interface AttendanceRepository {
  get(id: string): Promise<Attendance | null>
  /** Creates or replaces the row of (meeting, person): presence is flipped, never deleted. */
  put(attendance: Attendance): Promise<void>
  /** A meeting's rows, oldest mark first. */
  listByMeeting(meetingId: string): Promise<Attendance[]>
}

export interface ClassicRepository {
  /** All entries in the order the admin added them (volumes stay in order). */
  list(): Promise<Classic[]>
  get(id: string): Promise<Classic | null>
  insert(classic: Classic): Promise<void>
  update(classic: Classic): Promise<void>
}

/** The meeting repositories as they appear in `Repositories`. */
export interface MeetingRepositories {
  meetings: MeetingRepository
  attendance: AttendanceRepository
  classics: ClassicRepository
}
