import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 21: publicity items (issue 11) — a person's or a unit's item sent to an outlet, with
 * the record it is about in its own columns (a note's items are found by the note). Listed by
 * person, unit and period; counted per unit and per outlet of a month or a year (GROUP BY).
 * Notes submitted before this step keep their outlet fields and are read from them until changed
 * (rules/publicity noteOutletState), so no row is rewritten here.
 */
export const publicityMigration: Migration = {
  version: 21,
  name: 'publicity items',
  up(db) {
    db.exec(`
      CREATE TABLE publicity_items (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner_type TEXT NOT NULL, person_id TEXT, unit_id TEXT NOT NULL,
        title TEXT NOT NULL, subject_kind TEXT, subject_id TEXT, subject_title TEXT, outlet_id TEXT NOT NULL,
        outlet_name TEXT NOT NULL, submitted_on TEXT NOT NULL, status TEXT NOT NULL, published_on TEXT, link TEXT,
        page_issue TEXT, decided_on TEXT, counted_on TEXT NOT NULL, month TEXT NOT NULL, year INTEGER NOT NULL,
        withdrawn_at TEXT, withdrawn_by TEXT, withdraw_reason TEXT, ${AUDITED});
      CREATE INDEX publicity_person ON publicity_items (person_id, counted_on);
      CREATE INDEX publicity_unit ON publicity_items (unit_id, counted_on);
      CREATE INDEX publicity_month ON publicity_items (month, unit_id);
      CREATE INDEX publicity_year ON publicity_items (year, unit_id);
      CREATE INDEX publicity_subject ON publicity_items (subject_id);
    `)
  }
}
