import type { Migration } from '../migrations'

/**
 * Schema step 11: idempotency entries by age, for the daily expiry job (jobs/idempotency-expiry):
 * every write's answer used to be kept forever.
 */
export const idempotencyMigration: Migration = {
  version: 11,
  name: 'idempotency entries by age',
  up(db) {
    db.exec('CREATE INDEX idempotency_created ON idempotency (created_at, id);')
  }
}
