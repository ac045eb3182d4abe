import type Database from 'better-sqlite3'
import type { Area, OneTimeCode, Person, Role, Unit } from '../../../../../src/core/model'
import type {
  AreaRepository,
  OneTimeCodeRepository,
  PersonRepository,
  PersonSearch,
  UnitRepository
} from '../../../ports/store.port'
import { inAdminOrder } from '../../../../../src/core/rules/order'
import { AUDITED, bit, containsPattern, countsToMap, statementCache, tableSql, type Columns } from '../codec'

// Repository methods are async to honour the port but never await: each runs its statements
// synchronously, which is what lets the store's mutex reason about who is inside a transaction.

/**
 * A small table listed whole in the admin's order (areas, units), with how its entities map to
 * rows. The order is the one comparator of src/core, applied here as on CloudBase: the tables
 * hold a few hundred rows at most.
 */
function byName<T extends { id: string; name: string; order?: number }, Row extends object>(
  db: Database.Database,
  table: string,
  columns: Columns,
  fromRow: (row: Row) => T,
  toRow: (entity: T) => Row
) {
  const sql = tableSql(table, columns)
  const list = db.prepare(sql.select)
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  return {
    async list() {
      return inAdminOrder((list.all() as Row[]).map(fromRow))
    },
    async get(id: string) {
      const row = get.get(id) as Row | undefined
      return row ? fromRow(row) : null
    },
    async insert(entity: T) {
      insert.run(toRow(entity))
    },
    async update(entity: T) {
      update.run(toRow(entity))
    }
  }
}

/** The order column: NULL (a row saved before step 23) reads back as no order at all, as on CloudBase. */
type OrderRow = { order: number | null }
function withOrder<T extends { order?: number }>({ order, ...rest }: Omit<T, 'order'> & OrderRow): T {
  return (order === null ? rest : { ...rest, order }) as T
}
const orderColumn = (entity: { order?: number }): OrderRow => ({ order: entity.order ?? null })

type AreaRow = Omit<Area, 'order'> & OrderRow

/** Areas. */
export const sqliteAreas = (db: Database.Database): AreaRepository =>
  byName<Area, AreaRow>(
    db,
    'areas',
    [['id', 'id'], ['name', 'name'], ['sort_order', 'order'], ...AUDITED],
    (row) => withOrder<Area>(row),
    (area) => ({ ...area, ...orderColumn(area) })
  )

type UnitRow = Omit<Unit, 'active' | 'order'> & { active: number } & OrderRow

/** Units. */
export const sqliteUnits = (db: Database.Database): UnitRepository =>
  byName<Unit, UnitRow>(
    db,
    'units',
    [
      ['id', 'id'],
      ['name', 'name'],
      ['area_id', 'areaId'],
      ['kind', 'kind'],
      ['active', 'active'],
      ['sort_order', 'order'],
      ...AUDITED
    ],
    (row) => withOrder<Unit>({ ...row, active: row.active !== 0 }),
    (unit) => ({ ...unit, active: bit(unit.active), ...orderColumn(unit) })
  )

export type PersonRow = Omit<Person, 'active' | 'roles' | 'demo' | 'sessionsValidFrom'> & {
  active: number
  roles: string
  demo: number
  sessionsValidFrom: string | null
}
/** The optional fields (migration 8) come back only when set, as the CloudBase store keeps them. */
export function personFromRow({ demo, sessionsValidFrom, ...row }: PersonRow): Person {
  const person: Person = { ...row, roles: JSON.parse(row.roles) as Role[], active: row.active !== 0 }
  if (demo) person.demo = true
  if (sessionsValidFrom) person.sessionsValidFrom = sessionsValidFrom
  return person
}
const personToRow = (p: Person): PersonRow => ({
  ...p,
  roles: JSON.stringify(p.roles),
  active: bit(p.active),
  demo: bit(p.demo === true),
  sessionsValidFrom: p.sessionsValidFrom ?? null
})

export const personColumns: Columns = [
  ['id', 'id'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['unit_id', 'unitId'],
  ['position', 'position'],
  ['roles', 'roles'],
  ['open_id', 'openId'],
  ['active', 'active'],
  ['demo', 'demo'],
  ['sessions_valid_from', 'sessionsValidFrom'],
  ...AUDITED
]

/**
 * People: phone and bound OPENID are unique (see migration 1). Rows an unfinished import wrote
 * (pending_import set, migration 7) are left out of every read but the phone lookup for imports.
 */
export function sqlitePeople(db: Database.Database): PersonRepository {
  const sql = tableSql('people', personColumns)
  const visible = 'pending_import IS NULL'
  const get = db.prepare(`${sql.select} WHERE id = ? AND ${visible}`)
  const byPhone = db.prepare(`${sql.select} WHERE phone = ? AND ${visible}`)
  const byOpenId = db.prepare(`${sql.select} WHERE open_id = ? AND ${visible}`)
  // One statement for any number of phones: the list travels as a JSON array.
  const byPhones = db.prepare(`${sql.select} WHERE phone IN (SELECT value FROM json_each(?))`)
  const byIds = db.prepare(`${sql.select} WHERE id IN (SELECT value FROM json_each(?)) AND ${visible}`)
  const byUnit = db.prepare(`${sql.select} WHERE unit_id = ? AND ${visible} ORDER BY name, id`)
  const countByUnit = db.prepare(`SELECT unit_id AS key, COUNT(*) AS n FROM people WHERE ${visible} GROUP BY unit_id`)
  // One statement per batch: the rows travel as a JSON array; ids already stored are skipped, so
  // a retried batch inserts nothing twice, while a taken phone still fails on the unique index.
  const insertPending = db.prepare(
    `INSERT INTO people (${personColumns.map(([c]) => c).join(', ')}, pending_import)
     SELECT ${personColumns.map(([, f]) => `json_extract(value, '$.${f}')`).join(', ')}, @jobId FROM json_each(@rows)
     WHERE NOT EXISTS (SELECT 1 FROM people WHERE people.id = json_extract(value, '$.id'))`
  )
  const commitImport = db.prepare('UPDATE people SET pending_import = NULL WHERE pending_import = ?')
  const discardImport = db.prepare('DELETE FROM people WHERE pending_import = ?')
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const insertMany = db.transaction((people: Person[]) => {
    for (const p of people) insert.run(personToRow(p))
  })
  // Search has four shapes (with/without unit, with/without text); each keeps its own plan.
  const stmt = statementCache(db)
  const one = (row: unknown): Person | null => (row ? personFromRow(row as PersonRow) : null)

  return {
    async get(id) {
      return one(get.get(id))
    },
    async getByPhone(phone) {
      return one(byPhone.get(phone))
    },
    async getByOpenId(openId) {
      return one(byOpenId.get(openId))
    },
    async listByIds(ids) {
      if (ids.length === 0) return []
      return (byIds.all(JSON.stringify(ids)) as PersonRow[]).map(personFromRow)
    },
    async listByPhones(phones) {
      if (phones.length === 0) return []
      return (byPhones.all(JSON.stringify(phones)) as PersonRow[]).map(personFromRow)
    },
    async listByUnit(unitId) {
      return (byUnit.all(unitId) as PersonRow[]).map(personFromRow)
    },
    async search(query: PersonSearch) {
      const where: string[] = [visible]
      const params: Record<string, string | number> = { limit: query.limit, offset: query.offset }
      if (query.unitId !== undefined) {
        where.push('unit_id = @unitId')
        params.unitId = query.unitId
      }
      if (query.q) {
        where.push("(name LIKE @q ESCAPE '\\' OR phone LIKE @q ESCAPE '\\')")
        params.q = containsPattern(query.q)
      }
      const filter = ` WHERE ${where.join(' AND ')}`
      const rows = stmt(`${sql.select}${filter} ORDER BY unit_id, name, id LIMIT @limit OFFSET @offset`).all(
        params
      ) as PersonRow[]
      const { total } = stmt(`SELECT COUNT(*) AS total FROM people${filter}`).get(params) as { total: number }
      return { items: rows.map(personFromRow), total }
    },
    async countByUnit() {
      return countsToMap(countByUnit.all() as Array<{ key: string; n: number }>)
    },
    async insert(person) {
      insert.run(personToRow(person))
    },
    async insertMany(people) {
      // Nested in the caller's transaction this becomes a savepoint; alone it is atomic by itself.
      insertMany(people)
    },
    async update(person) {
      update.run(personToRow(person))
    },
    async insertPending(jobId, _batch, people) {
      insertPending.run({ jobId, rows: JSON.stringify(people.map(personToRow)) })
    },
    async commitImport(jobId) {
      commitImport.run(jobId)
    },
    async discardImport(jobId) {
      discardImport.run(jobId)
    }
  }
}

/** One-time codes: one outstanding code per person, keyed by the person's id. */
export function sqliteCodes(db: Database.Database): OneTimeCodeRepository {
  const sql = tableSql('codes', [
    ['person_id', 'personId'],
    ['code_hash', 'codeHash'],
    ['expires_at', 'expiresAt'],
    ['used_at', 'usedAt'],
    ['issued_by', 'issuedBy'],
    ['issued_at', 'issuedAt'],
    ['attempts', 'attempts'],
    ['failures', 'failures'],
    ['locked_until', 'lockedUntil']
  ])
  const get = db.prepare(`${sql.select} WHERE person_id = ?`)
  const put = db.prepare(sql.insert.replace('INSERT INTO', 'INSERT OR REPLACE INTO'))
  type CodeRow = Omit<OneTimeCode, 'failures'> & { failures: string }
  return {
    async get(personId) {
      const row = get.get(personId) as CodeRow | undefined
      return row ? { ...row, failures: JSON.parse(row.failures) as string[] } : null
    },
    async put(code) {
      put.run({ ...code, failures: JSON.stringify(code.failures) })
    }
  }
}
