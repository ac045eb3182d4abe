import type Database from 'better-sqlite3'
import { STUDYING_ROLES } from '../../../../../src/core/model/roles'
import type {
  DashboardFactsReader,
  MeetingTally,
  MethodCount,
  MethodSplit,
  NoteOutletCount,
  UnitScope
} from '../../../ports/dashboard.port'
import { tableSql } from '../codec'
import { personColumns, personFromRow, type PersonRow } from '../roster/roster.repository'

// The dashboards' aggregates as SQL GROUP BY: lists travel as one JSON array parameter each
// (json_each), so every figure is one statement whatever the number of units or months.

/** `unit_id` within the scope: a null scope (every unit) passes NULL and the test is skipped. */
const IN_SCOPE = `(@units IS NULL OR unit_id IN (SELECT value FROM json_each(@units)))`
const IN_MONTHS = `month IN (SELECT value FROM json_each(@months))`
const scope = (units: UnitScope) => (units === null ? null : JSON.stringify(units))

/** The dashboards' aggregates on SQLite. */
export function sqliteDashboard(db: Database.Database): DashboardFactsReader {
  const visible = `pending_import IS NULL AND active = 1`
  const cadres = db.prepare(
    `SELECT unit_id AS unitId, COUNT(*) AS cadres FROM people
     WHERE ${visible} AND ${IN_SCOPE}
       AND EXISTS (SELECT 1 FROM json_each(people.roles) WHERE value IN (SELECT value FROM json_each(@roles)))
     GROUP BY unit_id`
  )
  const studyMet = db.prepare(
    `SELECT unit_id AS unitId, month, COUNT(*) AS met FROM (
       SELECT unit_id, person_id, month FROM studies
       WHERE withdrawn_at IS NULL AND ${IN_MONTHS} AND ${IN_SCOPE}
       GROUP BY unit_id, person_id, month HAVING COUNT(*) >= @quota)
     GROUP BY unit_id, month`
  )
  const methodSql = (split: MethodSplit) =>
    db.prepare(
      `SELECT unit_id AS unitId, ${split === 'person' ? 'person_id' : 'NULL'} AS personId,
         ${split === 'month' ? 'month' : 'NULL'} AS month, kind,
         CASE WHEN kind IN ('note', 'lecture') THEN json_extract(details, '$.status') END AS status, COUNT(*) AS count
       FROM method_records
       WHERE withdrawn_at IS NULL AND counted = 1 AND ${IN_MONTHS} AND ${IN_SCOPE}
       GROUP BY unit_id, ${split === 'person' ? 'person_id, ' : split === 'month' ? 'month, ' : ''}kind, status`
    )
  const methodStatements = { unit: methodSql('unit'), person: methodSql('person'), month: methodSql('month') }
  const noteOutletSql = (split: MethodSplit) =>
    db.prepare(
      `SELECT unit_id AS unitId, ${split === 'person' ? 'person_id' : 'NULL'} AS personId,
         ${split === 'month' ? 'month' : 'NULL'} AS month, @status AS status, COUNT(DISTINCT subject_id) AS count
       FROM publicity_items
       WHERE subject_kind = 'note' AND withdrawn_at IS NULL AND (@status = 'submitted' OR status = 'published')
         AND ${IN_MONTHS} AND ${IN_SCOPE}
       GROUP BY unit_id${split === 'person' ? ', person_id' : split === 'month' ? ', month' : ''}`
    )
  const noteOutletStatements = { unit: noteOutletSql('unit'), person: noteOutletSql('person'), month: noteOutletSql('month') }
  const meetings = db.prepare(
    `SELECT unit_id AS unitId, status, day, json_extract(first_item, '$.contentType') AS contentType, COUNT(*) AS count
     FROM meetings WHERE withdrawn_at IS NULL AND ${IN_MONTHS} AND ${IN_SCOPE}
     GROUP BY unit_id, status, day, contentType`
  )
  const sheets = db.prepare(
    `SELECT unit_id AS unitId, observation_id AS observationId, COUNT(*) AS sheets, SUM(total) AS sum
     FROM score_sheets WHERE year = @year AND ${IN_SCOPE} GROUP BY unit_id, observation_id`
  )
  const leaders = db.prepare(
    `${tableSql('people', personColumns).select}
     WHERE ${visible} AND EXISTS (SELECT 1 FROM json_each(people.roles) WHERE value = 'districtLeader')`
  )
  return {
    async cadreCounts(units) {
      return cadres.all({ units: scope(units), roles: JSON.stringify(STUDYING_ROLES) }) as Array<{
        unitId: string
        cadres: number
      }>
    },
    async studyMet(months, quota, units) {
      return studyMet.all({ months: JSON.stringify(months), quota, units: scope(units) }) as Awaited<
        ReturnType<DashboardFactsReader['studyMet']>
      >
    },
    async methodCounts(months, units, split) {
      return methodStatements[split].all({ months: JSON.stringify(months), units: scope(units) }) as MethodCount[]
    },
    async noteOutletCounts(months, units, split) {
      const params = { months: JSON.stringify(months), units: scope(units) }
      return (['submitted', 'published'] as const).flatMap(
        (status) => noteOutletStatements[split].all({ ...params, status }) as NoteOutletCount[]
      )
    },
    async meetingTallies(months, units) {
      return meetings.all({ months: JSON.stringify(months), units: scope(units) }) as MeetingTally[]
    },
    async sheetTallies(year, units) {
      return sheets.all({ year, units: scope(units) }) as Awaited<ReturnType<DashboardFactsReader['sheetTallies']>>
    },
    async districtLeaders() {
      return (leaders.all() as PersonRow[]).map(personFromRow)
    }
  }
}
