import type { Migration } from '../migrations'

/**
 * Schema step 16 (issue 9): self-study plans. The id is `studyPlanId(person, month)`, so a person
 * has one plan per month by construction; the reminders job reads a month's plans of a batch of
 * people at once (month, person_id).
 */
export const studyPlanMigration: Migration = {
  version: 16,
  name: 'self-study plans',
  up(db) {
    db.exec(`
      CREATE TABLE study_plans (
        id TEXT PRIMARY KEY, person_id TEXT NOT NULL, month TEXT NOT NULL, items TEXT NOT NULL,
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
      CREATE INDEX study_plans_month_person ON study_plans (month, person_id);
    `)
  }
}
