import type { SupervisionRow } from '../../src/core/contract'
import { makeRectification } from '../store/observation.fixtures'
import { dataOf } from './world'
import { failure, makeObservationWorld, sheetInput } from './observation.world'

// 意识形态专题督查 (issue 12): the admin's cross-unit rectification list.

type Listed = { year: number | null; items: SupervisionRow[]; total: number; areas: { id: string; name: string }[] }

async function supervisionWorld() {
  const w = await makeObservationWorld()
  const planned = await w.planFixed()
  dataOf(await w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 5)))
  dataOf(
    await w.as(w.leader)('observe.feedback.send', {
      observationId: planned.id,
      findings: '研讨不够深入',
      suggestions: '结合业务开展专题研讨',
      deadline: '2026-11-25'
    })
  )
  // A second area with one unit, and feedback of other units and states written straight to the store.
  const stamp = { createdAt: '2026-11-01T00:00:00Z', createdBy: 'seed', updatedAt: '2026-11-01T00:00:00Z', updatedBy: 'seed' }
  await w.store.areas.insert({ id: 'area2', name: '城西片区', ...stamp })
  await w.store.units.insert({ id: 'unitC', name: '区卫健委', areaId: 'area2', kind: '党组', active: true, ...stamp })
  const rect = (
    id: string,
    unitId: string,
    deadline: string,
    status: 'open' | 'submitted' | 'returned' | 'closed',
    year = 2026
  ) =>
    w.store.rectifications.insert(
      makeRectification({ id, unitId, groupId: w.group.id, year, deadline, status, sentBy: w.leader.id })
    )
  await rect('r-b-late', 'unitB', '2026-11-10', 'returned')
  await rect('r-b-done', 'unitB', '2026-11-05', 'closed')
  await rect('r-c-late', 'unitC', '2026-11-15', 'open')
  await rect('r-c-wait', 'unitC', '2026-11-12', 'submitted')
  await rect('r-old-year', 'unitC', '2025-11-12', 'open', 2025)
  const list = (input: object) => w.as(w.admin)('observe.rectifications', input)
  return { w, planned, list }
}

describe('observe.rectifications: the supervision list', () => {
  it('lists every unit’s rectifications of the year, earliest deadline first, with unit, area, group and sender', async () => {
    const { w, planned, list } = await supervisionWorld()
    const all = dataOf<Listed>(await list({ year: 2026 }))
    expect(all.year).toBe(2026)
    expect(all.items.map((r) => [r.rectification.observationId, r.rectification.deadline])).toEqual([
      ['r-b-done', '2026-11-05'],
      ['r-b-late', '2026-11-10'],
      ['r-c-wait', '2026-11-12'],
      ['r-c-late', '2026-11-15'],
      [planned.id, '2026-11-25']
    ])
    const mine = all.items[4]
    expect([mine.unitName, mine.areaName, mine.groupName, mine.rectification.sentByName, mine.rectification.findings]).toEqual([
      '区发展和改革局',
      '城东片区',
      '第一巡听旁听组',
      w.leader.name,
      '研讨不够深入'
    ])
    expect(all.areas.map((a) => a.name).sort()).toEqual(['城东片区', '城西片区'])
    expect(dataOf<Listed>(await list({ year: 2025 })).items.map((r) => r.rectification.observationId)).toEqual(['r-old-year'])
    // Without a year, every year's: a rectification still owed from last year is not forgotten.
    const everyYear = dataOf<Listed>(await list({ overdue: true }))
    expect([everyYear.year, everyYear.items[0].rectification.observationId, everyYear.items[0].daysOverdue]).toEqual([
      null,
      'r-old-year',
      373
    ])
  })

  it('filters overdue ones (owed and past the deadline) with the days overdue, within an area, and by status', async () => {
    const { list } = await supervisionWorld()
    const overdue = dataOf<Listed>(await list({ year: 2026, overdue: true }))
    expect(overdue.items.map((r) => [r.rectification.observationId, r.daysOverdue, r.rectification.overdue])).toEqual([
      ['r-b-late', 10, true],
      ['r-c-late', 5, true]
    ])
    const west = dataOf<Listed>(await list({ year: 2026, areaId: 'area2', overdue: true }))
    expect(west.items.map((r) => [r.rectification.observationId, r.areaName])).toEqual([['r-c-late', '城西片区']])
    expect(west.total).toBe(1)
    const waiting = dataOf<Listed>(await list({ status: 'submitted' }))
    expect(waiting.items.map((r) => [r.rectification.observationId, r.rectification.statusLabel, r.daysOverdue])).toEqual([
      ['r-c-wait', '待核验', 0]
    ])
    expect(dataOf<Listed>(await list({ status: 'closed', overdue: true })).total).toBe(0)
  })

  it('lets the admin open each row’s feedback, rectification and verification on the session page', async () => {
    const { w, planned, list } = await supervisionWorld()
    const row = dataOf<Listed>(await list({ areaId: 'area1', status: 'open' })).items[0]
    const session = dataOf<{ observation: { rectification: { findings: string } | null } }>(
      await w.as(w.admin)('observe.session', { id: row.rectification.observationId })
    )
    expect([row.rectification.observationId, session.observation.rectification?.findings]).toEqual([planned.id, '研讨不够深入'])
  })

  it('names the field of a bad filter and refuses everyone but the admin', async () => {
    const { w, list } = await supervisionWorld()
    expect([failure(await list({ areaId: 'nowhere' })).field, failure(await list({ status: 'lost' })).field]).toEqual([
      'areaId',
      'status'
    ])
    for (const person of [w.leader, w.member, w.secretary, w.unitLeader, w.people.cadre]) {
      expect(failure(await w.as(person)('observe.rectifications', {})).code).toBe('FORBIDDEN')
    }
  })
})
