/** Every collection the app uses, named once. */
export const COLLECTIONS = {
  areas: 'areas',
  units: 'units',
  people: 'people',
  codes: 'codes',
  openidBindings: 'openid_bindings',
  speeches: 'speeches',
  studies: 'studies',
  audit: 'audit',
  idempotency: 'idempotency',
  observationGroups: 'observation_groups',
  rubrics: 'observation_rubrics',
  observations: 'observations',
  observationDraws: 'observation_draws',
  scoreSheets: 'score_sheets',
  rectifications: 'rectifications',
  methodRecords: 'method_records',
  outlets: 'outlets',
  schools: 'schools',
  quotas: 'year_quotas',
  files: 'files',
  uploadUsage: 'upload_usage',
  meetings: 'meetings',
  attendance: 'meeting_attendance',
  classics: 'classics',
  groupMembers: 'central_group_members',
  groupPlans: 'central_group_plans',
  studySessions: 'study_sessions',
  importJobs: 'import_jobs',
  importBatches: 'import_batches',
  inbox: 'inbox',
  settings: 'settings',
  studyPlans: 'study_plans',
  grants: 'subscribe_grants',
  outbox: 'outbox',
  reminderRuns: 'reminder_runs',
  reminderPushes: 'reminder_pushes'
} as const

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/** One index to declare in cloudbaserc.json: the fields in order, and whether values must be unique. */
export interface IndexSpec {
  name: string
  keys: ReadonlyArray<{ field: string; direction: 1 | -1 }>
  unique: boolean
}

const asc = (...fields: string[]) => fields.map((field) => ({ field, direction: 1 as const }))

/**
 * The indexes the store's queries need, per collection (`_id` is always indexed, so lookups by id
 * and the by-_id paging need nothing). The same list drives the test fake's uniqueness checks.
 */
export const INDEXES: Record<CollectionName, readonly IndexSpec[]> = {
  // Names are unique (trimmed by the contract): the database refuses a second area or unit of the
  // same name even when two admins save at once, which a check before the insert cannot.
  areas: [{ name: 'name_unique', keys: asc('name'), unique: true }],
  units: [{ name: 'name_unique', keys: asc('name'), unique: true }],
  people: [
    { name: 'phone_unique', keys: asc('phone'), unique: true },
    // Not unique: CloudBase cannot exempt the many unbound people (openId null) from a unique
    // index, so binding writes a guard in openid_bindings whose `_id` comes from the OPENID.
    { name: 'openId', keys: asc('openId'), unique: false },
    { name: 'unitId_name', keys: asc('unitId', 'name'), unique: false },
    // The hidden people of an unfinished roster import, by job and batch (roster-import.service.ts).
    { name: 'pendingImport_importBatch', keys: asc('pendingImport', 'importBatch'), unique: false }
  ],
  codes: [],
  // Lookups by `_id` only; the `_id` (sha256 of the OPENID) is what makes a binding unique.
  openid_bindings: [],
  speeches: [
    {
      name: 'date_title',
      keys: [
        { field: 'date', direction: -1 },
        { field: 'title', direction: 1 }
      ],
      unique: false
    }
  ],
  studies: [
    { name: 'personId_month', keys: asc('personId', 'month'), unique: false },
    { name: 'unitId_month', keys: asc('unitId', 'month'), unique: false },
    // The district dashboard counts a period's records of every unit (dashboard.repository.ts).
    { name: 'month', keys: asc('month'), unique: false }
  ],
  audit: [{ name: 'entity_entityId', keys: asc('entity', 'entityId', 'at'), unique: false }],
  idempotency: [{ name: 'createdAt', keys: asc('createdAt'), unique: false }],
  observation_groups: [{ name: 'memberIds', keys: asc('memberIds'), unique: false }],
  observation_rubrics: [],
  observations: [
    { name: 'groupId_startsAt', keys: asc('groupId', 'startsAt'), unique: false },
    { name: 'unitId_startsAt', keys: asc('unitId', 'startsAt'), unique: false },
    { name: 'year_startsAt', keys: asc('year', 'startsAt'), unique: false },
    // 相互: a partner unit's chosen observer finds their sessions (multikey over the array).
    { name: 'partnerMemberIds', keys: asc('partnerMemberIds'), unique: false }
  ],
  observation_draws: [{ name: 'year', keys: asc('year'), unique: false }],
  // One sheet per observer per session, whatever the client sends.
  score_sheets: [
    { name: 'observationId_observerId', keys: asc('observationId', 'observerId'), unique: true },
    { name: 'year', keys: asc('year'), unique: false }
  ],
  rectifications: [{ name: 'year', keys: asc('year'), unique: false }],
  method_records: [
    { name: 'personId_date', keys: asc('personId', 'date'), unique: false },
    { name: 'unitId_year_month', keys: asc('unitId', 'year', 'month'), unique: false },
    { name: 'sourceMeetingId', keys: asc('sourceMeetingId'), unique: false },
    // A school merge (school.merge) moves the lectures given at a typed school.
    { name: 'kind_schoolId', keys: asc('kind', 'details.schoolId'), unique: false },
    { name: 'month', keys: asc('month'), unique: false } // the district dashboard, as for studies
  ],
  outlets: [],
  schools: [],
  year_quotas: [],
  // The clean-up job's query: files attached to nothing (recordId null), oldest first.
  files: [{ name: 'recordId_createdAt', keys: asc('recordId', 'createdAt'), unique: false }],
  // Read and written by `_id` only (upload-usage.<personId>.<month>).
  upload_usage: [],
  settings: [],
  // Read by `_id` only (studyPlanId: person + month), one at a time or `_id in [...]` for a batch.
  study_plans: [],
  // Grants are changed by `_id` only; a batch of pushes reads its people's grants by personId.
  subscribe_grants: [{ name: 'personId', keys: asc('personId'), unique: false }],
  // The admin's list of what the local notifier recorded, newest first.
  outbox: [{ name: 'at', keys: asc('at'), unique: false }],
  inbox: [
    { name: 'personId_createdAt', keys: asc('personId', 'createdAt'), unique: false },
    { name: 'readAt', keys: asc('readAt'), unique: false }
  ],
  meetings: [
    { name: 'unitId_year', keys: asc('unitId', 'year'), unique: false },
    { name: 'year', keys: asc('year'), unique: false },
    { name: 'month', keys: asc('month'), unique: false } // the district dashboard, as for studies
  ],
  meeting_attendance: [{ name: 'meetingId', keys: asc('meetingId'), unique: false }],
  classics: [],
  // Read and replaced by `_id` only (the unit id; unit + year for plans): one per unit by construction.
  central_group_members: [],
  central_group_plans: [],
  // A unit's year; a unit's, an area's, a member's or the district's months (the sessions calendar).
  study_sessions: [
    { name: 'unitId_year', keys: asc('unitId', 'year'), unique: false },
    { name: 'unitId_month', keys: asc('unitId', 'month'), unique: false },
    { name: 'areaId_month', keys: asc('areaId', 'month'), unique: false },
    { name: 'memberIds_month', keys: asc('memberIds', 'month'), unique: false },
    { name: 'month', keys: asc('month'), unique: false }
  ],
  import_jobs: [{ name: 'createdBy_status', keys: asc('createdBy', 'status'), unique: false }],
  import_batches: [{ name: 'jobId', keys: asc('jobId'), unique: false }],
  // One per China day (`_id` = the day), listed newest first by `_id`.
  reminder_runs: [],
  // One per person per China day (`_id` from both); the job asks for a day's due retries and failures.
  reminder_pushes: [{ name: 'day_status_nextAttemptAt', keys: asc('day', 'status', 'nextAttemptAt'), unique: false }]
}
