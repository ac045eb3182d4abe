import type Database from 'better-sqlite3'
import { bindingIdOf } from '../../../ports/bindings.port'
import type { Migration } from '../migrations'

/**
 * Schema step 8 (issue 8, login that cannot be guessed): attempt bookkeeping on one-time codes,
 * the demo mark and the session cut-off on people, and one guard row per bound OPENID (its
 * primary key is what refuses a second binding). Existing bindings get their guard here.
 */
export const authMigration: Migration = {
  version: 8,
  name: 'code attempts, demo people, session cut-off, OPENID binding guards',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE codes ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE codes ADD COLUMN failures TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE codes ADD COLUMN locked_until TEXT;
      ALTER TABLE people ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE people ADD COLUMN sessions_valid_from TEXT;
      CREATE TABLE openid_bindings (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, bound_at TEXT NOT NULL);
    `)
    const bound = db.prepare('SELECT id, open_id, updated_at FROM people WHERE open_id IS NOT NULL').all() as Array<{
      id: string
      open_id: string
      updated_at: string
    }>
    const guard = db.prepare('INSERT INTO openid_bindings (id, person_id, bound_at) VALUES (?, ?, ?)')
    for (const p of bound) guard.run(bindingIdOf(p.open_id), p.id, p.updated_at)
  }
}
