import type { Migration } from '../migrations'

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * Schema step 22 (issues 11 and 12): 意见反馈 — an author reads their own newest first; the admin
 * pages through one status (or all) newest first — and the rectification supervision list
 * (意识形态专题督查), filtered by status, unit and year and read earliest deadline first.
 */
export const feedbackMigration: Migration = {
  version: 22,
  name: 'feedback messages and answers; rectification supervision indexes',
  up(db) {
    db.exec(`
      CREATE TABLE feedback (
        id TEXT PRIMARY KEY, person_id TEXT NOT NULL, unit_id TEXT NOT NULL, message TEXT NOT NULL,
        screenshots TEXT NOT NULL, status TEXT NOT NULL, answer TEXT, answered_by TEXT, answered_at TEXT,
        closed_by TEXT, closed_at TEXT, ${AUDITED});
      CREATE INDEX feedback_person ON feedback (person_id, created_at DESC, id);
      CREATE INDEX feedback_status ON feedback (status, created_at DESC, id);
      CREATE INDEX feedback_created ON feedback (created_at DESC, id);
      CREATE INDEX rectifications_status_deadline ON rectifications (status, deadline, id);
      CREATE INDEX rectifications_unit_deadline ON rectifications (unit_id, deadline, id);
      CREATE INDEX rectifications_deadline ON rectifications (deadline, id);
    `)
  }
}
