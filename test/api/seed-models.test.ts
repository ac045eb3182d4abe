import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { seedDemoDistrict } from '../../cloudfunctions/local/seed'
import { FakeCloudbase } from '../store/cloudbase-fake'

// The demo district's model examples (issue 11): one named with its evidence, one waiting for review.

describe('the demo model examples', () => {
  it('seed one named model with two linked records and one 示范课 waiting for review, once', async () => {
    const store = openSqliteStore(':memory:')
    const now = new Date('2026-12-04T02:00:00Z')
    await seedDemoDistrict(store, now, { demo: true })
    await seedDemoDistrict(store, now, { demo: true })
    const all = await store.nominations.list({ year: 2026 })
    expect(all.map((n) => [n.kind, n.state, n.evidence.map((e) => e.id).sort()])).toEqual([
      ['demoSession', 'nominated', ['seed-obs-past', 'seed-session-czj-past']],
      ['fiveMethods', 'named', ['seed-rec-1', 'seed-session-fgj-1']]
    ])
    expect(all[0].evidence.find((e) => e.kind === 'observation')?.score).toBeGreaterThan(0)
    expect(all[1]).toMatchObject({ title: '2026年度坚持“五种学习方式”的典型', namedOn: '2026-12-02' })
  })

  it('seed the same nominations on the CloudBase store', async () => {
    const store = createCloudbaseStore(new FakeCloudbase())
    await seedDemoDistrict(store, new Date('2026-12-04T02:00:00Z'), { demo: true })
    expect((await store.nominations.list({ year: 2026 })).map((n) => n.state)).toEqual(['nominated', 'named'])
  })
})
