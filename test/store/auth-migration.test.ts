import Database from 'better-sqlite3'
import { MIGRATIONS, migrate } from '../../cloudfunctions/lib/adapters/sqlite'
import { bindingIdOf } from '../../cloudfunctions/lib/ports/bindings.port'

// Schema step 8 on a file that already has bound people: each bound OPENID gets its guard, so
// the guard is as true for old bindings as for new ones.
describe('sqlite migration 8 (login that cannot be guessed)', () => {
  it('gives every OPENID bound before the upgrade its guard, and old codes a clean attempt record', () => {
    const db = new Database(':memory:')
    migrate(
      db,
      'mem',
      MIGRATIONS.filter((m) => m.version < 8)
    )
    const stamp = "'2026-03-05T02:00:00.000Z', 'seed', '2026-03-05T02:00:00.000Z', 'seed'"
    db.exec(`
      INSERT INTO people (id, name, phone, unit_id, position, roles, open_id, active, created_at, created_by, updated_at, updated_by) VALUES ('p1', '甲', '13900000001', 'u1', '干部', '["cadre"]', 'o-bound', 1, ${stamp});
      INSERT INTO people (id, name, phone, unit_id, position, roles, open_id, active, created_at, created_by, updated_at, updated_by) VALUES ('p2', '乙', '13900000002', 'u1', '干部', '["cadre"]', NULL, 1, ${stamp});
      INSERT INTO codes VALUES ('p2', 'hash', '2026-03-08T00:00:00.000Z', NULL, 'admin', '2026-03-01T00:00:00.000Z');
    `)
    migrate(db, 'mem')
    expect(db.prepare('SELECT * FROM openid_bindings').all()).toEqual([
      { id: bindingIdOf('o-bound'), person_id: 'p1', bound_at: '2026-03-05T02:00:00.000Z' }
    ])
    expect(db.prepare('SELECT attempts, failures, locked_until FROM codes').get()).toEqual({
      attempts: 0,
      failures: '[]',
      locked_until: null
    })
    db.close()
  })
})
