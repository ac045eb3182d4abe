import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 2: the study methods beyond self-study check-ins (issue 3) — method records of every
 * kind in one table (details and attachments as JSON), outlets, schools, quotas per year, files.
 */
export const methodsMigration: Migration = {
  version: 2,
  name: 'method records, outlets, schools, year quotas, files',
  up(db) {
    db.exec(`
      CREATE TABLE method_records (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL, unit_id TEXT NOT NULL,
        date TEXT NOT NULL, month TEXT NOT NULL, year INTEGER NOT NULL, counted INTEGER NOT NULL,
        source_meeting_id TEXT, details TEXT NOT NULL, attachments TEXT NOT NULL,
        withdrawn_at TEXT, withdrawn_by TEXT, withdraw_reason TEXT, ${AUDITED});
      CREATE INDEX method_records_person_date ON method_records (person_id, date);
      CREATE INDEX method_records_unit_year ON method_records (unit_id, year, month);
      CREATE INDEX method_records_meeting ON method_records (source_meeting_id) WHERE source_meeting_id IS NOT NULL;
      CREATE TABLE outlets (id TEXT PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL, ${AUDITED});
      CREATE TABLE schools (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, active INTEGER NOT NULL, ${AUDITED});
      CREATE TABLE year_quotas (
        year INTEGER PRIMARY KEY, speeches_per_month INTEGER NOT NULL, lectures_per_year INTEGER NOT NULL, ${AUDITED});
      CREATE TABLE files (
        id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL, kind TEXT NOT NULL,
        size INTEGER NOT NULL, storage_key TEXT NOT NULL, record_id TEXT, created_at TEXT NOT NULL);
    `)
  }
}
