import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import type { StudySession } from '../../../src/core/model'
import { id } from '../fixtures'
import { makeDraw, makeObservation, randomYear } from '../observation.fixtures'

/** A planned session of a day, 09:00 China time. */
const planned = (day: string): StudySession => ({
  id: id(),
  unitId: id(),
  areaId: id(),
  startsAt: `${day}T01:00:00.000Z`,
  day,
  month: day.slice(0, 7),
  year: Number(day.slice(0, 4)),
  place: null,
  topic: '学习党章',
  materials: [],
  classics: [],
  leadId: null,
  leadName: null,
  leadMode: null,
  memberIds: [],
  absentIds: [],
  speakers: [],
  tiedToWork: null,
  followUp: null,
  status: 'planned',
  completedAt: null,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: 'sec',
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'sec'
})

/** Observation on central-group sessions (issue 10): the session link and a draw's date window. */
export function observationSessionsContract(store: () => Store): void {
  describe('observations of sessions', () => {
    it('keeps the observed session of an observation, and null for one typed by hand', async () => {
      const sessionId = id()
      const linked = makeObservation({ sessionId })
      const typed = makeObservation()
      await store().observations.insert(linked)
      await store().observations.insert(typed)
      expect(await store().observations.get(linked.id)).toEqual(linked)
      expect((await store().observations.get(typed.id))?.sessionId).toBeNull()
      const moved = { ...linked, sessionId: id() }
      await store().observations.update(moved)
      expect((await store().observations.listByUnit(linked.unitId)).map((o) => o.sessionId)).toEqual([moved.sessionId])
    })

    it("finds a mutual observation by a partner unit's chosen person, newest session first", async () => {
      const [person, other] = [id(), id()]
      const early = makeObservation({ mode: 'mutual', partnerMemberIds: [other, person], startsAt: '2026-03-01T01:00:00.000Z' })
      const late = makeObservation({ mode: 'mutual', partnerMemberIds: [person], startsAt: '2026-09-01T01:00:00.000Z' })
      const notNamed = makeObservation({ mode: 'mutual', partnerMemberIds: [other] })
      for (const o of [early, late, notNamed]) await store().observations.insert(o)
      expect((await store().observations.listByPartnerMember(person)).map((o) => o.id)).toEqual([late.id, early.id])
      expect(await store().observations.get(early.id)).toEqual(early)
      expect(await store().observations.listByPartnerMember(id())).toEqual([])
    })

    it('reads the sessions an observation list names, by id, earliest first, skipping unknown ids', async () => {
      const [late, early] = [planned('2026-12-20'), planned('2026-12-03')]
      for (const s of [late, early, planned('2026-12-10')]) await store().studySessions.insert(s)
      expect(await store().studySessions.listByIds([late.id, id(), early.id, late.id])).toEqual([early, late])
      expect(await store().studySessions.listByIds([])).toEqual([])
    })

    it("keeps a draw's window, and null for a draw of units", async () => {
      const year = randomYear()
      const windowed = makeDraw({ year, windowFrom: '2026-12-01', windowTo: '2026-12-31', candidateIds: ['s1', 's2'] })
      const ofUnits = makeDraw({ year, createdAt: '2026-10-01T00:00:00.000Z' })
      await store().observationDraws.insert(windowed)
      await store().observationDraws.insert(ofUnits)
      expect(await store().observationDraws.get(windowed.id)).toEqual(windowed)
      expect((await store().observationDraws.listByYear(year)).map((d) => [d.windowFrom, d.windowTo])).toEqual([
        ['2026-12-01', '2026-12-31'],
        [null, null]
      ])
    })
  })
}
