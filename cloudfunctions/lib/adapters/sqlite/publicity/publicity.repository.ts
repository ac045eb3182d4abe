import type Database from 'better-sqlite3'
import type { PublicityCount, PublicityItem, PublicitySubjectKind } from '../../../../../src/core/model'
import type { PublicityFilter, PublicityPeriod, PublicityRepositories } from '../../../ports/publicity.port'
import { AUDITED, rowTable, statementCache } from '../codec'

type Row = Record<string, unknown>

/** The subject is three nullable columns (indexable), an object or null in the model. */
const codec = {
  toRow(item: PublicityItem): Row {
    const { subject, ...rest } = item
    return { ...rest, subjectKind: subject?.kind ?? null, subjectId: subject?.id ?? null, subjectTitle: subject?.title ?? null }
  },
  fromRow(row: Row): PublicityItem {
    const { subjectKind, subjectId, subjectTitle, ...rest } = row
    const subject =
      subjectId === null
        ? null
        : { kind: subjectKind as PublicitySubjectKind, id: String(subjectId), title: String(subjectTitle) }
    return { ...(rest as Omit<PublicityItem, 'subject'>), subject }
  }
}

const FILTER_COLUMNS: ReadonlyArray<[keyof PublicityFilter, string]> = [
  ['personId', 'person_id'],
  ['unitId', 'unit_id'],
  ['outletId', 'outlet_id'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['month', 'month'],
  ['year', 'year']
]

/** The publicity repositories on one SQLite connection (table from migration 21). */
export function sqlitePublicityRepositories(db: Database.Database): PublicityRepositories {
  const t = rowTable<PublicityItem>(
    db,
    'publicity_items',
    [
      ['id', 'id'],
      ['kind', 'kind'],
      ['owner_type', 'ownerType'],
      ['person_id', 'personId'],
      ['unit_id', 'unitId'],
      ['title', 'title'],
      ['subject_kind', 'subjectKind'],
      ['subject_id', 'subjectId'],
      ['subject_title', 'subjectTitle'],
      ['outlet_id', 'outletId'],
      ['outlet_name', 'outletName'],
      ['submitted_on', 'submittedOn'],
      ['status', 'status'],
      ['published_on', 'publishedOn'],
      ['link', 'link'],
      ['page_issue', 'pageIssue'],
      ['decided_on', 'decidedOn'],
      ['counted_on', 'countedOn'],
      ['month', 'month'],
      ['year', 'year'],
      ['withdrawn_at', 'withdrawnAt'],
      ['withdrawn_by', 'withdrawnBy'],
      ['withdraw_reason', 'withdrawReason'],
      ...AUDITED
    ],
    codec
  )
  const cached = statementCache(db)
  const bySubjects = t.lister('WHERE subject_kind = ? AND subject_id IN (SELECT value FROM json_each(?)) ORDER BY id')

  function where(filter: PublicityFilter): { sql: string; params: unknown[] } {
    const parts = ['withdrawn_at IS NULL']
    const params: unknown[] = []
    for (const [field, column] of FILTER_COLUMNS) {
      const value = filter[field]
      if (value === undefined) continue
      parts.push(`${column} = ?`)
      params.push(value)
    }
    return { sql: `WHERE ${parts.join(' AND ')}`, params }
  }

  return {
    publicity: {
      get: t.get,
      insert: t.insert,
      update: t.update,
      async list(filter, offset, limit) {
        const w = where(filter)
        const rows = cached(`${t.sql.select} ${w.sql} ORDER BY counted_on DESC, id DESC LIMIT ? OFFSET ?`).all(
          ...w.params,
          limit,
          offset
        ) as Row[]
        const { n } = cached(`SELECT COUNT(*) AS n FROM publicity_items ${w.sql}`).get(...w.params) as { n: number }
        return { items: rows.map(codec.fromRow), total: n }
      },
      listBySubjects: (kind, ids) => (ids.length ? bySubjects(kind, JSON.stringify(ids)) : Promise.resolve([])),
      async counts(by, period: PublicityPeriod, unitId) {
        const w = where({ ...period, ...(unitId === undefined ? {} : { unitId }) })
        const key = by === 'unitId' ? 'unit_id' : 'outlet_id'
        const rows = cached(
          `SELECT ${key} AS key, SUM(status = 'submitted') AS submitted, SUM(status = 'published') AS published,
           SUM(status = 'notUsed') AS notUsed FROM publicity_items ${w.sql} GROUP BY ${key} ORDER BY ${key}`
        ).all(...w.params) as PublicityCount[]
        return rows
      }
    }
  }
}
