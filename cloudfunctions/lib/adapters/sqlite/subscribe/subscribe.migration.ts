import type { Migration } from '../migrations'

/**
 * Schema step 15 (issue 9): subscribe-message grants, one row per (person, template) under a
 * derived id, counted with atomic updates; and the local outbox of messages the host would have
 * sent to WeChat, read newest first.
 */
export const subscribeMigration: Migration = {
  version: 15,
  name: 'subscribe grants and the local outbox',
  up(db) {
    db.exec(`
      CREATE TABLE subscribe_grants (
        id TEXT PRIMARY KEY, person_id TEXT NOT NULL, template_id TEXT NOT NULL,
        remaining INTEGER NOT NULL CHECK (remaining >= 0), long_term INTEGER NOT NULL, last_result TEXT,
        updated_at TEXT NOT NULL);
      CREATE INDEX subscribe_grants_person ON subscribe_grants (person_id);
      CREATE TABLE outbox (
        id TEXT PRIMARY KEY, person_id TEXT NOT NULL, touser TEXT NOT NULL, template_id TEXT NOT NULL,
        page TEXT NOT NULL, data TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX outbox_at ON outbox (at DESC, id);
    `)
  }
}
