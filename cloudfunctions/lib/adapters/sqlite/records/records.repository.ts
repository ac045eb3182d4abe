import type Database from 'better-sqlite3'
import type { AuditEntry, IdempotencyEntry } from '../../../../../src/core/model'
import type { AuditRepository, IdempotencyRepository } from '../../../ports/store.port'
import { json, tableSql, unjson } from '../codec'

type AuditRow = Omit<AuditEntry, 'after'> & { after: string | null }

/** The audit trail: append-only. */
export function sqliteAudit(db: Database.Database): AuditRepository {
  const sql = tableSql('audit', [
    ['id', 'id'],
    ['entity', 'entity'],
    ['entity_id', 'entityId'],
    ['action', 'action'],
    ['actor_id', 'actorId'],
    ['at', 'at'],
    ['reason', 'reason'],
    ['after', 'after']
  ])
  const append = db.prepare(sql.insert)
  const byEntity = db.prepare(`${sql.select} WHERE entity = ? AND entity_id = ? ORDER BY at, id`)
  return {
    async append(entry) {
      append.run({ ...entry, after: json(entry.after) })
    },
    async listByEntity(entity, entityId) {
      return (byEntity.all(entity, entityId) as AuditRow[]).map((row) => ({ ...row, after: unjson(row.after) }))
    }
  }
}

type IdempotencyRow = Omit<IdempotencyEntry, 'response'> & { response: string | null }

/** Stored responses of writes, keyed by caller + action + idempotency key. */
export function sqliteIdempotency(db: Database.Database): IdempotencyRepository {
  const sql = tableSql('idempotency', [
    ['id', 'id'],
    ['person_id', 'personId'],
    ['action', 'action'],
    ['created_at', 'createdAt'],
    ['response', 'response']
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  // The first answer wins: a retry must get exactly what the first call returned.
  const put = db.prepare(sql.insert.replace('INSERT INTO', 'INSERT OR IGNORE INTO'))
  // Served by idempotency_created (schema step 11).
  const removeOld = db.prepare(
    'DELETE FROM idempotency WHERE id IN (SELECT id FROM idempotency WHERE created_at < ? ORDER BY created_at, id LIMIT ?)'
  )
  return {
    async get(id) {
      const row = get.get(id) as IdempotencyRow | undefined
      return row ? { ...row, response: unjson(row.response) } : null
    },
    async put(entry) {
      put.run({ ...entry, response: json(entry.response) })
    },
    async removeCreatedBefore(before, limit) {
      return removeOld.run(before, Math.max(0, Math.floor(limit))).changes
    }
  }
}
