import type Database from 'better-sqlite3'

/** SQLite has no boolean: store 0/1. */
export const bit = (value: boolean): number => (value ? 1 : 0)

/** JSON text for a column; undefined is stored as SQL NULL like null. */
export function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value)
}

/** Reads a JSON column back (NULL → null). */
export function unjson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text)
}

/** A LIKE pattern matching `q` anywhere, with LIKE's own wildcards in `q` taken literally (ESCAPE '\'). */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** A table's columns as [column, model field] pairs; the first is the key. */
export type Columns = ReadonlyArray<readonly [column: string, field: string]>

/** The Audited fields every editable record carries. */
export const AUDITED: Columns = [
  ['created_at', 'createdAt'],
  ['created_by', 'createdBy'],
  ['updated_at', 'updatedAt'],
  ['updated_by', 'updatedBy']
]

/**
 * SELECT / INSERT / UPDATE text for a table, written once from its column list so the three never
 * drift apart. Columns come back under the model's field names; parameters are named by field.
 */
export function tableSql(table: string, columns: Columns): { select: string; insert: string; update: string } {
  const [key, ...rest] = columns
  const select = `SELECT ${columns.map(([c, f]) => (c === f ? c : `${c} AS "${f}"`)).join(', ')} FROM ${table}`
  const insert = `INSERT INTO ${table} (${columns.map(([c]) => c).join(', ')}) VALUES (${columns.map(([, f]) => `@${f}`).join(', ')})`
  const update = `UPDATE ${table} SET ${rest.map(([c, f]) => `${c} = @${f}`).join(', ')} WHERE ${key[0]} = @${key[1]}`
  return { select, insert, update }
}

/** A statement prepared on first use and kept, for statements whose text depends on the query's shape. */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>()
  return (sql) => {
    let stmt = cache.get(sql)
    if (!stmt) {
      stmt = db.prepare(sql)
      cache.set(sql, stmt)
    }
    return stmt
  }
}

/** Count rows keyed by their first column into a Map. */
export function countsToMap(rows: Array<{ key: string; n: number }>): Map<string, number> {
  return new Map(rows.map((r) => [r.key, r.n]))
}

type Row = Record<string, unknown>

/** Entity ↔ row for fields stored as JSON text or 0/1. */
export function rowCodec<T extends object>(jsonFields: readonly string[], bitFields: readonly string[] = []) {
  return {
    toRow(entity: T): Row {
      const row: Row = { ...(entity as Row) }
      for (const f of jsonFields) row[f] = JSON.stringify(row[f])
      for (const f of bitFields) row[f] = bit(row[f] as boolean)
      return row
    },
    fromRow(row: Row): T {
      const out: Row = { ...row }
      for (const f of jsonFields) out[f] = JSON.parse(out[f] as string)
      for (const f of bitFields) out[f] = out[f] !== 0
      return out as T
    }
  }
}

/** get / insert / update / list queries of one table, from its columns (the first is the key). */
export function rowTable<T extends object>(
  db: Database.Database,
  name: string,
  columns: Columns,
  c: ReturnType<typeof rowCodec<T>>
) {
  const sql = tableSql(name, columns)
  const get = db.prepare(`${sql.select} WHERE ${columns[0][0]} = ?`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  return {
    sql,
    /** By key: an id, or a number where the key is one (a rubric's version). */
    async get(key: string | number): Promise<T | null> {
      const row = get.get(key) as Row | undefined
      return row ? c.fromRow(row) : null
    },
    async insert(entity: T): Promise<void> {
      insert.run(c.toRow(entity))
    },
    async update(entity: T): Promise<void> {
      update.run(c.toRow(entity))
    },
    /** A list query: `where` follows the SELECT; parameters are positional. */
    lister(where: string) {
      const stmt = db.prepare(`${sql.select} ${where}`)
      return async (...params: unknown[]): Promise<T[]> => (stmt.all(...params) as Row[]).map(c.fromRow)
    }
  }
}
