import Database from 'better-sqlite3'
import { MIGRATIONS, SchemaTooNewError, latestVersion, migrate, type Migration } from '../../cloudfunctions/lib/adapters/sqlite'

// Issues reserve schema versions (2 and 3 for issues 3 and 4, 4 for observation) and may land in
// any order: migrate() applies whatever a file has not seen, gaps and late arrivals included.

const step = (version: number, ran: number[]): Migration => ({
  version,
  name: `step ${version}`,
  up: (db) => {
    ran.push(version)
    db.exec(`CREATE TABLE t${version} (x)`)
  }
})

const versionOf = (db: Database.Database) => db.pragma('user_version', { simple: true })

describe('sqlite migrations with reserved version numbers', () => {
  it('applies steps with gaps and later fills a gap on a file already past it', () => {
    const db = new Database(':memory:')
    const ran: number[] = []
    expect(migrate(db, 'mem', [step(1, ran), step(4, ran)])).toBe(4)
    expect(versionOf(db)).toBe(4)
    expect(migrate(db, 'mem', [step(1, ran), step(4, ran), step(2, ran)])).toBe(4)
    expect(migrate(db, 'mem', [step(1, ran), step(2, ran), step(4, ran)])).toBe(4)
    expect(ran).toEqual([1, 4, 2])
    db.close()
  })

  it('treats a file from before schema_steps as having steps 1..user_version', () => {
    const db = new Database(':memory:')
    const ran: number[] = []
    db.pragma('user_version = 1')
    migrate(db, 'mem', [step(1, ran), step(4, ran)])
    expect(ran).toEqual([4])
    const rows = db.prepare('SELECT version FROM schema_steps ORDER BY version').all()
    expect(rows).toEqual([{ version: 1 }, { version: 4 }])
    db.close()
  })

  it('refuses a file that has a step this program does not know, and a list with a version twice', () => {
    const db = new Database(':memory:')
    migrate(db, 'mem', [step(1, []), step(3, [])])
    expect(() => migrate(db, 'mem', [step(1, []), step(4, [])])).toThrow(SchemaTooNewError)
    expect(() => migrate(new Database(':memory:'), 'mem', [step(1, []), step(1, [])])).toThrow(/twice|two/)
    db.close()
  })

  it('puts the observation tables in step 4 with the indexes their queries use', () => {
    const db = new Database(':memory:')
    expect(MIGRATIONS.some((m) => m.version === 4)).toBe(true)
    expect(migrate(db, 'mem')).toBe(latestVersion())
    const plan = (sql: string) => JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all())
    expect(plan("SELECT * FROM observations WHERE unit_id = 'u' ORDER BY starts_at DESC")).toMatch(/observations_unit/)
    expect(plan('SELECT * FROM observations WHERE year = 2026 ORDER BY starts_at DESC')).toMatch(/observations_year/)
    expect(plan("SELECT * FROM score_sheets WHERE observation_id = 'o'")).toMatch(/score_sheets_one_per_observer/)
    db.close()
  })
})

describe('schema step 9: unique area and unit names', () => {
  it('refuses to run on a file with two areas of one name, naming it, and leaves the file as it was', () => {
    const db = new Database(':memory:')
    migrate(
      db,
      'mem',
      MIGRATIONS.filter((m) => m.version < 9)
    )
    const stamp = "'2026-01-01', 'seed', '2026-01-01', 'seed'"
    db.exec(`INSERT INTO areas VALUES ('a1', '城东片区', ${stamp}), ('a2', '城东片区', ${stamp})`)
    expect(() => migrate(db, 'mem', MIGRATIONS)).toThrow('areas: more than one row is named “城东片区”')
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'areas_name'").get()).toBeUndefined()
    db.exec("UPDATE areas SET name = '城东片区二' WHERE id = 'a2'")
    expect(migrate(db, 'mem', MIGRATIONS)).toBe(latestVersion(MIGRATIONS))
    db.close()
  })
})

describe('schema step 10: upload usage and unattached files', () => {
  it('upgrades a step-9 file holding files, and the clean-up query reads the partial index in order', () => {
    const db = new Database(':memory:')
    migrate(
      db,
      'mem',
      MIGRATIONS.filter((m) => m.version < 10)
    )
    db.exec(`INSERT INTO files VALUES ('f1', 'p1', 'a.jpg', 'image/jpeg', 'image', 9, 'uploads/p1/f1', NULL, '2026-11-05')`)
    expect(
      migrate(
        db,
        'mem',
        MIGRATIONS.filter((m) => m.version <= 10)
      )
    ).toBe(10)
    const plan = JSON.stringify(
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT * FROM files WHERE record_id IS NULL AND created_at < '2026-11-06' ORDER BY created_at, id LIMIT 500`
        )
        .all()
    )
    expect(plan).toMatch(/files_unattached/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
    expect(db.prepare('SELECT COUNT(*) AS n FROM upload_usage').get()).toEqual({ n: 0 })
    db.close()
  })
})

describe('schema step 11: idempotency entries by age', () => {
  it('lets the expiry delete the oldest entries through its index', () => {
    const db = new Database(':memory:')
    expect(migrate(db, 'mem')).toBe(latestVersion())
    const plan = JSON.stringify(
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM idempotency WHERE created_at < '2026-09-01' ORDER BY created_at, id LIMIT 500"
        )
        .all()
    )
    expect(plan).toMatch(/idempotency_created/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
    db.close()
  })
})
