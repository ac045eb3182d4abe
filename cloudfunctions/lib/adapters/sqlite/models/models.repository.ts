import type Database from 'better-sqlite3'
import type { ModelNomination } from '../../../../../src/core/model'
import type { ModelsRepositories, NominationChange, NominationFilter } from '../../../ports/models.port'
import { AUDITED, rowCodec, rowTable, statementCache } from '../codec'

const COLUMNS = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['year', 'year'],
  ['subject_type', 'subjectType'],
  ['subject_id', 'subjectId'],
  ['subject_name', 'subjectName'],
  ['unit_id', 'unitId'],
  ['reason', 'reason'],
  ['evidence', 'evidence'],
  ['nominated_by', 'nominatedBy'],
  ['nominator_name', 'nominatorName'],
  ['via', 'via'],
  ['observation_id', 'observationId'],
  ['state', 'state'],
  ['title', 'title'],
  ['named_on', 'namedOn'],
  ['reviewed_by', 'reviewedBy'],
  ['reviewed_at', 'reviewedAt'],
  ['reject_reason', 'rejectReason'],
  ['revoked_by', 'revokedBy'],
  ['revoked_at', 'revokedAt'],
  ['revoke_reason', 'revokeReason'],
  ...AUDITED
] as const

const FILTER_COLUMNS: ReadonlyArray<readonly [keyof NominationFilter, string]> = [
  ['year', 'year'],
  ['unitId', 'unit_id'],
  ['nominatedBy', 'nominated_by'],
  ['state', 'state']
]

/** The nominations on one SQLite connection (table from migration 20). */
export function sqliteModelsRepositories(db: Database.Database): ModelsRepositories {
  const codec = rowCodec<ModelNomination>(['evidence'])
  const t = rowTable<ModelNomination>(db, 'model_nominations', COLUMNS, codec)
  const statement = statementCache(db)
  const columnOf = new Map<string, string>(COLUMNS.map(([c, f]) => [f, c]))
  return {
    nominations: {
      get: (id) => t.get(id),
      insert: (n) => t.insert(n),
      async transition(id, from, change: NominationChange) {
        // One UPDATE guarded by the state: of two reviews at once, the second matches no row.
        const fields = Object.keys(change).sort()
        const sets = fields.map((f) => `${columnOf.get(f)} = @${f}`).join(', ')
        const sql = `UPDATE model_nominations SET ${sets} WHERE id = @_id AND state = @_from`
        return statement(sql).run({ ...change, _id: id, _from: from }).changes === 1
      },
      async list(filter) {
        const given = FILTER_COLUMNS.filter(([f]) => filter[f] !== undefined)
        const where = given.length ? `WHERE ${given.map(([f, c]) => `${c} = @${f}`).join(' AND ')}` : ''
        const sql = `${t.sql.select} ${where} ORDER BY created_at DESC, id`
        const params = Object.fromEntries(given.map(([f]) => [f, filter[f]]))
        return (statement(sql).all(params) as Array<Record<string, unknown>>).map(codec.fromRow)
      }
    }
  }
}
