import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { seedDemoDistrict } from '../../cloudfunctions/local/seed'
import { drawUnits } from '../../src/core/rules/observation'
import { yearOf } from '../../src/core/time'
import { FakeCloudbase } from '../store/cloudbase-fake'

// The demo district's observations are of real central-group sessions (issue 10): each seeded
// observation names a session of its own unit at its own start, and the random draw's candidates
// are the area's sessions in the draw's window, so the draw can be redone from its seed.

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

describe.each(STORES)('the demo observations on %s', (_name, makeStore) => {
  it('are each of a recorded session of the observed unit, and the draw is among sessions', async () => {
    const store = makeStore()
    const now = new Date('2026-12-04T02:00:00Z')
    await seedDemoDistrict(store, now, { demo: true })
    const year = yearOf(now)
    const observations = [...(await store.observations.listByYear(year - 1)), ...(await store.observations.listByYear(year))]
    expect(observations.length).toBeGreaterThanOrEqual(3)
    for (const o of observations) {
      expect(o.sessionId).not.toBeNull()
      const session = await store.studySessions.get(o.sessionId ?? '')
      expect(session).toMatchObject({ unitId: o.unitId, startsAt: o.startsAt, withdrawnAt: null })
    }
    // The held session that was scored yields its lead's study record, as a recorded one does.
    const past = observations.find((o) => o.id === 'seed-obs-past')
    const held = await store.studySessions.get(past?.sessionId ?? '')
    expect(held?.status).toBe('completed')
    const leadStudies = await store.methodRecords.listByUnit({
      unitId: past?.unitId ?? '',
      year: held?.year ?? year,
      kind: 'leadStudy'
    })
    expect(leadStudies.filter((r) => r.sourceMeetingId === held?.id).map((r) => r.personId)).toEqual([held?.leadId])

    const draw = await store.observationDraws.get('seed-obs-draw-1')
    expect(draw).not.toBeNull()
    if (!draw) return
    expect(draw.candidateIds).toEqual([...draw.candidateIds].sort())
    expect(drawUnits(draw.candidateIds, draw.count, draw.seed)).toEqual(draw.pickedIds)
    for (const id of draw.candidateIds) {
      const candidate = await store.studySessions.get(id)
      expect(candidate?.areaId).toBe(draw.areaId)
      expect(
        candidate && draw.windowFrom && draw.windowTo && candidate.day >= draw.windowFrom && candidate.day <= draw.windowTo
      ).toBe(true)
    }
    const random = observations.filter((o) => o.drawId === draw.id)
    expect(random.map((o) => o.sessionId)).toEqual(draw.pickedIds)
    await store.close()
  })
})
