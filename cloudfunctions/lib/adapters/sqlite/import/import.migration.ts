import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 7: roster imports as jobs (issue 8). People an unfinished import wrote carry its id
 * in pending_import and stay hidden; the job and its batches of ready-made people live beside.
 */
export const importMigration: Migration = {
  version: 7,
  name: 'roster import jobs, hidden people of unfinished imports',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN pending_import TEXT;
      CREATE INDEX people_pending_import ON people (pending_import) WHERE pending_import IS NOT NULL;
      CREATE TABLE import_jobs (
        id TEXT PRIMARY KEY, file_name TEXT NOT NULL, storage_key TEXT NOT NULL, status TEXT NOT NULL,
        total INTEGER NOT NULL, written INTEGER NOT NULL, batches INTEGER NOT NULL,
        next_batch INTEGER NOT NULL, ${AUDITED});
      CREATE INDEX import_jobs_open ON import_jobs (created_by, status, created_at);
      CREATE TABLE import_batches (
        job_id TEXT NOT NULL, idx INTEGER NOT NULL, people TEXT NOT NULL, PRIMARY KEY (job_id, idx));
    `)
  }
}
