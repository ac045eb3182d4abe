import type Database from 'better-sqlite3'
import type { OpenIdBinding } from '../../../../../src/core/model'
import type { OpenIdBindingRepository } from '../../../ports/bindings.port'
import { tableSql } from '../codec'

/** OPENID binding guards; the primary key refuses a second guard for one OPENID (the store maps it to DuplicateKeyError). */
export function sqliteBindings(db: Database.Database): OpenIdBindingRepository {
  const sql = tableSql('openid_bindings', [
    ['id', 'id'],
    ['person_id', 'personId'],
    ['bound_at', 'boundAt']
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const insert = db.prepare(sql.insert)
  return {
    async get(id) {
      return (get.get(id) as OpenIdBinding | undefined) ?? null
    },
    async insert(binding) {
      insert.run(binding)
    }
  }
}
