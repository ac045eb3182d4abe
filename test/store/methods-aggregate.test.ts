import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { FakeCloudbase } from './cloudbase-fake'
import { makeRecord } from './methods.fixtures'

// The assessment export reads every unit's method counts: on CloudBase they are counted by the
// database (aggregate match + group per person and kind), never by loading the records.

describe('CloudBase methodRecords.countByUnit', () => {
  it('counts with an aggregation, past 20 groups and 1000 records, loading no record', async () => {
    const db = new FakeCloudbase()
    const store = createCloudbaseStore(db)
    const people = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, '0')}`)
    for (const [i, personId] of people.entries()) {
      for (let k = 0; k < 40; k++) {
        const kind = k % 2 === 0 ? 'note' : 'exchange'
        await store.methodRecords.insert(
          makeRecord(kind, { personId, unitId: 'u1', withdrawnAt: k === 0 && i % 3 === 0 ? 'x' : null })
        )
      }
    }
    await store.methodRecords.insert(makeRecord('note', { personId: 'p00', unitId: 'u2' }))
    const gets = db.stats.gets
    const counts = await store.methodRecords.countByUnit('u1', 2026)
    expect(db.stats.gets).toBe(gets)
    expect(db.stats.aggregates).toBeGreaterThan(0)
    expect(counts.size).toBe(30)
    expect(counts.get('p00')).toEqual({ note: 19, exchange: 20 })
    expect(counts.get('p01')).toEqual({ note: 20, exchange: 20 })
  })
})
