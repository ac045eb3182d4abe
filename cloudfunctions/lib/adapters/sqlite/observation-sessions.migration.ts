import type { Migration } from './migrations'

/**
 * Schema step 19: observation on central-group sessions (issue 10). An observation names the
 * session it observes; a random draw among sessions keeps its date window. Rows from before read
 * as null (a plan typed by hand, a draw of units).
 */
export const observationSessionsMigration: Migration = {
  version: 19,
  name: 'observations linked to study sessions; draws over a date window',
  up(db) {
    db.exec(`
      ALTER TABLE observations ADD COLUMN session_id TEXT;
      CREATE INDEX observations_session ON observations (session_id);
      ALTER TABLE obs_draws ADD COLUMN window_from TEXT;
      ALTER TABLE obs_draws ADD COLUMN window_to TEXT;
    `)
  }
}
