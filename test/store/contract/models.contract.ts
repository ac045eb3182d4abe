import { nominationIdOf, type ModelNomination } from '../../../src/core/model'
import { DuplicateKeyError, type Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

const STAMP = { createdAt: '2026-11-02T01:00:00.000Z', createdBy: 'sec', updatedAt: '2026-11-02T01:00:00.000Z', updatedBy: 'sec' }

function nominationOf(unitId: string, over: Partial<ModelNomination> = {}): ModelNomination {
  const subjectId = over.subjectId ?? id()
  const kind = over.kind ?? 'fiveMethods'
  const year = over.year ?? 2026
  return {
    id: nominationIdOf(year, kind, 'person', subjectId),
    kind,
    year,
    subjectType: 'person',
    subjectId,
    subjectName: '王明',
    unitId,
    reason: '坚持每月自学，带头宣讲',
    evidence: [
      {
        kind: 'note',
        id: 'r1',
        title: '学习心得',
        date: '2026-10-08',
        who: '王明',
        score: null,
        personIds: ['p1'],
        unitId,
        sessionId: null
      },
      {
        kind: 'session',
        id: 's1',
        title: '中心组学习',
        date: '2026-10-09',
        who: '区发改局',
        score: null,
        personIds: ['p1', 'p2'],
        unitId,
        sessionId: 's1'
      }
    ],
    nominatedBy: 'sec',
    nominatorName: '李记录',
    via: 'unit',
    observationId: null,
    state: 'nominated',
    title: null,
    namedOn: null,
    reviewedBy: null,
    reviewedAt: null,
    rejectReason: null,
    revokedBy: null,
    revokedAt: null,
    revokeReason: null,
    ...STAMP,
    ...over
  }
}

const naming = {
  state: 'named' as const,
  title: '2026年度坚持“五种学习方式”的典型',
  namedOn: '2026-12-04',
  reviewedBy: 'adm',
  reviewedAt: '2026-12-04T02:00:00.000Z',
  updatedAt: '2026-12-04T02:00:00.000Z',
  updatedBy: 'adm'
}

/** Model-example nominations: one per subject, kind and year; state changes only from the expected state. */
export function modelsContract(store: () => Store): void {
  describe('model-example nominations', () => {
    it('keeps one nomination per subject, kind and year: a second insert of the id is a duplicate', async () => {
      const n = nominationOf(id())
      await store().transaction(async (tx) => tx.nominations.insert(n))
      expect(await store().nominations.get(n.id)).toEqual(n)
      await expect(
        store().transaction(async (tx) => tx.nominations.insert({ ...n, reason: '再次推荐', createdBy: 'adm' }))
      ).rejects.toBeInstanceOf(DuplicateKeyError)
      expect((await store().nominations.get(n.id))?.reason).toBe(n.reason)
    })

    it('changes the state only from the expected one, keeping the other fields', async () => {
      const n = nominationOf(id())
      await store().nominations.insert(n)
      expect(await store().transaction((tx) => tx.nominations.transition(n.id, 'rejected', naming))).toBe(false)
      expect((await store().nominations.get(n.id))?.state).toBe('nominated')
      expect(await store().transaction((tx) => tx.nominations.transition(n.id, 'nominated', naming))).toBe(true)
      expect(await store().nominations.get(n.id)).toEqual({ ...n, ...naming })
      expect(await store().transaction((tx) => tx.nominations.transition(n.id, 'nominated', naming))).toBe(false)
      expect(await store().transaction((tx) => tx.nominations.transition('missing-id', 'nominated', naming))).toBe(false)
    })

    it('lets exactly one of two reviews at once pass', async () => {
      const n = nominationOf(id())
      await store().nominations.insert(n)
      const reject = {
        state: 'rejected' as const,
        rejectReason: '材料不足',
        reviewedBy: 'adm2',
        reviewedAt: '2026-12-04T02:00:00.000Z',
        updatedAt: '2026-12-04T02:00:00.000Z',
        updatedBy: 'adm2'
      }
      const outcomes = await Promise.all([
        store().transaction((tx) => tx.nominations.transition(n.id, 'nominated', naming)),
        store().transaction((tx) => tx.nominations.transition(n.id, 'nominated', reject))
      ])
      expect(outcomes.filter(Boolean)).toHaveLength(1)
      const stored = await store().nominations.get(n.id)
      expect(stored?.state).toBe(outcomes[0] ? 'named' : 'rejected')
      // The winner's fields only: a named model carries no rejection reason.
      expect(stored?.state === 'named' ? stored.rejectReason : stored?.title).toBeNull()
    })

    it('lists by year, unit, nominator and state, newest filed first', async () => {
      const unitId = id()
      const older = nominationOf(unitId, { createdAt: '2026-10-01T00:00:00.000Z' })
      const newer = nominationOf(unitId, { kind: 'internalised', createdAt: '2026-11-20T00:00:00.000Z', nominatedBy: 'adm' })
      const lastYear = nominationOf(unitId, { year: 2025, createdAt: '2025-12-01T00:00:00.000Z' })
      const otherUnit = nominationOf(id())
      for (const n of [older, newer, lastYear, otherUnit]) await store().nominations.insert(n)
      await store().transaction((tx) => tx.nominations.transition(newer.id, 'nominated', naming))
      const ids = (list: ModelNomination[]) => list.map((n) => n.id)
      expect(ids(await store().nominations.list({ unitId }))).toEqual([newer.id, older.id, lastYear.id])
      expect(ids(await store().nominations.list({ unitId, year: 2026 }))).toEqual([newer.id, older.id])
      expect(ids(await store().nominations.list({ unitId, state: 'named' }))).toEqual([newer.id])
      expect(ids(await store().nominations.list({ unitId, nominatedBy: 'adm' }))).toEqual([newer.id])
      expect(ids(await store().nominations.list({ unitId, year: 2026, state: 'nominated' }))).toEqual([older.id])
      const waiting = await store().nominations.list({ state: 'nominated' })
      expect(ids(waiting)).toEqual(expect.arrayContaining([older.id, lastYear.id, otherUnit.id]))
      expect(ids(waiting)).not.toContain(newer.id)
    })
  })
}
