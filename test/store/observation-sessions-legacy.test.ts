import { mkdtempSync, rmSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import Database from 'better-sqlite3'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { COLLECTIONS } from '../../cloudfunctions/lib/adapters/cloudbase/collections'
import { MIGRATIONS, migrate, openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { FakeCloudbase } from './cloudbase-fake'

// Observations and draws written before issue 10 (no session link, no window) read as null on
// both adapters: SQLite through schema step 19, CloudBase by the repository (documents keep no schema).

const stamp = { createdAt: '2026-11-01', createdBy: 'admin', updatedAt: '2026-11-01', updatedBy: 'admin' }

describe('observations from before sessions', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'obs-legacy-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('SQLite: step 19 upgrades a step-18 file; its observation and draw read with null session and window', async () => {
    const file = join(dir, 'old.db')
    const db = new Database(file)
    migrate(
      db,
      file,
      MIGRATIONS.filter((m) => m.version < 19)
    )
    const audited = "'2026-11-01', 'admin', '2026-11-01', 'admin'"
    db.exec(`INSERT INTO observations (id, mode, status, unit_id, area_id, group_id, starts_at, day, year, theme,
      partner_unit_id, draw_id, batch_id, members_present, note, closed_reason, created_at, created_by, updated_at, updated_by)
      VALUES ('o1', 'fixed', 'planned', 'u1', 'a1', 'g1', '2026-11-20T01:00:00.000Z', '2026-11-20', 2026, NULL,
      NULL, NULL, NULL, '[]', NULL, NULL, ${audited})`)
    db.exec(`INSERT INTO obs_draws (id, area_id, count, seed, candidate_ids, picked_ids, group_id, starts_at, year,
      created_at, created_by, updated_at, updated_by)
      VALUES ('d1', 'a1', 1, 7, '["u1","u2"]', '["u2"]', 'g1', '2026-11-20T01:00:00.000Z', 2026, ${audited})`)
    db.close()
    const store = await openSqliteStore(file)
    try {
      expect(await store.observations.get('o1')).toMatchObject({ id: 'o1', sessionId: null, partnerMemberIds: [] })
      expect(await store.observationDraws.get('d1')).toMatchObject({ id: 'd1', windowFrom: null, windowTo: null })
    } finally {
      await store.close()
    }
  })

  it('CloudBase: a document without the new fields reads them as null', async () => {
    const db = new FakeCloudbase()
    await db.collection(COLLECTIONS.observations).add({
      _id: 'o1',
      mode: 'fixed',
      status: 'planned',
      unitId: 'u1',
      areaId: 'a1',
      groupId: 'g1',
      startsAt: '2026-11-20T01:00:00.000Z',
      day: '2026-11-20',
      year: 2026,
      theme: null,
      partnerUnitId: null,
      drawId: null,
      batchId: null,
      membersPresent: [],
      note: null,
      closedReason: null,
      ...stamp
    })
    await db.collection(COLLECTIONS.observationDraws).add({
      _id: 'd1',
      areaId: 'a1',
      count: 1,
      seed: 7,
      candidateIds: ['u1', 'u2'],
      pickedIds: ['u2'],
      groupId: 'g1',
      startsAt: '2026-11-20T01:00:00.000Z',
      year: 2026,
      ...stamp
    })
    const store = createCloudbaseStore(db)
    expect(await store.observations.get('o1')).toMatchObject({ sessionId: null, partnerMemberIds: [] })
    expect((await store.observations.listByUnit('u1'))[0].sessionId).toBeNull()
    expect(await store.observationDraws.get('d1')).toMatchObject({ windowFrom: null, windowTo: null })
    expect((await store.observationDraws.listByYear(2026))[0]).toMatchObject({ windowFrom: null, windowTo: null })
  })
})
