import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'
import {
  makeDraw,
  makeGroup,
  makeObservation,
  makeRectification,
  makeRubric,
  makeSheet,
  randomYear
} from '../observation.fixtures'

const ids = (items: Array<{ id: string }>) => items.map((x) => x.id)

/** Observation groups, rubric versions, observations, draws, score sheets and rectifications. */
export function observationContract(store: () => Store): void {
  describe('observation groups', () => {
    it('round-trips a group, replaces it on update, and finds the groups of a member', async () => {
      const person = id()
      const led = makeGroup({ leaderId: person, memberIds: [person, id()], name: `B${id()}` })
      const member = makeGroup({ memberIds: [id(), person], name: `A${id()}` })
      const other = makeGroup()
      for (const g of [led, member, other]) await store().observationGroups.insert(g)
      expect(await store().observationGroups.get(led.id)).toEqual(led)
      expect(await store().observationGroups.get(id())).toBeNull()
      expect(ids(await store().observationGroups.listByMember(person))).toEqual([member.id, led.id])
      const renamed = { ...other, name: `丙${id()}`, areaIds: [], active: false }
      await store().observationGroups.update(renamed)
      expect(await store().observationGroups.get(other.id)).toEqual(renamed)
      expect(ids(await store().observationGroups.list())).toEqual(expect.arrayContaining([led.id, member.id, other.id]))
      expect(await store().observationGroups.listByMember(id())).toEqual([])
    })
  })

  describe('rubric versions', () => {
    it('round-trips versions newest first and refuses a version twice', async () => {
      const older = makeRubric()
      const newer = makeRubric({ version: older.version + 1, items: older.items.slice(0, 2) })
      await store().rubrics.insert(older)
      await store().rubrics.insert(newer)
      expect(await store().rubrics.get(older.version)).toEqual(older)
      expect(await store().rubrics.get(0)).toBeNull()
      const listed = (await store().rubrics.list()).filter((r) => r.version === older.version || r.version === newer.version)
      expect(listed).toEqual([newer, older])
      await expect(store().rubrics.insert({ ...older, publishedBy: 'someone else' })).rejects.toThrow()
      expect(await store().rubrics.get(older.version)).toEqual(older)
    })
  })

  describe('observations', () => {
    it('round-trips an observation with its nulls and lists, and replaces it on update', async () => {
      const o = makeObservation({ mode: 'mutual', partnerUnitId: id(), theme: null, membersPresent: [id(), id()] })
      await store().observations.insert(o)
      expect(await store().observations.get(o.id)).toEqual(o)
      const cancelled = { ...o, status: 'cancelled' as const, closedReason: '会议改期', groupId: null, membersPresent: [] }
      await store().observations.update(cancelled)
      expect(await store().observations.get(o.id)).toEqual(cancelled)
      expect(await store().observations.get(id())).toBeNull()
    })

    it('lists by groups, by unit and by year, newest session first', async () => {
      const [g1, g2, unitId, year] = [id(), id(), id(), randomYear()]
      const early = makeObservation({ groupId: g1, unitId, year, startsAt: '2026-03-01T01:00:00.000Z' })
      const late = makeObservation({ groupId: g2, unitId, year, startsAt: '2026-09-01T01:00:00.000Z' })
      const mid = makeObservation({ groupId: g1, year, startsAt: '2026-05-01T01:00:00.000Z' })
      const elsewhere = makeObservation({ groupId: id(), year: year + 1 })
      const requested = makeObservation({
        groupId: null,
        unitId,
        year,
        status: 'requested',
        startsAt: '2026-10-01T01:00:00.000Z'
      })
      for (const o of [early, late, mid, elsewhere, requested]) await store().observations.insert(o)
      expect(ids(await store().observations.listByGroups([g1, g2]))).toEqual([late.id, mid.id, early.id])
      expect(ids(await store().observations.listByGroups([g1]))).toEqual([mid.id, early.id])
      expect(await store().observations.listByGroups([])).toEqual([])
      expect(ids(await store().observations.listByUnit(unitId))).toEqual([requested.id, late.id, early.id])
      expect(ids(await store().observations.listByYear(year))).toEqual([requested.id, late.id, mid.id, early.id])
      expect(await store().observations.listByYear(year + 2)).toEqual([])
    })
  })

  describe('random draws', () => {
    it('round-trips a draw with its seed and lists the draws of a year', async () => {
      const year = randomYear()
      const d1 = makeDraw({ year, createdAt: '2026-11-01T00:00:00.000Z' })
      const d2 = makeDraw({ year, createdAt: '2026-11-05T00:00:00.000Z', seed: 0 })
      await store().observationDraws.insert(d1)
      await store().observationDraws.insert(d2)
      await store().observationDraws.insert(makeDraw({ year: year + 1 }))
      expect(await store().observationDraws.get(d1.id)).toEqual(d1)
      expect(await store().observationDraws.listByYear(year)).toEqual([d2, d1])
    })
  })

  describe('score sheets', () => {
    it('round-trips a sheet with half points and replaces it on update', async () => {
      const sheet = makeSheet({ photos: ['cloud://x/1.jpg'], fieldResearch: '查看了学习笔记' })
      await store().scoreSheets.insert(sheet)
      expect(await store().scoreSheets.get(sheet.id)).toEqual(sheet)
      const revised = {
        ...sheet,
        scores: { lead_height: 15 },
        total: 92,
        documentReview: { ...sheet.documentReview, note: '齐全' }
      }
      await store().scoreSheets.update(revised)
      expect(await store().scoreSheets.get(sheet.id)).toEqual(revised)
    })

    it('keeps one sheet per observer per session', async () => {
      const sheet = makeSheet()
      await store().scoreSheets.insert(sheet)
      await expect(store().scoreSheets.insert({ ...sheet, id: id() })).rejects.toThrow()
      expect(await store().scoreSheets.listByObservation(sheet.observationId)).toEqual([sheet])
    })

    it('lists the sheets of a session, of several sessions and of a year, oldest first', async () => {
      const [o1, o2, year] = [id(), id(), randomYear()]
      const second = makeSheet({ observationId: o1, year, submittedAt: '2026-11-20T04:00:00.000Z' })
      const first = makeSheet({ observationId: o1, year, submittedAt: '2026-11-20T03:00:00.000Z' })
      const other = makeSheet({ observationId: o2, year, submittedAt: '2026-11-21T03:00:00.000Z' })
      const stranger = makeSheet({ year: year + 1 })
      for (const s of [second, first, other, stranger]) await store().scoreSheets.insert(s)
      expect(await store().scoreSheets.listByObservation(o1)).toEqual([first, second])
      expect(await store().scoreSheets.listByObservations([o2, o1])).toEqual([first, second, other])
      expect(await store().scoreSheets.listByObservations([])).toEqual([])
      expect(await store().scoreSheets.listByYear(year)).toEqual([first, second, other])
    })
  })

  describe('rectifications', () => {
    it('round-trips feedback, replaces it as it moves on, and lists by observations and year', async () => {
      const year = randomYear()
      const r = makeRectification({ year })
      const later = makeRectification({ year, sentAt: '2026-11-25T00:00:00.000Z' })
      await store().rectifications.insert(r)
      await store().rectifications.insert(later)
      await store().rectifications.insert(makeRectification({ year: year + 1 }))
      expect(await store().rectifications.get(r.id)).toEqual(r)
      expect(await store().rectifications.get(id())).toBeNull()
      const answered = { ...r, status: 'submitted' as const, measures: '制定整改方案', evidence: '会议记录', rounds: 1 }
      await store().rectifications.update(answered)
      expect(await store().rectifications.get(r.id)).toEqual(answered)
      expect(await store().rectifications.listByObservations([later.id, r.id, id()])).toEqual([answered, later])
      expect(await store().rectifications.listByYear(year)).toEqual([answered, later])
    })
  })

  describe('observation writes in a transaction', () => {
    it('land together, or not at all when fn throws', async () => {
      const o = makeObservation()
      const sheet = makeSheet({ observationId: o.id })
      await store().transaction(async (tx) => {
        await tx.observations.insert(o)
        await tx.scoreSheets.insert(sheet)
      })
      const rect = makeRectification({ id: o.id })
      await expect(
        store().transaction(async (tx) => {
          await tx.rectifications.insert(rect)
          await tx.scoreSheets.update({ ...sheet, total: 10 })
          throw new Error('失败')
        })
      ).rejects.toThrow('失败')
      expect(await store().rectifications.get(o.id)).toBeNull()
      expect(await store().scoreSheets.get(sheet.id)).toEqual(sheet)
    })
  })
}
