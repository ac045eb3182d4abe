import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 17: central study groups (issue 10) — each unit's membership and year plan (keyed by
 * unit and by unit + year), and its study sessions, queried by unit and year and by day windows
 * of a unit, an area or the district (observation planning reads the calendar).
 */
export const centralGroupMigration: Migration = {
  version: 17,
  name: 'central-group members, plans and study sessions',
  up(db) {
    db.exec(`
      CREATE TABLE central_group_members (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, member_ids TEXT NOT NULL, ${AUDITED});
      CREATE TABLE central_group_plans (
        id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, year INTEGER NOT NULL, items TEXT NOT NULL, ${AUDITED});
      CREATE TABLE study_sessions (
        id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, area_id TEXT NOT NULL, starts_at TEXT NOT NULL, day TEXT NOT NULL,
        month TEXT NOT NULL, year INTEGER NOT NULL, place TEXT, topic TEXT NOT NULL, materials TEXT NOT NULL,
        classics TEXT NOT NULL, lead_id TEXT, lead_name TEXT, lead_mode TEXT, member_ids TEXT NOT NULL,
        absent_ids TEXT NOT NULL, speakers TEXT NOT NULL, tied_to_work TEXT, follow_up TEXT, status TEXT NOT NULL,
        completed_at TEXT, withdrawn_at TEXT, withdrawn_by TEXT, withdraw_reason TEXT, ${AUDITED});
      CREATE INDEX study_sessions_unit_year ON study_sessions (unit_id, year, starts_at);
      CREATE INDEX study_sessions_unit_day ON study_sessions (unit_id, day);
      CREATE INDEX study_sessions_area_day ON study_sessions (area_id, day);
      CREATE INDEX study_sessions_day ON study_sessions (day);
    `)
  }
}
