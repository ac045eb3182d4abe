import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 20: model examples (先进典型, issue 11) — nominations keyed by year + kind + subject (one
 * per subject, kind and year by construction), listed by year and state (the showcase, the admin's
 * review list, the reminder of nominations waiting), by unit and by nominator.
 */
export const modelsMigration: Migration = {
  version: 20,
  name: 'model-example nominations',
  up(db) {
    db.exec(`
      CREATE TABLE model_nominations (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, year INTEGER NOT NULL, subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL, subject_name TEXT NOT NULL, unit_id TEXT NOT NULL, reason TEXT NOT NULL,
        evidence TEXT NOT NULL, nominated_by TEXT NOT NULL, nominator_name TEXT NOT NULL, via TEXT NOT NULL,
        observation_id TEXT, state TEXT NOT NULL, title TEXT, named_on TEXT, reviewed_by TEXT, reviewed_at TEXT,
        reject_reason TEXT, revoked_by TEXT, revoked_at TEXT, revoke_reason TEXT, ${AUDITED});
      CREATE INDEX model_nominations_year_state ON model_nominations (year, state);
      CREATE INDEX model_nominations_state_created ON model_nominations (state, created_at);
      CREATE INDEX model_nominations_unit_year ON model_nominations (unit_id, year);
      CREATE INDEX model_nominations_nominator ON model_nominations (nominated_by, created_at);
    `)
  }
}
