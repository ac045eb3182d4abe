import type { Migration } from '../migrations'

/**
 * Schema step 12 (issue 9): the in-app inbox. The id is the reminder's dedupe key, so a second
 * plan of the same reminder inserts nothing; a person's items are read newest first.
 */
export const inboxMigration: Migration = {
  version: 12,
  name: 'in-app inbox of reminders',
  up(db) {
    db.exec(`
      CREATE TABLE inbox (
        id TEXT PRIMARY KEY, person_id TEXT NOT NULL, obligation TEXT NOT NULL, period TEXT NOT NULL,
        stage TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, route TEXT NOT NULL,
        created_at TEXT NOT NULL, read_at TEXT);
      CREATE INDEX inbox_person ON inbox (person_id, created_at DESC, id);
      CREATE INDEX inbox_read ON inbox (read_at) WHERE read_at IS NOT NULL;
    `)
  }
}
