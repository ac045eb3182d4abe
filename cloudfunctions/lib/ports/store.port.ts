import type { CentralGroupRepositories } from './central-group.port'
import type { DashboardFactsReader } from './dashboard.port'
import { AppError } from '../../../src/core/contract'
import type {
  Area,
  AuditEntry,
  IdempotencyEntry,
  ImportBatch,
  ImportJob,
  OneTimeCode,
  Person,
  Speech,
  StudyRecord,
  Unit
} from '../../../src/core/model'
import type { OpenIdBindingRepository } from './bindings.port'
import type { MeetingRepositories } from './meeting.port'
import type { MethodsRepositories } from './methods.port'
import type { ObservationRepositories } from './observation.port'
import type { InboxRepository } from './inbox.port'
import type { RemindersRepositories } from './reminders.port'
import type { SettingsRepository } from './settings.port'
import type { StudyPlanRepository } from './study-plan.port'
import type { OutboxRepository } from './outbox.port'
import type { SubscribeGrantRepository } from './subscribe.port'
import type { UploadUsageRepository } from './uploads.port'

// The store port: repositories shaped by what the services ask, not a generic query language.
// Every method is async so the CloudBase adapter can implement it; ids are chosen by the caller.

/**
 * A write hit a key someone else holds: an existing id (insert) or a unique index (see the
 * adapters' index lists). Inside a transaction the transaction is then aborted: catch it only to
 * throw a clearer error (a service names the field); uncaught, the caller gets this CONFLICT.
 */
export class DuplicateKeyError extends AppError {
  constructor(
    readonly collection: string,
    /** The index that refused the write, when the database says (`_id_` for the id). */
    readonly index: string | null
  ) {
    super('CONFLICT', '这条记录已经存在，请刷新后再试')
    this.name = 'DuplicateKeyError'
  }
}

/** A page of results and how many matched in all. */
export interface Page<T> {
  items: T[]
  total: number
}

export interface AreaRepository {
  /** All areas, in the admin's order (src/core/rules/order.ts byAdminOrder). */
  list(): Promise<Area[]>
  get(id: string): Promise<Area | null>
  insert(area: Area): Promise<void>
  /** Replaces the stored area with the same id. */
  update(area: Area): Promise<void>
}

export interface UnitRepository {
  /** All units (active or not), in the admin's order within each area (byAdminOrder; not grouped by area). */
  list(): Promise<Unit[]>
  get(id: string): Promise<Unit | null>
  insert(unit: Unit): Promise<void>
  update(unit: Unit): Promise<void>
}

export interface PersonSearch {
  unitId?: string
  /** Matches part of the name or of the phone. */
  q?: string | null
  offset: number
  limit: number
}

/**
 * People. Those an unfinished roster import wrote are hidden from every read below except
 * listByPhones, until the import commits (so nobody logs in, is listed or counted early).
 */
export interface PersonRepository {
  get(id: string): Promise<Person | null>
  getByPhone(phone: string): Promise<Person | null>
  getByOpenId(openId: string): Promise<Person | null>
  /** The people with these ids (one query per 1000 ids at most, never one per person); missing ids are left out. */
  listByIds(ids: readonly string[]): Promise<Person[]>
  /** People whose phone is one of these, pending imports included, so a phone is never taken twice. */
  listByPhones(phones: string[]): Promise<Person[]>
  /** Every person of a unit (active or not), by name. */
  listByUnit(unitId: string): Promise<Person[]>
  /** Ordered by unit id, then name. */
  search(query: PersonSearch): Promise<Page<Person>>
  /** How many people each unit has: unitId → count. */
  countByUnit(): Promise<Map<string, number>>
  insert(person: Person): Promise<void>
  /** Inserts many in one go (the caller wraps it in a transaction). */
  insertMany(people: Person[]): Promise<void>
  update(person: Person): Promise<void>
  /**
   * Inserts one batch of an import, hidden behind the job's marker, skipping ids already stored
   * (a retried batch adds nothing twice). A taken phone fails the call. On CloudBase this is one
   * bulk add that lands at once, outside any transaction the caller runs (transactions take only
   * single-document operations); SQLite does it in one statement inside the caller's transaction.
   */
  insertPending(jobId: string, batch: number, people: Person[]): Promise<void>
  /** Makes every person of the import visible with one multi-document update; running it again is harmless. */
  commitImport(jobId: string): Promise<void>
  /** Deletes the import's hidden people (never visible ones). Like commitImport, outside the caller's transaction on CloudBase. */
  discardImport(jobId: string): Promise<void>
}

export interface ImportJobRepository {
  get(id: string): Promise<ImportJob | null>
  /** The person's newest job still writing, or null. */
  openBy(personId: string): Promise<ImportJob | null>
  insert(job: ImportJob): Promise<void>
  update(job: ImportJob): Promise<void>
  putBatch(batch: ImportBatch): Promise<void>
  getBatch(jobId: string, index: number): Promise<ImportBatch | null>
  /** Deletes a finished job's batches (its people's data need not linger); harmless when none are left. */
  removeBatches(jobId: string): Promise<void>
}

export interface OneTimeCodeRepository {
  get(personId: string): Promise<OneTimeCode | null>
  /** Creates or replaces the person's outstanding code. */
  put(code: OneTimeCode): Promise<void>
}

export interface SpeechSearch {
  /** Matches part of the title or of the source. */
  q?: string | null
  includeArchived: boolean
  offset: number
  limit: number
}

export interface SpeechRepository {
  get(id: string): Promise<Speech | null>
  /** The speeches with these ids that exist, in no particular order (one query, not one per id). */
  getMany(ids: readonly string[]): Promise<Speech[]>
  /** Newest speech date first, then title. */
  search(query: SpeechSearch): Promise<Page<Speech>>
  insert(speech: Speech): Promise<void>
  update(speech: Speech): Promise<void>
}

export interface StudyRepository {
  get(id: string): Promise<StudyRecord | null>
  insert(record: StudyRecord): Promise<void>
  update(record: StudyRecord): Promise<void>
  /** A person's records of a month, withdrawn ones included, newest studiedOn first then newest createdAt. */
  listByPersonMonth(personId: string, month: string): Promise<StudyRecord[]>
  /** A unit's records of a month, withdrawn ones included, in no particular order (the reminder planner's facts). */
  listByUnitMonth(unitId: string, month: string): Promise<StudyRecord[]>
  /** The records of a month of these people (up to 500 ids), withdrawn ones included: one query. */
  listByPeopleMonth(personIds: readonly string[], month: string): Promise<StudyRecord[]>
  /** Non-withdrawn records of a month per person of a unit: personId → count (absent = 0). */
  countActiveByUnitMonth(unitId: string, month: string): Promise<Map<string, number>>
}

export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>
  /** Oldest first. */
  listByEntity(entity: string, entityId: string): Promise<AuditEntry[]>
}

export interface IdempotencyRepository {
  get(id: string): Promise<IdempotencyEntry | null>
  /** Stores the entry; storing the same id twice keeps the first. */
  put(entry: IdempotencyEntry): Promise<void>
  /**
   * Deletes up to `limit` entries created before `before` (ISO time), oldest first; how many went.
   * Not in a transaction: a periodic clean-up (jobs/idempotency-expiry.job.ts).
   */
  removeCreatedBefore(before: string, limit: number): Promise<number>
}

/** The repositories, usable inside and outside a transaction. */
export interface Repositories {
  areas: AreaRepository
  units: UnitRepository
  people: PersonRepository
  codes: OneTimeCodeRepository
  /** One guard per bound OPENID (bindings.port.ts). */
  bindings: OpenIdBindingRepository
  speeches: SpeechRepository
  studies: StudyRepository
  audit: AuditRepository
  idempotency: IdempotencyRepository
  importJobs: ImportJobRepository
  // Observation of central-group study (observation.port.ts)
  observationGroups: ObservationRepositories['observationGroups']
  rubrics: ObservationRepositories['rubrics']
  observations: ObservationRepositories['observations']
  observationDraws: ObservationRepositories['observationDraws']
  scoreSheets: ObservationRepositories['scoreSheets']
  rectifications: ObservationRepositories['rectifications']
  // The study methods beyond self-study check-ins (methods.port.ts)
  methodRecords: MethodsRepositories['methodRecords']
  outlets: MethodsRepositories['outlets']
  schools: MethodsRepositories['schools']
  quotas: MethodsRepositories['quotas']
  files: MethodsRepositories['files']
  /** Upload usage per person and month, for the upload quota (uploads.port.ts). */
  uploadUsage: UploadUsageRepository
  /** The in-app inbox of reminders (inbox.port.ts). */
  inbox: InboxRepository
  /** Admin settings by key (settings.port.ts). */
  settings: SettingsRepository
  /** Self-study plans, one per person and month (study-plan.port.ts). */
  studyPlans: StudyPlanRepository
  /** WeChat subscribe-message grants per person and template (subscribe.port.ts). */
  grants: SubscribeGrantRepository
  /** What the local notifier would have sent to WeChat (outbox.port.ts). */
  outbox: OutboxRepository
  // The daily reminders job: batched facts, run records, one push a day (reminders.port.ts)
  reminderFacts: RemindersRepositories['reminderFacts']
  reminderRuns: RemindersRepositories['reminderRuns']
  reminderPushes: RemindersRepositories['reminderPushes']
  // Committee meetings and the first agenda item (meeting.port.ts)
  meetings: MeetingRepositories['meetings']
  attendance: MeetingRepositories['attendance']
  classics: MeetingRepositories['classics']
  // Central study groups: membership, year plans, study sessions (central-group.port.ts)
  groupMembers: CentralGroupRepositories['groupMembers']
  groupPlans: CentralGroupRepositories['groupPlans']
  studySessions: CentralGroupRepositories['studySessions']
  /** The dashboards' aggregates (dashboard.port.ts): read-only, counted by the database. */
  dashboard: DashboardFactsReader
}

export interface Store extends Repositories {
  /**
   * Runs fn so that all its writes land together or not at all. Reads inside see the
   * transaction's own writes. (CloudBase: runTransaction; doc-level ops are transactional,
   * queries inside read committed data.) Inside fn, call the repositories one at a time (never
   * Promise.all): a CloudBase transaction cannot run two operations at once. A failed write
   * aborts the transaction. fn may run more than once (CloudBase reruns it on a write conflict),
   * so it must have no effect outside the store; when conflicts persist, the transaction fails
   * with AppError CONFLICT. An invariant that concurrent transactions could break must be held by
   * a deterministic id or a unique index, not by a query before the write.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>
  close(): Promise<void>
}
