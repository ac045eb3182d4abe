import type { MethodRecord, Outlet, RecordKind, School, StoredFile, YearQuota } from '../../../src/core/model'

// Repositories of the study methods (SPEC §2) beyond the self-study check-in, shaped by what the
// methods services ask: a person's records by kind and period, a unit's counts, a meeting's records.

/** Which of a person's records to list. */
export interface RecordQuery {
  personId: string
  kind?: RecordKind | null
  /** `YYYY-MM`: records whose date is in that month. */
  month?: string | null
  /** Records whose date is in that year (ignored when month is given). */
  year?: number | null
  /** Withdrawn records are left out unless asked. */
  includeWithdrawn?: boolean
  /** At most this many (newest first); all when absent. */
  limit?: number
}

/** Which of a unit's records to list. */
export interface UnitRecordQuery {
  unitId: string
  year: number
  month?: string | null
  kind?: RecordKind | null
  personId?: string | null
}

/** personId → kind → count of counted, non-withdrawn records. */
export type KindCounts = Map<string, Partial<Record<RecordKind, number>>>

export interface MethodRecordRepository {
  get(id: string): Promise<MethodRecord | null>
  insert(record: MethodRecord): Promise<void>
  /** Replaces the stored record with the same id. */
  update(record: MethodRecord): Promise<void>
  /** Newest date first, then newest createdAt, then id descending. */
  listByPerson(query: RecordQuery): Promise<MethodRecord[]>
  /** Non-withdrawn records of a unit in a period, newest first. */
  listByUnit(query: UnitRecordQuery): Promise<MethodRecord[]>
  /** Counted, non-withdrawn records of a unit's people in a year (or a month of it), by person and kind. */
  countByUnit(unitId: string, year: number, month?: string | null): Promise<KindCounts>
  /** Every record (withdrawn included) a meeting produced, oldest first. */
  listBySourceMeeting(meetingId: string): Promise<MethodRecord[]>
  /** Every lecture record (withdrawn included) at a school (`details.schoolId`), oldest first: for a merge. */
  listLecturesAtSchool(schoolId: string): Promise<MethodRecord[]>
}

export interface OutletRepository {
  /** All outlets, by name then id. */
  list(): Promise<Outlet[]>
  get(id: string): Promise<Outlet | null>
  insert(outlet: Outlet): Promise<void>
  update(outlet: Outlet): Promise<void>
}

export interface SchoolRepository {
  /** All schools, by name then id. */
  list(): Promise<School[]>
  get(id: string): Promise<School | null>
  insert(school: School): Promise<void>
  update(school: School): Promise<void>
}

export interface QuotaRepository {
  /** The quotas the admin set for a year, or null (defaults apply). */
  get(year: number): Promise<YearQuota | null>
  /** Every year the admin set, newest first. */
  list(): Promise<YearQuota[]>
  /** Creates or replaces the year's quotas. */
  put(quota: YearQuota): Promise<void>
}

export interface FileRepository {
  get(id: string): Promise<StoredFile | null>
  insert(file: StoredFile): Promise<void>
  update(file: StoredFile): Promise<void>
  /** Deletes the file's row (its bytes are the files port's); nothing happens when it is gone. */
  remove(id: string): Promise<void>
  /**
   * Files attached to nothing (`recordId` null) registered before `before` (ISO), oldest first then
   * by id, at most `limit` (≤ 1000). Indexed on both stores.
   */
  listUnattachedBefore(before: string, limit: number): Promise<StoredFile[]>
}

/** The methods repositories as they appear in `Repositories`. */
export interface MethodsRepositories {
  methodRecords: MethodRecordRepository
  outlets: OutletRepository
  schools: SchoolRepository
  quotas: QuotaRepository
  files: FileRepository
}
