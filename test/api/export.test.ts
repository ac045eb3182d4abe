import ExcelJS from 'exceljs'
import type { Result } from '../../src/core/contract'
import type { FiguresView } from '../../src/core/contract/dashboard.contract'
import { ASSESSMENT_SHEETS } from '../../src/core/rules/assessment'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { ReportFilesPort } from '../../cloudfunctions/lib/ports/reports.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import type { Person } from '../../src/core/model'
import { makeStudy } from '../store/fixtures'
import { makeClassic, makeMeeting } from '../store/meeting.fixtures'
import { DETAILS, makeRecord } from '../store/methods.fixtures'
import { makeGroup, makeObservation, makeRectification, makeSheet } from '../store/observation.fixtures'
import { publicityItem } from '../store/contract/publicity.contract'
import { dataOf, makeWorld } from './world'

// The annual assessment export, re-read: the workbook the admin gets is opened with exceljs and its
// sheets, headers and figures are checked against the seeded records counted by hand here, and
// against the actions that show the same figures on screen (observe.figures, unit.methodsOverview).

const NOW = '2026-12-20T02:00:00Z'

async function exportWorld() {
  const world = await makeWorld({ now: NOW })
  const saved = new Map<string, { bytes: Uint8Array; fileName: string }>()
  const reports: ReportFilesPort = {
    async publish(key, bytes, fileName) {
      saved.set(key, { bytes, fileName })
      return { url: `mem://${key}`, expiresAt: '2026-12-20T02:10:00.000Z' }
    }
  }
  const handle = createRouter({
    store: world.store,
    clock: { now: () => new Date(NOW) },
    log: silentLogger,
    demoMode: false,
    reports
  })
  const as = (person: Person) => (input: unknown) =>
    handle({ action: 'export.assessment', input }, { kind: 'person', personId: person.id })
  const s = world.store
  const { cadre, districtLeader } = world.people
  // Self-study: January 5 (met), February 4 (not met), March 6 with one withdrawn (5: met).
  const studies = [
    ...Array.from({ length: 5 }, () => ({ month: '2026-01', studiedOn: '2026-01-10' })),
    ...Array.from({ length: 4 }, () => ({ month: '2026-02', studiedOn: '2026-02-10' })),
    ...Array.from({ length: 6 }, () => ({ month: '2026-03', studiedOn: '2026-03-10' }))
  ]
  for (const [i, st] of studies.entries()) {
    await s.studies.insert(
      makeStudy({ personId: cadre.id, unitId: 'unitA', ...st, withdrawnAt: i === 14 ? '2026-03-11T00:00:00.000Z' : null })
    )
  }
  const rec = (kind: Parameters<typeof makeRecord>[0], person: Person, over = {}) =>
    s.methodRecords.insert(makeRecord(kind, { personId: person.id, unitId: person.unitId, ...over }))
  await rec('note', cadre)
  const published = {
    ...DETAILS.note,
    status: 'published' as const,
    outletId: 'o',
    outletName: '城区要闻',
    submittedOn: '2026-11-06',
    publishedOn: '2026-11-10'
  }
  // The published note's outlet state lives in its publicity item (issue 11), not on the note row.
  const publishedNote = makeRecord('note', { personId: cadre.id, unitId: cadre.unitId, details: published })
  await s.methodRecords.insert(publishedNote)
  await s.publicity.insert(
    publicityItem(cadre.unitId, 'o', '2026-11-10', {
      ownerType: 'person',
      personId: cadre.id,
      subject: { kind: 'note', id: publishedNote.id, title: publishedNote.kind === 'note' ? publishedNote.details.title : '' },
      outletName: '城区要闻',
      submittedOn: '2026-11-06',
      status: 'published',
      publishedOn: '2026-11-10'
    })
  )
  await rec('note', cadre, { date: '2025-11-05' })
  await rec('leadStudy', cadre)
  for (let i = 0; i < 3; i++) await rec('exchange', cadre)
  await rec('exchange', cadre, { withdrawnAt: '2026-11-06T00:00:00.000Z' })
  await rec('xuexi', cadre)
  await rec('lecture', districtLeader)
  await rec('outreach', districtLeader)
  // Meetings of unit A: two compliant (one studied classic c1 twice), one without a first item, one unrecorded and overdue.
  const c1 = makeClassic({ id: 'c1', title: '《习近平谈治国理政》第一卷' })
  const c2 = makeClassic({ id: 'c2', title: '《习近平新时代中国特色社会主义思想学习纲要》' })
  for (const c of [c1, c2]) await s.classics.insert(c)
  const base = makeMeeting({ unitId: 'unitA', areaId: 'area1' })
  const link = { classicId: 'c1', title: c1.title, chapter: null, pages: null }
  const item = base.firstItem!
  await s.meetings.insert({ ...base, id: 'm1', firstItem: { ...item, classics: [link, { ...link, chapter: '二' }] } })
  await s.meetings.insert({ ...base, id: 'm2', firstItem: { ...item, classics: [] } })
  await s.meetings.insert({ ...base, id: 'm3', firstItem: null })
  await s.meetings.insert({ ...base, id: 'm4', status: 'planned', day: '2026-12-01', month: '2026-12', completedAt: null })
  // Two observed sessions of unit A: 92 + 86 (mean 89, closed on time) and 95 (feedback overdue 19 days).
  const g = makeGroup({
    id: 'g1',
    name: '第一巡听组',
    leaderId: 'p-observer',
    memberIds: ['p-observer', 'p-admin'],
    areaIds: ['area1']
  })
  await s.observationGroups.insert(g)
  const o1 = makeObservation({
    id: 'o1',
    unitId: 'unitA',
    areaId: 'area1',
    groupId: 'g1',
    day: '2026-10-15',
    startsAt: '2026-10-15T01:00:00.000Z'
  })
  const o2 = makeObservation({
    id: 'o2',
    unitId: 'unitA',
    areaId: 'area1',
    groupId: 'g1',
    day: '2026-11-05',
    startsAt: '2026-11-05T06:30:00.000Z',
    mode: 'random'
  })
  for (const o of [o1, o2]) await s.observations.insert(o)
  await s.scoreSheets.insert(
    makeSheet({
      observationId: 'o1',
      observerId: 'p-observer',
      unitId: 'unitA',
      total: 92,
      submittedAt: '2026-10-15T03:00:00.000Z'
    })
  )
  await s.scoreSheets.insert(
    makeSheet({ observationId: 'o1', observerId: 'p-admin', unitId: 'unitA', total: 86, submittedAt: '2026-10-15T04:00:00.000Z' })
  )
  await s.scoreSheets.insert(makeSheet({ observationId: 'o2', observerId: 'p-observer', unitId: 'unitA', total: 95 }))
  await s.rectifications.insert(
    makeRectification({
      id: 'o1',
      unitId: 'unitA',
      groupId: 'g1',
      deadline: '2026-11-10',
      status: 'closed',
      measures: '制定专题研讨计划',
      submittedAt: '2026-11-01T02:00:00.000Z',
      verifiedAt: '2026-11-03T02:00:00.000Z',
      verifiedBy: 'p-observer',
      rounds: 1
    })
  )
  await s.rectifications.insert(makeRectification({ id: 'o2', unitId: 'unitA', groupId: 'g1', deadline: '2026-12-01' }))
  return { world, saved, as }
}

type Exported = { fileName: string; url: string; units: number; people: number }

async function workbookOf(saved: Map<string, { bytes: Uint8Array }>, result: Result<unknown>) {
  const data = dataOf<Exported>(result)
  const file = saved.get(data.url.replace('mem://', ''))
  if (!file) throw new Error('no file stored')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name)
    if (!ws) throw new Error(`no sheet ${name}`)
    const out: unknown[][] = []
    // Empty cells come back as holes: read them as null, up to the header's width.
    ws.eachRow((row) => out.push(Array.from({ length: ws.columnCount }, (_, i) => (row.values as unknown[])[i + 1] ?? null)))
    return out
  }
  return { data, wb, rows }
}

describe('export.assessment', () => {
  it('gives the admin the five sheets with frozen Chinese headers and the year figures', async () => {
    const { world, saved, as } = await exportWorld()
    const { data, wb, rows } = await workbookOf(saved, await as(world.people.admin)({ year: 2026 }))
    expect(data.fileName).toBe('2026年度意识形态专项考核.xlsx')
    expect(wb.worksheets.map((w) => w.name)).toEqual([...ASSESSMENT_SHEETS])
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })

    const units = rows('单位')
    expect(units[0].slice(0, 6)).toEqual(['片区', '单位', '干部人数', '自学达标（人·月）', '应达标（人·月）', '自学达标率(%)'])
    expect(units[0].slice(-4)).toEqual(['应整改', '已整改', '其中按期整改', '逾期未整改'])
    // Units as the roster lists them: 区发展和改革局 (A) then 区教育局 (B), both in 城东片区.
    expect(units.slice(1).map((r) => r[1])).toEqual(['区发展和改革局', '区教育局'])
    // Unit A: 2 cadres; cadre-months at 5: Jan and Mar of one cadre = 2 of 2 × 12 (8.3%); notes 2
    // written, 1 submitted and published; lectures 1, outreach 1, lead study 1, exchange 3;
    // meetings 4 counted (m1–m3 held, m4 overdue), 2 compliant, 50%; sessions 2, both scored,
    // mean of 89 and 95 = 92 优秀; rectifications due 2, closed 1 (on time), overdue 1.
    expect(units[1]).toEqual([
      '城东片区',
      '区发展和改革局',
      2,
      2,
      24,
      8.3,
      2,
      1,
      1,
      1,
      1,
      1,
      3,
      4,
      2,
      2,
      50,
      2,
      2,
      92,
      '优秀',
      2,
      1,
      1,
      1
    ])
    expect(units[2]).toEqual([
      '城东片区',
      '区教育局',
      1,
      0,
      12,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      null,
      0,
      0,
      null,
      null,
      0,
      0,
      0,
      0
    ])

    const cadres = rows('领导干部')
    expect(cadres[0]).toEqual([
      '片区',
      '单位',
      '姓名',
      '职务',
      '自学达标月数（共12个月）',
      '自学篇次',
      '心得体会',
      '进学校讲课（区领导）',
      '沉到基层宣讲',
      '会上领学',
      '交流互学'
    ])
    const byName = new Map(cadres.slice(1).map((r) => [r[2], r]))
    // Jan and Mar met; 5 + 4 + 5 studies; notes 2 (2025's left out), lead study 1, exchange 3 (withdrawn left out).
    expect(byName.get(world.people.cadre.name)?.slice(4)).toEqual([2, 14, 2, null, 0, 1, 3])
    expect(byName.get(world.people.districtLeader.name)?.slice(4)).toEqual([0, 0, 0, '1/2', 1, 0, 0])
    expect(cadres.slice(1).map((r) => r[2])).toEqual([
      world.people.cadre.name,
      world.people.districtLeader.name,
      world.people.otherCadre.name
    ])

    const sessions = rows('巡听旁听')
    expect(sessions.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      [
        '2026-10-15',
        '09:00',
        '定点',
        `${world.people.observer.name} 92；${world.people.admin.name} 86`,
        2,
        89,
        '良好',
        '已反馈',
        '已整改'
      ],
      ['2026-11-05', '14:30', '随机', `${world.people.observer.name} 95`, 1, 95, '优秀', '已反馈', '待整改']
    ])

    const rects = rows('整改督查')
    expect(rects.slice(1).map((r) => [r[2], r[5], r[6], r[7], r[9], r[10]])).toEqual([
      ['2026-10-15', '2026-11-10', '已整改', 0, '2026-11-01', `已核验 2026-11-03 ${world.people.observer.name}`],
      ['2026-11-05', '2026-12-01', '待整改', 19, null, null]
    ])

    const agenda = rows('第一议题')
    expect(agenda[0].slice(7)).toEqual(['《习近平谈治国理政》第一卷（次）', '《习近平新时代中国特色社会主义思想学习纲要》（次）'])
    // m1 studied c1 (twice in one item: once); c2 never.
    expect(agenda[1]).toEqual(['城东片区', '区发展和改革局', 4, 2, 2, 1, 50, 1, 0])
  })

  it('agrees with the figures the screens show (dashboard.district, unit.methodsOverview)', async () => {
    const { world, saved, as } = await exportWorld()
    const { rows } = await workbookOf(saved, await as(world.people.admin)({ year: 2026 }))
    const screens = createRouter({ store: world.store, clock: { now: () => new Date(NOW) }, log: silentLogger, demoMode: false })
    const call = (action: string, input: unknown) =>
      screens({ action, input }, { kind: 'person', personId: world.people.admin.id })
    const dashboard = dataOf<{ areas: Array<{ units: Array<{ name: string; figures: FiguresView }> }> }>(
      await call('dashboard.district', { period: 'year', year: 2026 })
    )
    const onScreen = dashboard.areas.flatMap((a) => a.units)
    expect(onScreen.map((u) => u.name)).toEqual(
      rows('单位')
        .slice(1)
        .map((r) => r[1])
    )
    for (const unitRow of rows('单位').slice(1)) {
      const f = onScreen.find((u) => u.name === unitRow[1])?.figures
      expect(unitRow.slice(2, 6)).toEqual([f?.study.cadres, f?.study.met, f?.study.due, f?.study.share])
      expect(unitRow.slice(13, 17)).toEqual([
        f?.coverage.meetings,
        f?.coverage.compliant,
        f?.coverage.nonCompliant,
        f?.coverage.rate
      ])
      expect([unitRow[17], unitRow[19], unitRow[21], unitRow[24]]).toEqual([
        f?.observation.sessions,
        f?.observation.meanScore,
        f?.rectifications.due,
        f?.rectifications.overdue
      ])
    }
    const overview = dataOf<{ rows: Array<{ name: string; monthsMet: number; counts: Record<string, number> }> }>(
      await call('unit.methodsOverview', { unitId: 'unitA', period: 'year', year: 2026 })
    )
    const cadres = new Map(
      rows('领导干部')
        .slice(1)
        .map((r) => [r[2], r])
    )
    for (const o of overview.rows) {
      const r = cadres.get(o.name)
      expect([r?.[4], r?.[5], r?.[6], r?.[10]]).toEqual([
        o.monthsMet,
        o.counts.study ?? 0,
        o.counts.note ?? 0,
        o.counts.exchange ?? 0
      ])
    }
  })

  it("gives a unit leader their own unit only, and refuses another unit's", async () => {
    const { world, saved, as } = await exportWorld()
    const leader = as(world.people.unitLeader)
    const { data, rows } = await workbookOf(saved, await leader({ year: 2026 }))
    expect(data.fileName).toBe('2026年度意识形态专项考核（区发展和改革局）.xlsx')
    expect(
      rows('单位')
        .slice(1)
        .map((r) => r[1])
    ).toEqual(['区发展和改革局'])
    expect(
      rows('领导干部')
        .slice(1)
        .map((r) => r[1])
    ).toEqual(['区发展和改革局', '区发展和改革局'])
    const other = await leader({ year: 2026, unitId: 'unitB' })
    expect(other).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(dataOf<Exported>(await as(world.people.unitSecretary)({})).units).toBe(1)
  })

  it('lets the admin export one unit, and refuses a year still to come', async () => {
    const { world, saved, as } = await exportWorld()
    const { rows } = await workbookOf(saved, await as(world.people.admin)({ year: 2026, unitId: 'unitB' }))
    expect(
      rows('领导干部')
        .slice(1)
        .map((r) => r[2])
    ).toEqual([world.people.otherCadre.name])
    expect(rows('巡听旁听')).toHaveLength(1)
    expect(await as(world.people.admin)({ year: 2027 })).toMatchObject({ ok: false, code: 'VALIDATION', field: 'year' })
    expect(await as(world.people.cadre)({ year: 2026 })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
