import type { Migration } from '../migrations'

/**
 * Schema step 14 (issue 9): the reminders job's run record per China day (checkpoint and lease)
 * and push record per person per China day (at most one WeChat message a day: the primary key).
 * Counts and failures of a run are read whole, never queried: JSON. People are read in batches of
 * whole units, in unit then id order.
 */
export const remindersMigration: Migration = {
  version: 14,
  name: 'reminder runs and pushes',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_runs (
        id TEXT PRIMARY KEY, status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
        cursor TEXT, lease_owner TEXT, lease_until TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE reminder_pushes (
        id TEXT PRIMARY KEY, day TEXT NOT NULL, person_id TEXT NOT NULL, person_name TEXT NOT NULL,
        title TEXT NOT NULL, body TEXT NOT NULL, route TEXT NOT NULL, query TEXT NOT NULL, keys TEXT NOT NULL,
        status TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT, reason TEXT,
        errcode INTEGER, errmsg TEXT, retry INTEGER NOT NULL, permission INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE INDEX reminder_pushes_day_status ON reminder_pushes (day, status, next_attempt_at);
      CREATE INDEX people_unit_id ON people (unit_id, id);
    `)
  }
}
