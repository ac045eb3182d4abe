import type Database from 'better-sqlite3'
import type { MethodRecord, Outlet, RecordKind, School, StoredFile, YearQuota } from '../../../../../src/core/model'
import type { KindCounts, MethodsRepositories } from '../../../ports/methods.port'
import { AUDITED, bit, statementCache, tableSql, type Columns } from '../codec'

type Row = Record<string, unknown>

const RECORD_COLUMNS: Columns = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['person_id', 'personId'],
  ['unit_id', 'unitId'],
  ['date', 'date'],
  ['month', 'month'],
  ['year', 'year'],
  ['counted', 'counted'],
  ['source_meeting_id', 'sourceMeetingId'],
  ['details', 'details'],
  ['attachments', 'attachments'],
  ['withdrawn_at', 'withdrawnAt'],
  ['withdrawn_by', 'withdrawnBy'],
  ['withdraw_reason', 'withdrawReason'],
  ...AUDITED
]

const recordToRow = (r: MethodRecord): Row => ({
  ...r,
  counted: bit(r.counted),
  details: JSON.stringify(r.details),
  attachments: JSON.stringify(r.attachments)
})

const recordFromRow = (row: Row): MethodRecord =>
  ({
    ...row,
    counted: row.counted !== 0,
    details: JSON.parse(row.details as string),
    attachments: JSON.parse(row.attachments as string)
  }) as MethodRecord

const NEWEST = 'ORDER BY date DESC, created_at DESC, id DESC'

function records(db: Database.Database): MethodsRepositories['methodRecords'] {
  const sql = tableSql('method_records', RECORD_COLUMNS)
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const byMeeting = db.prepare(`${sql.select} WHERE source_meeting_id = ? ORDER BY created_at, id`)
  const atSchool = db.prepare(
    `${sql.select} WHERE kind = 'lecture' AND json_extract(details, '$.schoolId') = ? ORDER BY created_at, id`
  )
  const stmt = statementCache(db)
  return {
    async get(id) {
      const row = get.get(id) as Row | undefined
      return row ? recordFromRow(row) : null
    },
    async insert(record) {
      insert.run(recordToRow(record))
    },
    async update(record) {
      update.run(recordToRow(record))
    },
    async listByPerson(q) {
      const where = ['person_id = @personId']
      const params: Row = { personId: q.personId }
      if (q.kind) {
        where.push('kind = @kind')
        params.kind = q.kind
      }
      if (q.month) {
        where.push('month = @month')
        params.month = q.month
      } else if (q.year) {
        where.push('year = @year')
        params.year = q.year
      }
      if (!q.includeWithdrawn) where.push('withdrawn_at IS NULL')
      const limit = q.limit ? ` LIMIT ${Math.max(0, Math.floor(q.limit))}` : ''
      const rows = stmt(`${sql.select} WHERE ${where.join(' AND ')} ${NEWEST}${limit}`).all(params) as Row[]
      return rows.map(recordFromRow)
    },
    async listByUnit(q) {
      const where = ['unit_id = @unitId', 'year = @year', 'withdrawn_at IS NULL']
      const params: Row = { unitId: q.unitId, year: q.year }
      if (q.month) {
        where.push('month = @month')
        params.month = q.month
      }
      if (q.kind) {
        where.push('kind = @kind')
        params.kind = q.kind
      }
      if (q.personId) {
        where.push('person_id = @personId')
        params.personId = q.personId
      }
      const rows = stmt(`${sql.select} WHERE ${where.join(' AND ')} ${NEWEST}`).all(params) as Row[]
      return rows.map(recordFromRow)
    },
    async countByUnit(unitId, year, month) {
      const monthFilter = month ? ' AND month = @month' : ''
      const rows = stmt(
        `SELECT person_id AS personId, kind, COUNT(*) AS n FROM method_records
         WHERE unit_id = @unitId AND year = @year${monthFilter} AND counted = 1 AND withdrawn_at IS NULL
         GROUP BY person_id, kind`
      ).all({ unitId, year, month: month ?? null }) as Array<{ personId: string; kind: RecordKind; n: number }>
      const out: KindCounts = new Map()
      for (const r of rows) out.set(r.personId, { ...(out.get(r.personId) ?? {}), [r.kind]: r.n })
      return out
    },
    async listBySourceMeeting(meetingId) {
      return (byMeeting.all(meetingId) as Row[]).map(recordFromRow)
    },
    async listLecturesAtSchool(schoolId) {
      return (atSchool.all(schoolId) as Row[]).map(recordFromRow)
    }
  }
}

/** get / insert / update / list for a small table whose only non-text field is `active`. */
function simpleTable<T extends object>(db: Database.Database, name: string, columns: Columns, order: string) {
  const sql = tableSql(name, columns)
  const hasActive = columns.some(([c]) => c === 'active')
  const toRow = (e: T): Row => (hasActive ? { ...(e as Row), active: bit((e as Row).active as boolean) } : (e as Row))
  const fromRow = (row: Row): T => (hasActive ? ({ ...row, active: row.active !== 0 } as T) : (row as T))
  const get = db.prepare(`${sql.select} WHERE ${columns[0][0]} = ?`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const list = db.prepare(`${sql.select} ORDER BY ${order}`)
  return {
    async get(key: string | number): Promise<T | null> {
      const row = get.get(key) as Row | undefined
      return row ? fromRow(row) : null
    },
    async insert(entity: T): Promise<void> {
      insert.run(toRow(entity))
    },
    async update(entity: T): Promise<void> {
      update.run(toRow(entity))
    },
    async list(): Promise<T[]> {
      return (list.all() as Row[]).map(fromRow)
    }
  }
}

function quotas(db: Database.Database): MethodsRepositories['quotas'] {
  const columns: Columns = [
    ['year', 'year'],
    ['speeches_per_month', 'speechesPerMonth'],
    ['lectures_per_year', 'lecturesPerYear'],
    ...AUDITED
  ]
  const t = simpleTable<YearQuota>(db, 'year_quotas', columns, 'year DESC')
  const sql = tableSql('year_quotas', columns)
  const upsert = db.prepare(
    `${sql.insert} ON CONFLICT(year) DO UPDATE SET speeches_per_month = excluded.speeches_per_month,
     lectures_per_year = excluded.lectures_per_year, created_at = excluded.created_at, created_by = excluded.created_by,
     updated_at = excluded.updated_at, updated_by = excluded.updated_by`
  )
  return {
    get: (year) => t.get(year),
    list: () => t.list(),
    async put(quota) {
      upsert.run(quota)
    }
  }
}

const FILE_COLUMNS: Columns = [
  ['id', 'id'],
  ['owner_id', 'ownerId'],
  ['name', 'name'],
  ['mime', 'mime'],
  ['kind', 'kind'],
  ['size', 'size'],
  ['storage_key', 'storageKey'],
  ['record_id', 'recordId'],
  ['created_at', 'createdAt']
]

function files(db: Database.Database): MethodsRepositories['files'] {
  const t = simpleTable<StoredFile>(db, 'files', FILE_COLUMNS, 'created_at, id')
  const sql = tableSql('files', FILE_COLUMNS)
  const remove = db.prepare('DELETE FROM files WHERE id = ?')
  // The partial index files_unattached (schema step 10) serves this in order.
  const unattached = db.prepare(`${sql.select} WHERE record_id IS NULL AND created_at < ? ORDER BY created_at, id LIMIT ?`)
  return {
    get: (id) => t.get(id),
    insert: (f) => t.insert(f),
    update: (f) => t.update(f),
    async remove(id) {
      remove.run(id)
    },
    async listUnattachedBefore(before, limit) {
      return unattached.all(before, Math.max(0, Math.floor(limit))) as StoredFile[]
    }
  }
}

/** The SQLite methods repositories. */
export function sqliteMethodsRepositories(db: Database.Database): MethodsRepositories {
  const named: Columns = [
    ['id', 'id'],
    ['name', 'name']
  ]
  const outlets = simpleTable<Outlet>(db, 'outlets', [...named, ['active', 'active'], ...AUDITED], 'name, id')
  const schools = simpleTable<School>(db, 'schools', [...named, ['kind', 'kind'], ['active', 'active'], ...AUDITED], 'name, id')
  return {
    methodRecords: records(db),
    outlets,
    schools,
    quotas: quotas(db),
    files: files(db)
  }
}
