import type Database from 'better-sqlite3'
import type {
  Observation,
  ObservationDraw,
  ObservationGroup,
  Rectification,
  Rubric,
  ScoreSheet
} from '../../../../../src/core/model'
import type { ObservationRepositories } from '../../../ports/observation.port'
import { AUDITED, rowCodec, rowTable, statementCache } from '../codec'

// Lists of ids and JSON-shaped fields are stored as JSON text; `IN` over a caller's id list goes
// through json_each so one prepared statement serves any list length.

const NEWEST = 'ORDER BY starts_at DESC, id'
const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`

function groups(db: Database.Database): ObservationRepositories['observationGroups'] {
  const t = rowTable<ObservationGroup>(
    db,
    'obs_groups',
    [
      ['id', 'id'],
      ['name', 'name'],
      ['leader_id', 'leaderId'],
      ['member_ids', 'memberIds'],
      ['area_ids', 'areaIds'],
      ['active', 'active'],
      ...AUDITED
    ],
    rowCodec<ObservationGroup>(['memberIds', 'areaIds'], ['active'])
  )
  const list = t.lister('ORDER BY name, id')
  const byMember = t.lister('WHERE EXISTS (SELECT 1 FROM json_each(member_ids) WHERE value = ?) ORDER BY name, id')
  return {
    get: (id) => t.get(id),
    list: () => list(),
    listByMember: (personId) => byMember(personId),
    insert: t.insert,
    update: t.update
  }
}

function rubrics(db: Database.Database): ObservationRepositories['rubrics'] {
  const t = rowTable<Rubric>(
    db,
    'obs_rubrics',
    [
      ['version', 'version'],
      ['items', 'items'],
      ['published_at', 'publishedAt'],
      ['published_by', 'publishedBy']
    ],
    rowCodec<Rubric>(['items'])
  )
  const list = t.lister('ORDER BY version DESC')
  return {
    list: () => list(),
    get: (version) => t.get(version),
    insert: t.insert
  }
}

function observations(db: Database.Database): ObservationRepositories['observations'] {
  const t = rowTable<Observation>(
    db,
    'observations',
    [
      ['id', 'id'],
      ['mode', 'mode'],
      ['status', 'status'],
      ['unit_id', 'unitId'],
      ['area_id', 'areaId'],
      ['group_id', 'groupId'],
      ['starts_at', 'startsAt'],
      ['day', 'day'],
      ['year', 'year'],
      ['theme', 'theme'],
      ['partner_unit_id', 'partnerUnitId'],
      ['draw_id', 'drawId'],
      ['batch_id', 'batchId'],
      ['members_present', 'membersPresent'],
      ['note', 'note'],
      ['closed_reason', 'closedReason'],
      ['session_id', 'sessionId'],
      ['partner_member_ids', 'partnerMemberIds'],
      ...AUDITED
    ],
    rowCodec<Observation>(['membersPresent', 'partnerMemberIds'])
  )
  const byGroups = t.lister(`WHERE ${inList('group_id')} ${NEWEST}`)
  const byUnit = t.lister(`WHERE unit_id = ? ${NEWEST}`)
  const byYear = t.lister(`WHERE year = ? ${NEWEST}`)
  const byPartner = t.lister(`WHERE EXISTS (SELECT 1 FROM json_each(partner_member_ids) WHERE value = ?) ${NEWEST}`)
  return {
    get: (id) => t.get(id),
    insert: t.insert,
    update: t.update,
    listByGroups: (ids) => byGroups(JSON.stringify(ids)),
    listByUnit: (unitId) => byUnit(unitId),
    listByYear: (year) => byYear(year),
    listByPartnerMember: (personId) => byPartner(personId)
  }
}

function draws(db: Database.Database): ObservationRepositories['observationDraws'] {
  const t = rowTable<ObservationDraw>(
    db,
    'obs_draws',
    [
      ['id', 'id'],
      ['area_id', 'areaId'],
      ['count', 'count'],
      ['seed', 'seed'],
      ['candidate_ids', 'candidateIds'],
      ['picked_ids', 'pickedIds'],
      ['group_id', 'groupId'],
      ['starts_at', 'startsAt'],
      ['year', 'year'],
      ['window_from', 'windowFrom'],
      ['window_to', 'windowTo'],
      ...AUDITED
    ],
    rowCodec<ObservationDraw>(['candidateIds', 'pickedIds'])
  )
  const byYear = t.lister('WHERE year = ? ORDER BY created_at DESC, id')
  return { get: (id) => t.get(id), insert: t.insert, listByYear: (year) => byYear(year) }
}

function sheets(db: Database.Database): ObservationRepositories['scoreSheets'] {
  const t = rowTable<ScoreSheet>(
    db,
    'score_sheets',
    [
      ['id', 'id'],
      ['observation_id', 'observationId'],
      ['observer_id', 'observerId'],
      ['unit_id', 'unitId'],
      ['year', 'year'],
      ['rubric_version', 'rubricVersion'],
      ['scores', 'scores'],
      ['total', 'total'],
      ['comments', 'comments'],
      ['document_review', 'documentReview'],
      ['field_research', 'fieldResearch'],
      ['photos', 'photos'],
      ['submitted_at', 'submittedAt'],
      ...AUDITED
    ],
    rowCodec<ScoreSheet>(['scores', 'documentReview', 'photos'])
  )
  const oldest = 'ORDER BY submitted_at, id'
  const byObservation = t.lister(`WHERE observation_id = ? ${oldest}`)
  const byObservations = t.lister(`WHERE ${inList('observation_id')} ${oldest}`)
  const byYear = t.lister(`WHERE year = ? ${oldest}`)
  return {
    get: (id) => t.get(id),
    insert: t.insert,
    update: t.update,
    listByObservation: (observationId) => byObservation(observationId),
    listByObservations: (ids) => byObservations(JSON.stringify(ids)),
    listByYear: (year) => byYear(year)
  }
}

function rectifications(db: Database.Database): ObservationRepositories['rectifications'] {
  const t = rowTable<Rectification>(
    db,
    'rectifications',
    [
      ['id', 'id'],
      ['unit_id', 'unitId'],
      ['group_id', 'groupId'],
      ['year', 'year'],
      ['findings', 'findings'],
      ['suggestions', 'suggestions'],
      ['deadline', 'deadline'],
      ['sent_by', 'sentBy'],
      ['sent_at', 'sentAt'],
      ['status', 'status'],
      ['measures', 'measures'],
      ['evidence', 'evidence'],
      ['submitted_by', 'submittedBy'],
      ['submitted_at', 'submittedAt'],
      ['return_reason', 'returnReason'],
      ['verified_by', 'verifiedBy'],
      ['verified_at', 'verifiedAt'],
      ['rounds', 'rounds'],
      ...AUDITED
    ],
    rowCodec<Rectification>([])
  )
  const byIds = t.lister(`WHERE ${inList('id')} ORDER BY sent_at, id`)
  const byYear = t.lister('WHERE year = ? ORDER BY sent_at, id')
  const statement = statementCache(db)
  const codec = rowCodec<Rectification>([])
  return {
    get: (id) => t.get(id),
    insert: t.insert,
    update: t.update,
    listByObservations: (ids) => byIds(JSON.stringify(ids)),
    listByYear: (year) => byYear(year),
    async search(q) {
      // Only the filters given, so each shape of query is one cached statement (indexes from step 22).
      const filters: Array<[sql: string, value: unknown]> = []
      if (q.year !== null) filters.push(['year = ?', q.year])
      if (q.unitIds !== null) filters.push([inList('unit_id'), JSON.stringify(q.unitIds)])
      if (q.statuses !== null) filters.push([inList('status'), JSON.stringify(q.statuses)])
      if (q.deadlineBefore !== null) filters.push(['deadline < ?', q.deadlineBefore])
      const parts = filters.map(([sql]) => sql)
      const params = filters.map(([, value]) => value)
      const where = parts.length ? `WHERE ${parts.join(' AND ')}` : ''
      const rows = statement(`${t.sql.select} ${where} ORDER BY deadline, id LIMIT ? OFFSET ?`).all(
        ...params,
        Math.max(0, Math.floor(q.limit)),
        Math.max(0, Math.floor(q.offset))
      ) as Array<Record<string, unknown>>
      const { n } = statement(`SELECT COUNT(*) AS n FROM rectifications ${where}`).get(...params) as { n: number }
      return { items: rows.map(codec.fromRow), total: n }
    }
  }
}

/** The observation repositories on one SQLite connection (tables from migration 4). */
export function sqliteObservationRepositories(db: Database.Database): ObservationRepositories {
  return {
    observationGroups: groups(db),
    rubrics: rubrics(db),
    observations: observations(db),
    observationDraws: draws(db),
    scoreSheets: sheets(db),
    rectifications: rectifications(db)
  }
}
