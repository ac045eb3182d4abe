import type { FiguresView } from '../../src/core/contract'
import type { Meeting, PublicityItem } from '../../src/core/model'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { coverageOf } from '../../src/core/rules/agenda'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { makeStudy } from '../store/fixtures'
import { makeMeeting } from '../store/meeting.fixtures'
import { makeRecord } from '../store/methods.fixtures'
import { makeObservation, makeRectification, makeSheet } from '../store/observation.fixtures'
import { publicityItem } from '../store/contract/publicity.contract'
import { dataOf, makeWorld } from './world'

// The dashboards through the router (issue 12): figures from seeded records, the drill-down's
// agreement with the district view, and who may see what.

type District = {
  district: FiguresView
  areas: Array<{
    id: string
    name: string
    figures: FiguresView
    units: Array<{ id: string; name: string; figures: FiguresView }>
  }>
  studyByMonth: Array<{ month: string; met: number; due: number; share: number | null }>
  lecturers: Array<{ personId: string; given: number; quota: number; met: boolean }>
  leadersMayView: boolean
}
type UnitDash = {
  figures: FiguresView
  people: Array<{ personId: string; studyMonthsMet: number; notes: { written: number }; lectureYear: { given: number } | null }>
  canOpenRecords: boolean
}

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

/** unitA: p-cadre studies 5 times in November (met), the district leader 4 (not met); unitB's cadre 6. */
async function seeded(makeStore: () => Store) {
  const w = await makeWorld({ store: makeStore() }) // 2026-11-20
  const s = w.store
  const study = async (personId: string, unitId: string, n: number, month = '2026-11') => {
    for (let i = 0; i < n; i++) await s.studies.insert(makeStudy({ personId, unitId, month, studiedOn: `${month}-0${i + 1}` }))
  }
  await study('p-cadre', 'unitA', 5)
  await study('p-districtLeader', 'unitA', 4)
  await study('p-other', 'unitB', 6)
  await study('p-cadre', 'unitA', 5, '2026-10')
  await s.studies.insert(
    makeStudy({ personId: 'p-districtLeader', unitId: 'unitA', month: '2026-11', studiedOn: '2026-11-09', withdrawnAt: 'x' })
  )
  // Three notes; a note's outlet state lives in its publicity items (issue 11), never on the note row:
  // one sent to two outlets (counted once), one published, one kept; a withdrawn item counts nothing.
  const notes = [0, 1, 2].map(() => makeRecord('note', { personId: 'p-cadre', unitId: 'unitA', date: '2026-11-10' }))
  for (const r of notes) await s.methodRecords.insert(r)
  const about = (noteId: string, outletId: string, over: Partial<PublicityItem> = {}) =>
    publicityItem('unitA', outletId, '2026-11-12', {
      ownerType: 'person',
      personId: 'p-cadre',
      subject: { kind: 'note', id: noteId, title: '心得' },
      ...over
    })
  await s.publicity.insert(about(notes[0].id, 'o1'))
  await s.publicity.insert(about(notes[0].id, 'o2'))
  await s.publicity.insert(about(notes[1].id, 'o1', { status: 'published', publishedOn: '2026-11-15', countedOn: '2026-11-15' }))
  await s.publicity.insert(about(notes[2].id, 'o1', { withdrawnAt: '2026-11-13T00:00:00.000Z', withdrawnBy: 'p-cadre' }))
  // An item not about a note, and one of another month, count for no note.
  await s.publicity.insert(publicityItem('unitA', 'o1', '2026-11-12'))
  await s.publicity.insert(about(notes[2].id, 'o3', { countedOn: '2026-10-30', month: '2026-10', submittedOn: '2026-10-30' }))
  await s.methodRecords.insert(makeRecord('lecture', { personId: 'p-districtLeader', unitId: 'unitA', date: '2026-03-10' }))
  await s.methodRecords.insert(makeRecord('lecture', { personId: 'p-districtLeader', unitId: 'unitA', date: '2026-11-11' }))
  await s.methodRecords.insert(makeRecord('outreach', { personId: 'p-other', unitId: 'unitB', date: '2026-11-12' }))
  const meetings: Meeting[] = [
    makeMeeting({ unitId: 'unitA', areaId: 'area1', day: '2026-11-03', month: '2026-11', year: 2026 }),
    makeMeeting({ unitId: 'unitA', areaId: 'area1', day: '2026-11-05', month: '2026-11', year: 2026, firstItem: null }),
    makeMeeting({
      unitId: 'unitA',
      areaId: 'area1',
      day: '2026-11-06',
      month: '2026-11',
      year: 2026,
      status: 'planned',
      completedAt: null
    })
  ]
  for (const m of meetings) await s.meetings.insert(m)
  const obs = makeObservation({
    unitId: 'unitA',
    areaId: 'area1',
    day: '2026-11-02',
    year: 2026,
    startsAt: '2026-11-02T01:00:00.000Z'
  })
  await s.observations.insert(obs)
  for (const total of [88, 91])
    await s.scoreSheets.insert(makeSheet({ observationId: obs.id, unitId: 'unitA', year: 2026, total }))
  await s.rectifications.insert(
    makeRectification({ id: obs.id, unitId: 'unitA', year: 2026, deadline: '2026-11-10', status: 'open' })
  )
  return { w, meetings, obs }
}

describe.each(STORES)('dashboards on %s', (_name, makeStore) => {
  it('counts the month for unit A from the records, as the rules count them', async () => {
    const { w, meetings } = await seeded(makeStore)
    const admin = w.as(w.people.admin)
    const unit = dataOf<UnitDash>(await admin('dashboard.unit', { unitId: 'unitA', period: 'month', month: '2026-11' }))
    const f = unit.figures
    expect(f.study).toEqual({ cadres: 2, met: 1, due: 2, share: 50 })
    expect(f.notes).toEqual({ written: 3, submitted: 2, published: 1 })
    expect([f.lectures, f.outreach, f.leadStudy, f.exchange]).toEqual([1, 0, 0, 0])
    expect(f.coverage).toEqual(coverageOf(meetings, { kind: 'month', month: '2026-11' }, '2026-11-20'))
    expect(f.coverage).toMatchObject({ meetings: 3, compliant: 1, overdue: 1 })
    expect(f.observation).toMatchObject({ sessions: 1, scored: 1, meanScore: 89.5, grade: '良好' })
    expect(f.rectifications).toEqual({ due: 1, closed: 0, overdue: 1 })
    // People in roster order, each with their own figures.
    const cadre = unit.people.find((p) => p.personId === 'p-cadre')
    expect(cadre).toMatchObject({ studyMonthsMet: 1, notes: { written: 3 }, lectureYear: null })
    expect(unit.people.find((p) => p.personId === 'p-districtLeader')).toMatchObject({
      studyMonthsMet: 0,
      lectureYear: { given: 2 }
    })
    expect(unit.canOpenRecords).toBe(true)
  })

  it('adds units up to the area and the district, with self-study by month and every district leader’s x/2', async () => {
    const { w } = await seeded(makeStore)
    const admin = w.as(w.people.admin)
    const d = dataOf<District>(await admin('dashboard.district', { period: 'year', year: 2026 }))
    expect(d.areas.map((a) => a.units.map((u) => u.id))).toEqual([['unitA', 'unitB']])
    const [a, b] = d.areas[0].units
    expect(d.district.study.met).toBe(a.figures.study.met + b.figures.study.met)
    expect(d.district.outreach).toBe(1)
    expect(d.district.lectures).toBe(2)
    // Year: 11 months begun × 3 cadres due; met in October (p-cadre) and November (p-cadre, p-other).
    expect(d.district.study).toEqual({ cadres: 3, met: 3, due: 33, share: 9.1 })
    expect(d.studyByMonth.find((m) => m.month === '2026-11')).toEqual({ month: '2026-11', met: 2, due: 3, share: 66.7 })
    expect(d.studyByMonth.find((m) => m.month === '2026-12')).toEqual({ month: '2026-12', met: 0, due: 0, share: null })
    expect(d.lecturers).toEqual([expect.objectContaining({ personId: 'p-districtLeader', given: 2, quota: 2, met: true })])
    // The unit's month by month adds up to its year.
    const year = dataOf<{ months: Array<{ figures: FiguresView }>; total: FiguresView }>(
      await admin('dashboard.unitYear', { unitId: 'unitA', year: 2026 })
    )
    expect(year.total).toEqual(a.figures)
    expect(year.months.reduce((n, m) => n + m.figures.study.met, 0)).toBe(year.total.study.met)
    expect(year.months.reduce((n, m) => n + m.figures.lectures, 0)).toBe(2)
    expect(year.months[10].figures.coverage.meetings).toBe(3)
  })

  it('shows a unit leader their own unit only, a cadre nothing, a district leader the district once the admin lets them', async () => {
    const { w } = await seeded(makeStore)
    const leader = w.as(w.people.unitLeader)
    expect(dataOf<UnitDash>(await leader('dashboard.unit', {})).figures.study.cadres).toBe(2)
    expect(await leader('dashboard.unit', { unitId: 'unitB' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await leader('dashboard.unitYear', { unitId: 'unitB' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await leader('dashboard.district', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await w.as(w.people.unitSecretary)('dashboard.unitYear', {})).toMatchObject({ ok: true })
    for (const action of ['dashboard.district', 'dashboard.unit', 'dashboard.unitYear'] as const) {
      expect(await w.as(w.people.cadre)(action, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    const districtLeader = w.as(w.people.districtLeader)
    expect(await districtLeader('dashboard.district', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '管理员尚未开放区级领导查看全区情况'
    })
    const admin = w.as(w.people.admin)
    dataOf(await admin('dashboard.access.save', { leadersMayView: true }))
    expect(dataOf<District>(await districtLeader('dashboard.district', {})).leadersMayView).toBe(true)
    const other = dataOf<UnitDash>(await districtLeader('dashboard.unit', { unitId: 'unitB' }))
    // Let in, the district leader drills to another unit's person and their records, read only.
    expect(other.canOpenRecords).toBe(true)
    const theirs = dataOf<{ items: Array<{ kind: string }> }>(
      await districtLeader('unit.personRecords', { personId: 'p-other', year: 2026 })
    )
    expect(theirs.items.length).toBeGreaterThan(0)
    dataOf(await admin('dashboard.access.save', { leadersMayView: false }))
    expect(await districtLeader('unit.personRecords', { personId: 'p-other', year: 2026 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND'
    })
    // Not let in, not even a colleague of the district leader's own unit (they are no unit secretary).
    expect(await districtLeader('unit.personRecords', { personId: 'p-cadre', year: 2026 })).toMatchObject({ ok: false })
    dataOf(await admin('dashboard.access.save', { leadersMayView: true }))
    expect(await districtLeader('dashboard.access.save', { leadersMayView: false })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
  })

  it('names the field of an unknown unit or area', async () => {
    const { w } = await seeded(makeStore)
    const admin = w.as(w.people.admin)
    expect(await admin('dashboard.unit', { unitId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'unitId' })
    expect(await admin('dashboard.district', { areaId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'areaId' })
  })
})
