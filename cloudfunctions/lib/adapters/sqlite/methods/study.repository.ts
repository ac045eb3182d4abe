import type Database from 'better-sqlite3'
import type { Speech, StudyRecord } from '../../../../../src/core/model'
import type { SpeechRepository, SpeechSearch, StudyRepository } from '../../../ports/store.port'
import { AUDITED, bit, containsPattern, countsToMap, statementCache, tableSql } from '../codec'

type SpeechRow = Omit<Speech, 'archived'> & { archived: number }
const speechFromRow = (row: SpeechRow): Speech => ({ ...row, archived: row.archived !== 0 })
const speechToRow = (s: Speech): SpeechRow => ({ ...s, archived: bit(s.archived) })

/** The speech catalogue. */
export function sqliteSpeeches(db: Database.Database): SpeechRepository {
  const sql = tableSql('speeches', [
    ['id', 'id'],
    ['title', 'title'],
    ['date', 'date'],
    ['source', 'source'],
    ['link', 'link'],
    ['archived', 'archived'],
    ...AUDITED
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const getMany = db.prepare(`${sql.select} WHERE id IN (SELECT value FROM json_each(?))`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const stmt = statementCache(db)
  return {
    async get(id) {
      const row = get.get(id) as SpeechRow | undefined
      return row ? speechFromRow(row) : null
    },
    async getMany(ids) {
      if (ids.length === 0) return []
      return (getMany.all(JSON.stringify(ids)) as SpeechRow[]).map(speechFromRow)
    },
    async search(query: SpeechSearch) {
      const where: string[] = []
      const params: Record<string, string | number> = { limit: query.limit, offset: query.offset }
      if (!query.includeArchived) where.push('archived = 0')
      if (query.q) {
        where.push("(title LIKE @q ESCAPE '\\' OR source LIKE @q ESCAPE '\\')")
        params.q = containsPattern(query.q)
      }
      const filter = where.length ? ` WHERE ${where.join(' AND ')}` : ''
      const rows = stmt(`${sql.select}${filter} ORDER BY date DESC, title, id LIMIT @limit OFFSET @offset`).all(
        params
      ) as SpeechRow[]
      const { total } = stmt(`SELECT COUNT(*) AS total FROM speeches${filter}`).get(params) as { total: number }
      return { items: rows.map(speechFromRow), total }
    },
    async insert(speech) {
      insert.run(speechToRow(speech))
    },
    async update(speech) {
      update.run(speechToRow(speech))
    }
  }
}

/** Self-study records. */
export function sqliteStudies(db: Database.Database): StudyRepository {
  const sql = tableSql('studies', [
    ['id', 'id'],
    ['person_id', 'personId'],
    ['unit_id', 'unitId'],
    ['speech_id', 'speechId'],
    ['title', 'title'],
    ['studied_on', 'studiedOn'],
    ['month', 'month'],
    ['minutes', 'minutes'],
    ['note', 'note'],
    ['withdrawn_at', 'withdrawnAt'],
    ['withdrawn_by', 'withdrawnBy'],
    ['withdraw_reason', 'withdrawReason'],
    ...AUDITED
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const byPersonMonth = db.prepare(
    `${sql.select} WHERE person_id = ? AND month = ? ORDER BY studied_on DESC, created_at DESC, id DESC`
  )
  const byUnitMonth = db.prepare(`${sql.select} WHERE unit_id = ? AND month = ?`)
  const byPeopleMonth = db.prepare(`${sql.select} WHERE person_id IN (SELECT value FROM json_each(?)) AND month = ?`)
  const countActive = db.prepare(
    `SELECT person_id AS key, COUNT(*) AS n FROM studies
     WHERE unit_id = ? AND month = ? AND withdrawn_at IS NULL GROUP BY person_id`
  )
  return {
    async get(id) {
      return (get.get(id) as StudyRecord | undefined) ?? null
    },
    async insert(record) {
      insert.run(record)
    },
    async update(record) {
      update.run(record)
    },
    async listByPersonMonth(personId, month) {
      return byPersonMonth.all(personId, month) as StudyRecord[]
    },
    async listByUnitMonth(unitId, month) {
      return byUnitMonth.all(unitId, month) as StudyRecord[]
    },
    async listByPeopleMonth(personIds, month) {
      if (personIds.length === 0) return []
      return byPeopleMonth.all(JSON.stringify(personIds), month) as StudyRecord[]
    },
    async countActiveByUnitMonth(unitId, month) {
      return countsToMap(countActive.all(unitId, month) as Array<{ key: string; n: number }>)
    }
  }
}
