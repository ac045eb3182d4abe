import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 4: observation of central-group study (issue 5). Versions 2 and 3 belong to issues
 * 3 and 4; migrate() applies whichever steps a file has not seen, so the gap is harmless.
 */
export const observationMigration: Migration = {
  version: 4,
  name: 'observation groups, rubric versions, observations, draws, score sheets, rectifications',
  up(db) {
    db.exec(`
      CREATE TABLE obs_groups (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, leader_id TEXT NOT NULL, member_ids TEXT NOT NULL,
        area_ids TEXT NOT NULL, active INTEGER NOT NULL, ${AUDITED});
      CREATE TABLE obs_rubrics (
        version INTEGER PRIMARY KEY, items TEXT NOT NULL, published_at TEXT NOT NULL, published_by TEXT NOT NULL);
      CREATE TABLE observations (
        id TEXT PRIMARY KEY, mode TEXT NOT NULL, status TEXT NOT NULL, unit_id TEXT NOT NULL, area_id TEXT NOT NULL,
        group_id TEXT, starts_at TEXT NOT NULL, day TEXT NOT NULL, year INTEGER NOT NULL, theme TEXT,
        partner_unit_id TEXT, draw_id TEXT, batch_id TEXT, members_present TEXT NOT NULL, note TEXT,
        closed_reason TEXT, ${AUDITED});
      CREATE INDEX observations_group ON observations (group_id, starts_at);
      CREATE INDEX observations_unit ON observations (unit_id, starts_at);
      CREATE INDEX observations_year ON observations (year, starts_at);
      CREATE TABLE obs_draws (
        id TEXT PRIMARY KEY, area_id TEXT NOT NULL, count INTEGER NOT NULL, seed INTEGER NOT NULL,
        candidate_ids TEXT NOT NULL, picked_ids TEXT NOT NULL, group_id TEXT NOT NULL, starts_at TEXT NOT NULL,
        year INTEGER NOT NULL, ${AUDITED});
      CREATE INDEX obs_draws_year ON obs_draws (year);
      CREATE TABLE score_sheets (
        id TEXT PRIMARY KEY, observation_id TEXT NOT NULL, observer_id TEXT NOT NULL, unit_id TEXT NOT NULL,
        year INTEGER NOT NULL, rubric_version INTEGER NOT NULL, scores TEXT NOT NULL, total REAL NOT NULL,
        comments TEXT NOT NULL, document_review TEXT NOT NULL, field_research TEXT, photos TEXT NOT NULL,
        submitted_at TEXT NOT NULL, ${AUDITED});
      CREATE UNIQUE INDEX score_sheets_one_per_observer ON score_sheets (observation_id, observer_id);
      CREATE INDEX score_sheets_year ON score_sheets (year);
      CREATE TABLE rectifications (
        id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, group_id TEXT NOT NULL, year INTEGER NOT NULL,
        findings TEXT NOT NULL, suggestions TEXT NOT NULL, deadline TEXT NOT NULL, sent_by TEXT NOT NULL,
        sent_at TEXT NOT NULL, status TEXT NOT NULL, measures TEXT, evidence TEXT, submitted_by TEXT,
        submitted_at TEXT, return_reason TEXT, verified_by TEXT, verified_at TEXT, rounds INTEGER NOT NULL,
        ${AUDITED});
      CREATE INDEX rectifications_year ON rectifications (year);
    `)
  }
}
