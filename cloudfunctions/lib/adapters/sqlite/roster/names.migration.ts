import type { Migration } from '../migrations'

/**
 * Schema step 9 (issue 8, item 4): invariants held by the database under concurrent requests.
 * Area and unit names are unique, so two admins saving the same name at once cannot both succeed
 * (the CloudBase adapter declares the same `name_unique` indexes); names are trimmed by the
 * contract, so the stored name is the normal form. A file holding two areas or units of one name
 * stops here with a clear error, to be renamed by hand.
 */
export const namesMigration: Migration = {
  version: 9,
  name: 'unique area and unit names',
  up(db) {
    for (const table of ['areas', 'units']) {
      const twice = db.prepare(`SELECT name FROM ${table} GROUP BY name HAVING COUNT(*) > 1 LIMIT 1`).get() as
        { name: string } | undefined
      if (twice) throw new Error(`${table}: more than one row is named “${twice.name}”; rename one, then start again`)
    }
    db.exec(`
      CREATE UNIQUE INDEX areas_name ON areas (name);
      CREATE UNIQUE INDEX units_name ON units (name);
    `)
  }
}
