import type { Migration } from '../migrations'

/**
 * Schema step 10 (issue 8, item 15): the upload quota and the clean-up of unattached files. One
 * usage row per person and month (the key the registration's transaction reads and replaces), and
 * a partial index on the files attached to nothing, oldest first, for the daily clean-up job.
 */
export const uploadsMigration: Migration = {
  version: 10,
  name: 'upload usage per person and month, unattached files by age',
  up(db) {
    db.exec(`
      CREATE TABLE upload_usage (
        person_id TEXT NOT NULL, month TEXT NOT NULL, files INTEGER NOT NULL, bytes INTEGER NOT NULL,
        day TEXT NOT NULL, day_files INTEGER NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (person_id, month));
      CREATE INDEX files_unattached ON files (created_at, id) WHERE record_id IS NULL;
    `)
  }
}
