import type { Migration } from '../migrations'

/**
 * Schema step 23 (issue 13 item 7): the position the admin gives areas and units. NULL on rows
 * saved before: they keep sorting by name after the placed ones (src/core/rules/order.ts).
 */
export const orderMigration: Migration = {
  version: 23,
  name: 'area and unit explicit order',
  up(db) {
    db.exec(`
      ALTER TABLE areas ADD COLUMN sort_order INTEGER;
      ALTER TABLE units ADD COLUMN sort_order INTEGER;
    `)
  }
}
