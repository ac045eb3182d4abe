import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 3: committee meetings and their first agenda item (issue 4) — meetings (the agenda
 * as JSON), one attendance row per (meeting, person), and the classic-texts catalogue.
 */
export const meetingMigration: Migration = {
  version: 3,
  name: 'meetings, meeting attendance, classic texts',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, area_id TEXT NOT NULL, kind TEXT NOT NULL,
        starts_at TEXT NOT NULL, day TEXT NOT NULL, month TEXT NOT NULL, year INTEGER NOT NULL, place TEXT,
        status TEXT NOT NULL, attendee_ids TEXT NOT NULL, guests TEXT NOT NULL, first_item TEXT,
        other_items TEXT NOT NULL, completed_at TEXT, withdrawn_at TEXT, withdrawn_by TEXT, withdraw_reason TEXT,
        ${AUDITED});
      CREATE INDEX meetings_unit_year ON meetings (unit_id, year, starts_at);
      CREATE INDEX meetings_year ON meetings (year, starts_at);
      CREATE TABLE meeting_attendance (
        id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, person_id TEXT NOT NULL, present INTEGER NOT NULL,
        via TEXT NOT NULL, marked_at TEXT NOT NULL, marked_by TEXT NOT NULL);
      CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id, marked_at);
      CREATE TABLE classics (id TEXT PRIMARY KEY, title TEXT NOT NULL, active INTEGER NOT NULL, ${AUDITED});
    `)
  }
}
