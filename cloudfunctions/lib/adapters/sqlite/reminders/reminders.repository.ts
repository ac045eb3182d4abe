import type Database from 'better-sqlite3'
import type { PushPatch, ReminderPush, ReminderRun, RemindersRepositories } from '../../../ports/reminders.port'
import { bit, tableSql } from '../codec'
import { personColumns, personFromRow, type PersonRow } from '../roster/roster.repository'

type RunRow = {
  id: string
  status: ReminderRun['status']
  started_at: string
  finished_at: string | null
  cursor: string | null
  lease_owner: string | null
  lease_until: string
  updated_at: string
  data: string
}
type RunData = Omit<
  ReminderRun,
  'id' | 'status' | 'startedAt' | 'finishedAt' | 'cursor' | 'leaseOwner' | 'leaseUntil' | 'updatedAt'
>

function runToRow(run: ReminderRun): RunRow {
  const { id, status, startedAt, finishedAt, cursor, leaseOwner, leaseUntil, updatedAt, ...data } = run
  return {
    id,
    status,
    started_at: startedAt,
    finished_at: finishedAt,
    cursor,
    lease_owner: leaseOwner,
    lease_until: leaseUntil,
    updated_at: updatedAt,
    data: JSON.stringify(data)
  }
}

function runFromRow(row: RunRow): ReminderRun {
  const data = JSON.parse(row.data) as RunData
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    cursor: row.cursor,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    updatedAt: row.updated_at,
    ...data
  }
}

type PushRow = Omit<ReminderPush, 'query' | 'keys' | 'retry' | 'permission'> & {
  query: string
  keys: string
  retry: number
  permission: number
}
const pushToRow = (p: ReminderPush): PushRow => ({
  ...p,
  query: JSON.stringify(p.query),
  keys: JSON.stringify(p.keys),
  retry: bit(p.retry),
  permission: bit(p.permission)
})
const pushFromRow = (row: PushRow): ReminderPush => ({
  ...row,
  query: JSON.parse(row.query) as Record<string, string>,
  keys: JSON.parse(row.keys) as string[],
  retry: row.retry !== 0,
  permission: row.permission !== 0
})

const PUSH_COLUMNS: Array<[string, keyof ReminderPush]> = [
  ['id', 'id'],
  ['day', 'day'],
  ['person_id', 'personId'],
  ['person_name', 'personName'],
  ['title', 'title'],
  ['body', 'body'],
  ['route', 'route'],
  ['query', 'query'],
  ['keys', 'keys'],
  ['status', 'status'],
  ['attempts', 'attempts'],
  ['next_attempt_at', 'nextAttemptAt'],
  ['reason', 'reason'],
  ['errcode', 'errcode'],
  ['errmsg', 'errmsg'],
  ['retry', 'retry'],
  ['permission', 'permission'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt']
]
const PATCHABLE = new Map(PUSH_COLUMNS.map(([column, field]) => [field as string, column]))

/** The reminders job's facts, runs and pushes (schema step 14). */
export function sqliteReminders(db: Database.Database): RemindersRepositories {
  const visible = 'pending_import IS NULL AND active = 1'
  const people = tableSql('people', personColumns)
  const firstUnits = db.prepare(`${people.select} WHERE ${visible} AND unit_id > ? ORDER BY unit_id, id LIMIT ?`)
  const restOfUnit = db.prepare(`${people.select} WHERE ${visible} AND unit_id = ? AND id > ? ORDER BY id`)
  // The id lists travel as JSON arrays: one statement whatever their length.
  const studyCounts = db.prepare(
    `SELECT person_id AS personId, month, COUNT(*) AS count FROM studies
     WHERE person_id IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?)) AND withdrawn_at IS NULL
     GROUP BY person_id, month`
  )
  const lectureCounts = db.prepare(
    `SELECT person_id AS personId, year, COUNT(*) AS count FROM method_records
     WHERE person_id IN (SELECT value FROM json_each(?)) AND year = ? AND kind = 'lecture' AND counted = 1 AND withdrawn_at IS NULL
     GROUP BY person_id, year`
  )

  const runs = tableSql('reminder_runs', [
    ['id', 'id'],
    ['status', 'status'],
    ['started_at', 'started_at'],
    ['finished_at', 'finished_at'],
    ['cursor', 'cursor'],
    ['lease_owner', 'lease_owner'],
    ['lease_until', 'lease_until'],
    ['updated_at', 'updated_at'],
    ['data', 'data']
  ])
  const createRun = db.prepare(runs.insert.replace('INSERT INTO', 'INSERT OR IGNORE INTO'))
  const getRun = db.prepare('SELECT * FROM reminder_runs WHERE id = ?')
  const acquire = db.prepare('UPDATE reminder_runs SET lease_owner = ?, lease_until = ? WHERE id = ? AND lease_until < ?')
  const saveRun = db.prepare(
    `UPDATE reminder_runs SET status = @status, started_at = @started_at, finished_at = @finished_at, cursor = @cursor,
     lease_owner = @lease_owner, lease_until = @lease_until, updated_at = @updated_at, data = @data
     WHERE id = @id AND lease_owner = @owner`
  )
  const recentRuns = db.prepare('SELECT * FROM reminder_runs ORDER BY id DESC LIMIT ?')

  const pushes = tableSql('reminder_pushes', PUSH_COLUMNS)
  const insertPush = db.prepare(pushes.insert.replace('INSERT INTO', 'INSERT OR IGNORE INTO'))
  const pushStatuses = db.prepare('SELECT id, status FROM reminder_pushes WHERE id IN (SELECT value FROM json_each(?))')
  const getPush = db.prepare(`${pushes.select} WHERE id = ?`)
  const due = db.prepare(
    `${pushes.select} WHERE day = ? AND status = 'failed' AND retry = 1 AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`
  )
  const byStatus = db.prepare(`${pushes.select} WHERE day = ? AND status = ? ORDER BY person_name, id LIMIT ?`)
  const createPushes = db.transaction((list: readonly ReminderPush[]) => {
    const created = new Set<string>()
    for (const p of list) if (insertPush.run(pushToRow(p)).changes === 1) created.add(p.id)
    return created
  })

  return {
    reminderFacts: {
      async peopleOfNextUnits(afterUnitId, min) {
        const first = firstUnits.all(afterUnitId ?? '', Math.max(1, min)) as PersonRow[]
        if (first.length === 0) return { people: [], lastUnitId: null, done: true }
        const last = first[first.length - 1]
        const rest = first.length < min ? [] : (restOfUnit.all(last.unitId, last.id) as PersonRow[])
        return { people: [...first, ...rest].map(personFromRow), lastUnitId: last.unitId, done: first.length < min }
      },
      async studyCounts(personIds, months) {
        if (personIds.length === 0 || months.length === 0) return []
        return studyCounts.all(JSON.stringify(personIds), JSON.stringify(months)) as Array<{
          personId: string
          month: string
          count: number
        }>
      },
      async lectureCounts(personIds, year) {
        if (personIds.length === 0) return []
        return lectureCounts.all(JSON.stringify(personIds), year) as Array<{ personId: string; year: number; count: number }>
      }
    },
    reminderRuns: {
      async get(id) {
        const row = getRun.get(id) as RunRow | undefined
        return row ? runFromRow(row) : null
      },
      async create(run) {
        return createRun.run(runToRow(run)).changes === 1
      },
      async acquire(id, owner, now, until) {
        return acquire.run(owner, until, id, now).changes === 1
      },
      async save(run, owner) {
        return saveRun.run({ ...runToRow(run), owner }).changes === 1
      },
      async listRecent(limit) {
        return (recentRuns.all(Math.max(0, Math.floor(limit))) as RunRow[]).map(runFromRow)
      }
    },
    reminderPushes: {
      async createMany(list) {
        const ids = list.map((p) => p.id)
        const before = new Map(
          (pushStatuses.all(JSON.stringify(ids)) as Array<{ id: string; status: ReminderPush['status'] }>).map((r) => [
            r.id,
            r.status
          ])
        )
        return { created: createPushes(list), existing: before }
      },
      async get(id) {
        const row = getPush.get(id) as PushRow | undefined
        return row ? pushFromRow(row) : null
      },
      async settle(ids, patch: PushPatch) {
        const entries = Object.entries(patch).filter(([field]) => PATCHABLE.has(field))
        if (ids.length === 0 || entries.length === 0) return
        const sets = entries.map(([field]) => `${PATCHABLE.get(field)} = @${field}`).join(', ')
        const values = Object.fromEntries(
          entries.map(([field, value]) => [field, typeof value === 'boolean' ? bit(value) : value])
        )
        db.prepare(`UPDATE reminder_pushes SET ${sets} WHERE id IN (SELECT value FROM json_each(@ids))`).run({
          ...values,
          ids: JSON.stringify(ids)
        })
      },
      async listDue(day, now, limit) {
        return (due.all(day, now, Math.max(0, Math.floor(limit))) as PushRow[]).map(pushFromRow)
      },
      async listByStatus(day, status, limit) {
        return (byStatus.all(day, status, Math.max(0, Math.floor(limit))) as PushRow[]).map(pushFromRow)
      }
    }
  }
}
