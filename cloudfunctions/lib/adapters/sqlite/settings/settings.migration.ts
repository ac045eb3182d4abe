import type { Migration } from '../migrations'

/** Schema step 13 (issue 9): admin settings as JSON under a key (the reminders' switches and days). */
export const settingsMigration: Migration = {
  version: 13,
  name: 'admin settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
    `)
  }
}
