import type { Migration } from '../migrations'

/**
 * Schema step 19: observation on central-group sessions (issue 10). An observation names the
 * session it observes and, for 相互, the partner unit's people who observe it; a random draw among
 * sessions keeps its date window. Rows from before read as null or [] (a plan typed by hand, a
 * draw of units).
 */
export const observationSessionsMigration: Migration = {
  version: 19,
  name: 'observations linked to study sessions, with the partner unit observers; draws over a date window',
  up(db) {
    db.exec(`
      ALTER TABLE observations ADD COLUMN session_id TEXT;
      ALTER TABLE observations ADD COLUMN partner_member_ids TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE obs_draws ADD COLUMN window_from TEXT;
      ALTER TABLE obs_draws ADD COLUMN window_to TEXT;
    `)
  }
}
