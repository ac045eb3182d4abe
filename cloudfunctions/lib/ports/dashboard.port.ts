import type { FirstItemType, MeetingStatus, Person, RecordKind } from '../../../src/core/model'
import type { DayKey, MonthKey } from '../../../src/core/time'

// The dashboards' figures (issue 12), counted by the database: SQL GROUP BY on SQLite,
// aggregate().match().group() on CloudBase. Each answer is a list of groups, never the records;
// what a group means (≥ quota, compliant, overdue, the grade) is decided by the rules of src/core.

/** Which units to count: every unit (null), or these. */
export type UnitScope = readonly string[] | null

/** The people with a study quota (cadre, districtLeader) of a unit: active and visible. */
export interface CadreCount {
  unitId: string
  cadres: number
}

/** How many people of a unit reached `quota` self-studies (withdrawn ones aside) in a month. */
export interface StudyMetCount {
  unitId: string
  month: MonthKey
  met: number
}

/** How method records are broken down besides unit, kind and status. */
export type MethodSplit = 'unit' | 'person' | 'month'

/** Method records of a kind (and, for notes and lectures, a status) in the unit, and the person or month when asked. */
export interface MethodCount {
  unitId: string
  /** Set when split per person; null otherwise. */
  personId: string | null
  /** Set when split per month; null otherwise. */
  month: MonthKey | null
  kind: RecordKind
  /** details.status: a note's draft/submitted/published, a lecture's planned/given; null for other kinds. */
  status: string | null
  count: number
}

/**
 * Reflection notes sent to outlets: distinct notes with a live publicity item counted in the months
 * (`submitted`: any item, published or not; `published`: a published one), by unit (× person or × month).
 * The note's outlet state lives in its publicity items (issue 11), never on the note row.
 */
export interface NoteOutletCount {
  unitId: string
  personId: string | null
  month: MonthKey | null
  status: 'submitted' | 'published'
  count: number
}

/** Non-withdrawn meetings of a unit sharing status, day and first-item type. */
export interface MeetingTally {
  unitId: string
  status: MeetingStatus
  day: DayKey
  /** The first item's type, or null when there is none. */
  contentType: FirstItemType | null
  count: number
}

/** The score sheets of one observation: their number and the sum of their totals. */
export interface SheetTally {
  unitId: string
  observationId: string
  sheets: number
  sum: number
}

/** The aggregates behind the dashboards. Months are those of the period asked for. */
export interface DashboardFactsReader {
  /** People with a study quota per unit (units without any are absent). */
  cadreCounts(units: UnitScope): Promise<CadreCount[]>
  /** Per unit and month: people whose non-withdrawn self-studies that month reach `quota`. */
  studyMet(months: readonly MonthKey[], quota: number, units: UnitScope): Promise<StudyMetCount[]>
  /** Non-withdrawn, counted method records of the months, by unit (× person or × month) × kind × status. */
  methodCounts(months: readonly MonthKey[], units: UnitScope, split: MethodSplit): Promise<MethodCount[]>
  /** Notes with a live publicity item counted in the months (see NoteOutletCount). */
  noteOutletCounts(months: readonly MonthKey[], units: UnitScope, split: MethodSplit): Promise<NoteOutletCount[]>
  /** Non-withdrawn meetings of the months, by unit × status × day × first-item type. */
  meetingTallies(months: readonly MonthKey[], units: UnitScope): Promise<MeetingTally[]>
  /** Score sheets of the year's observations, by unit × observation. */
  sheetTallies(year: number, units: UnitScope): Promise<SheetTally[]>
  /** Every active, visible district leader (for the school-lecture x/2 of all of them together). */
  districtLeaders(): Promise<Person[]>
}
