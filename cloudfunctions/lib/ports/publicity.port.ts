import type { PublicityCount, PublicityItem, PublicityKind, PublicityStatus, PublicitySubjectKind } from '../../../src/core/model'
import type { Page } from './store.port'

// Publicity items (issue 11): lists of one person's, one unit's or the district's items with
// filters, the items of given records (a note's outlets), and the counts per unit and per outlet
// of a month or a year, aggregated by the database (never by reading every item).

/** Which live items a list returns: every field given must match. */
export interface PublicityFilter {
  personId?: string
  unitId?: string
  outletId?: string
  kind?: PublicityKind
  status?: PublicityStatus
  /** The counted month (`YYYY-MM`) or year. */
  month?: string
  year?: number
}

/** A count's period: the month or the year an item counts in (its `countedOn`). */
export type PublicityPeriod = { month: string } | { year: number }

export interface PublicityRepository {
  get(id: string): Promise<PublicityItem | null>
  insert(item: PublicityItem): Promise<void>
  /** Replaces the stored item with the same id. */
  update(item: PublicityItem): Promise<void>
  /** Live items matching the filter, latest counted day first (then id), one page. */
  list(filter: PublicityFilter, offset: number, limit: number): Promise<Page<PublicityItem>>
  /** Every item about one of these records (withdrawn included), in id order. */
  listBySubjects(kind: PublicitySubjectKind, subjectIds: readonly string[]): Promise<PublicityItem[]>
  /**
   * Live items of the period counted per unit or per outlet, by status, in key order (only keys
   * with an item); `unitId` keeps one unit's items.
   */
  counts(by: 'unitId' | 'outletId', period: PublicityPeriod, unitId?: string): Promise<PublicityCount[]>
}

export interface PublicityRepositories {
  publicity: PublicityRepository
}
