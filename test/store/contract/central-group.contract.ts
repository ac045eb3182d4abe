import type { StudySession } from '../../../src/core/model'
import { groupPlanId } from '../../../cloudfunctions/lib/ports/central-group.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

const STAMP = { createdAt: '2026-11-02T01:00:00.000Z', createdBy: 'sec', updatedAt: '2026-11-02T01:00:00.000Z', updatedBy: 'sec' }

function sessionOf(unitId: string, areaId: string, day: string, over: Partial<StudySession> = {}): StudySession {
  return {
    id: id(),
    unitId,
    areaId,
    startsAt: `${day}T01:00:00.000Z`,
    day,
    month: day.slice(0, 7),
    year: Number(day.slice(0, 4)),
    place: null,
    topic: '学习党的二十届四中全会精神',
    materials: [{ contentType: 'centralDecision', title: '全会公报', speechId: null, source: '新华社' }],
    classics: [{ classicId: 'c1', title: '《习近平谈治国理政》第一卷', chapter: '第三篇', pages: '12-20' }],
    leadId: 'lead',
    leadName: '刘建国',
    leadMode: 'lead',
    memberIds: ['lead', 'm1', 'm2'],
    absentIds: ['m2'],
    speakers: [{ personId: 'm1', name: '甲', points: '要点' }],
    tiedToWork: null,
    followUp: '形成三条措施',
    status: 'completed',
    completedAt: '2026-11-05T01:00:00.000Z',
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...STAMP,
    ...over
  }
}

/** Central study groups: one membership per unit, one plan per unit and year, sessions by unit, area, member and window. */
export function centralGroupContract(store: () => Store): void {
  describe('central-group members, plans and study sessions', () => {
    it('keeps one membership per unit, replaced whole, even when two saves land at once', async () => {
      const unitId = id()
      expect(await store().groupMembers.get(unitId)).toBeNull()
      const a = { id: unitId, unitId, memberIds: ['p1', 'p2'], ...STAMP }
      const b = { ...a, memberIds: ['p3'], updatedAt: '2026-11-03T01:00:00.000Z' }
      await Promise.all([store().groupMembers.put(a), store().groupMembers.put(b)])
      expect([a, b]).toContainEqual(await store().groupMembers.get(unitId))
      await store().groupMembers.put(b)
      expect(await store().groupMembers.get(unitId)).toEqual(b)
    })

    it('keeps one plan per unit and year under a deterministic id', async () => {
      const unitId = id()
      const plan = {
        id: groupPlanId(unitId, 2026),
        unitId,
        year: 2026,
        items: [{ period: '2026-Q1', topic: '学习全会精神' }],
        ...STAMP
      }
      await store().groupPlans.put(plan)
      await store().groupPlans.put({ ...plan, items: [] })
      expect(await store().groupPlans.get(unitId, 2026)).toEqual({ ...plan, items: [] })
      expect(await store().groupPlans.get(unitId, 2027)).toBeNull()
    })

    it('stores a session whole and lists a unit’s year earliest first', async () => {
      const unitId = id()
      const later = sessionOf(unitId, 'area', '2026-12-04')
      const earlier = sessionOf(unitId, 'area', '2026-03-10', { status: 'planned', leadId: null, leadName: null, leadMode: null })
      await store().studySessions.insert(later)
      await store().studySessions.insert(earlier)
      await store().studySessions.insert(sessionOf(unitId, 'area', '2025-12-04'))
      expect(await store().studySessions.get(later.id)).toEqual(later)
      expect((await store().studySessions.listByUnit(unitId, 2026)).map((s) => s.id)).toEqual([earlier.id, later.id])
      const changed = { ...later, absentIds: [], withdrawnAt: '2026-12-05T01:00:00.000Z' }
      await store().studySessions.update(changed)
      expect(await store().studySessions.get(later.id)).toEqual(changed)
    })

    it('lists the sessions of a unit, an area, a member or the district within a day window, ends included', async () => {
      const [u1, u2, areaId, member] = [id(), id(), id(), id()]
      const first = sessionOf(u1, areaId, '2031-01-31')
      const inside = sessionOf(u2, areaId, '2031-02-15', { memberIds: [member] })
      const last = sessionOf(u1, areaId, '2031-03-01')
      const outside = sessionOf(u1, areaId, '2031-03-02', { memberIds: [member] })
      const otherArea = sessionOf(id(), id(), '2031-02-01')
      for (const s of [last, outside, inside, otherArea, first]) await store().studySessions.insert(s)
      const ids = async (scope: Parameters<Store['studySessions']['listInWindow']>[0]) =>
        (await store().studySessions.listInWindow(scope, '2031-01-31', '2031-03-01')).map((s) => s.id)
      expect(await ids({ unitId: u1 })).toEqual([first.id, last.id])
      expect(await ids({ areaId })).toEqual([first.id, inside.id, last.id])
      expect(await ids({ memberId: member })).toEqual([inside.id])
      expect(await ids({ district: true })).toEqual([first.id, otherArea.id, inside.id, last.id])
      expect(await store().studySessions.listInWindow({ areaId }, '2031-03-02', '2031-03-01')).toEqual([])
    })
  })
}
