#!/usr/bin/env node
/**
 * `npm run bench:dashboard`: the district dashboard (dashboard.district, the year) on a district
 * of 10,000 cadres in 200 units over 10 areas (BENCH_PEOPLE, BENCH_UNITS) with a year of records —
 * self-study every month, notes, lectures, outreach, meetings, observations with score sheets,
 * rectifications — through the router as the admin, on SQLite and on the CloudBase fake. Beside
 * each it times one raw aggregate over the same data (self-study per person and month, the largest
 * group of the dashboard) and prints the ratio (goal ≤ 3×) and the store calls / round trips.
 * The figure printed last is the SQLite ratio. The TypeScript is bundled with esbuild into .temp/bench/.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const { performance } = require('perf_hooks')
const { loadBundle } = require('./lib/bundle')
const { countingDatabase } = require('./lib/counting-db')

const AREAS = 10
const PEOPLE = Number(process.env.BENCH_PEOPLE || 10000)
const UNITS = Number(process.env.BENCH_UNITS || 200)
// mingo runs a pipeline in JavaScript over every document: the fake gets a smaller district.
const FAKE_PEOPLE = Number(process.env.BENCH_FAKE_PEOPLE || 2000)
const FAKE_UNITS = Math.max(AREAS, Math.round((UNITS * FAKE_PEOPLE) / PEOPLE))
const NOW = new Date('2026-12-21T01:00:00Z')
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
const ADMIN = 'bench-admin'

function load() {
  return loadBundle('dashboard', [
    "export { openSqliteStore } from './cloudfunctions/lib/adapters/sqlite'",
    "export { createCloudbaseStore } from './cloudfunctions/lib/adapters/cloudbase'",
    "export { createRouter } from './cloudfunctions/lib/router/router'",
    "export { silentLogger } from './cloudfunctions/lib/ports/logger.port'",
    "export { FakeCloudbase } from './test/store/cloudbase-fake'"
  ])
}

const stamp = {
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'seed',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'seed'
}
const pad = (n, w) => String(n).padStart(w, '0')
const dead = { withdrawnAt: null, withdrawnBy: null, withdrawReason: null }
const FIRST_ITEM = {
  title: '学习最新重要讲话',
  speechId: null,
  source: null,
  leadId: null,
  leadName: null,
  leadMode: 'lead',
  discussion: false,
  speakers: [],
  tiedToWork: null,
  followUp: null,
  classics: []
}

/** The district, deterministic. */
function district(cadres, unitCount) {
  let seed = 11
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n
  const areas = Array.from({ length: AREAS }, (_, a) => ({ id: `area${pad(a, 2)}`, name: `第${a + 1}片区`, ...stamp }))
  const units = []
  const people = [
    {
      id: ADMIN,
      name: '管理员',
      phone: '13000000000',
      unitId: 'unit0000',
      position: '干部',
      roles: ['admin'],
      openId: null,
      active: true,
      ...stamp
    }
  ]
  const studies = []
  const records = []
  const meetings = []
  const observations = []
  const sheets = []
  const rectifications = []
  const perUnit = Math.ceil(cadres / unitCount)
  const record = (kind, person, date, details) =>
    records.push({
      id: `${person.id}-${kind}-${records.length}`,
      kind,
      personId: person.id,
      unitId: person.unitId,
      date,
      month: date.slice(0, 7),
      year: 2026,
      counted: true,
      sourceMeetingId: null,
      details,
      attachments: [],
      ...dead,
      ...stamp
    })
  for (let u = 0; u < unitCount; u++) {
    const unitId = `unit${pad(u, 4)}`
    const areaId = areas[u % AREAS].id
    units.push({ id: unitId, name: `单位${u}`, areaId, kind: '党组', active: true, ...stamp })
    for (let i = 0; i < perUnit && people.length <= cadres; i++) {
      const roles =
        i === 0
          ? ['unitLeader', 'cadre']
          : i === 1
            ? ['unitSecretary', 'cadre']
            : i % 25 === 2
              ? ['districtLeader', 'cadre']
              : ['cadre']
      const person = {
        id: `${unitId}-p${pad(i, 4)}`,
        name: `干部${u}-${i}`,
        phone: `1${pad(people.length, 10)}`,
        unitId,
        position: '科员',
        roles,
        openId: null,
        active: true,
        ...stamp
      }
      people.push(person)
      for (const month of MONTHS) {
        const n = 3 + rand(4)
        for (let k = 0; k < n; k++) {
          studies.push({
            id: `${person.id}-s${month}-${k}`,
            personId: person.id,
            unitId,
            speechId: null,
            title: `讲话${k}`,
            studiedOn: `${month}-${pad(1 + rand(28), 2)}`,
            month,
            minutes: 30,
            note: null,
            ...dead,
            ...stamp
          })
        }
      }
      const month = MONTHS[rand(12)]
      if (rand(3) === 0)
        record('note', person, `${month}-12`, { title: '心得', status: ['draft', 'submitted', 'published'][rand(3)] })
      if (rand(4) === 0) record('outreach', person, `${month}-13`, { placeType: '社区' })
      if (rand(4) === 0) record('exchange', person, `${month}-14`, { occasion: '谈心' })
      if (roles.includes('districtLeader') && rand(2) === 0) record('lecture', person, `${month}-15`, { status: 'given' })
    }
    for (const month of MONTHS) {
      const day = `${month}-10`
      meetings.push({
        id: `${unitId}-m${month}`,
        unitId,
        areaId,
        kind: '党组会',
        startsAt: `${day}T02:00:00.000Z`,
        day,
        month,
        year: 2026,
        status: month === '2026-12' && u % 7 === 0 ? 'planned' : 'completed',
        place: null,
        attendeeIds: [],
        guests: [],
        otherItems: [],
        completedAt: `${day}T04:00:00.000Z`,
        firstItem: { ...FIRST_ITEM, contentType: rand(10) === 0 ? 'other' : 'latestSpeech' },
        ...dead,
        ...stamp
      })
    }
    if (u % 2 === 0) {
      const oid = `${unitId}-o1`
      observations.push({
        id: oid,
        mode: 'fixed',
        status: 'planned',
        sessionId: null,
        unitId,
        areaId,
        groupId: 'g1',
        startsAt: '2026-10-10T02:00:00.000Z',
        day: '2026-10-10',
        year: 2026,
        theme: null,
        partnerUnitId: null,
        partnerMemberIds: [],
        drawId: null,
        batchId: null,
        membersPresent: [],
        note: null,
        closedReason: null,
        ...stamp
      })
      for (let s = 0; s < 3; s++) {
        sheets.push({
          id: `${oid}.o${s}`,
          observationId: oid,
          observerId: `o${s}`,
          unitId,
          year: 2026,
          rubricVersion: 1,
          scores: {},
          total: 70 + rand(30),
          comments: '',
          documentReview: { studyPlan: true, firstAgendaRecords: true, materials: true, note: null },
          fieldResearch: null,
          photos: [],
          submittedAt: stamp.createdAt,
          ...stamp
        })
      }
      rectifications.push({
        id: oid,
        unitId,
        groupId: 'g1',
        year: 2026,
        findings: '',
        suggestions: '',
        deadline: '2026-11-30',
        sentBy: 'x',
        sentAt: stamp.createdAt,
        status: ['open', 'closed'][rand(2)],
        measures: null,
        evidence: null,
        submittedBy: null,
        submittedAt: null,
        returnReason: null,
        verifiedBy: null,
        verifiedAt: null,
        rounds: 0,
        ...stamp
      })
    }
  }
  return { areas, units, people, studies, records, meetings, observations, sheets, rectifications }
}

async function seedSqlite(store, d) {
  for (const a of d.areas) await store.areas.insert(a)
  for (const u of d.units) await store.units.insert(u)
  await store.people.insertMany(d.people)
  await store.transaction(async (tx) => {
    for (const s of d.studies) await tx.studies.insert(s)
    for (const r of d.records) await tx.methodRecords.insert(r)
    for (const m of d.meetings) await tx.meetings.insert(m)
    for (const o of d.observations) await tx.observations.insert(o)
    for (const s of d.sheets) await tx.scoreSheets.insert(s)
    for (const r of d.rectifications) await tx.rectifications.insert(r)
  })
}

function seedFake(fake, d) {
  const put = (name, list, extra = {}) => {
    const table = fake.table(name)
    for (const { id, ...rest } of list) table.set(String(id), { ...rest, ...extra, _id: String(id) })
  }
  put('areas', d.areas)
  put('units', d.units)
  put('people', d.people, { pendingImport: null })
  put('studies', d.studies)
  put('method_records', d.records)
  put('meetings', d.meetings)
  put('observations', d.observations)
  put('score_sheets', d.sheets)
  put('rectifications', d.rectifications)
}

/** Times fn: the best of `runs` (after one warm-up), in ms. */
async function best(fn, runs = 3) {
  await fn()
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    min = Math.min(min, performance.now() - t0)
  }
  return min
}

async function dashboardOn(m, store) {
  const handle = m.createRouter({ store, clock: { now: () => NOW }, log: m.silentLogger, demoMode: false })
  return async () => {
    const r = await handle(
      { action: 'dashboard.district', input: { period: 'year', year: 2026 } },
      { kind: 'person', personId: ADMIN }
    )
    if (!r.ok) throw new Error(`dashboard.district: ${r.code} ${r.message}`)
    return r.data
  }
}

async function main() {
  const m = await load()
  const d = district(PEOPLE, UNITS)
  console.log(
    `district: ${d.people.length - 1} cadres in ${d.units.length} units and ${AREAS} areas; ${d.studies.length} self-studies, ${d.records.length} method records, ${d.meetings.length} meetings`
  )

  // SQLite, through the router as the admin; the raw query reads the same table the same way.
  // A file, so a second plain connection can run the raw query on the same data (WAL lets it read).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-bench-dashboard-'))
  const file = path.join(dir, 'bench.sqlite')
  const sqlite = m.openSqliteStore(file)
  await seedSqlite(sqlite, d)
  const db = new (require('better-sqlite3'))(file, { readonly: true })
  let calls = 0
  const counted = new Proxy(sqlite, {
    get(target, key) {
      const repo = target[key]
      if (!repo || typeof repo !== 'object') return repo
      return new Proxy(repo, { get: (r, k) => (typeof r[k] === 'function' ? (...a) => (calls++, r[k](...a)) : r[k]) })
    }
  })
  const run = await dashboardOn(m, counted)
  const raw = db.prepare(
    `SELECT unit_id, person_id, month, COUNT(*) AS n FROM studies
     WHERE withdrawn_at IS NULL AND month IN (SELECT value FROM json_each(?)) GROUP BY unit_id, person_id, month`
  )
  const months = JSON.stringify(MONTHS)
  const rawMs = await best(async () => raw.all(months))
  calls = 0
  await run()
  const sqliteCalls = calls
  const sqliteMs = await best(run)
  const data = await run()
  console.log(
    `district figures: ${data.district.study.met}/${data.district.study.due} cadre-months at quota, coverage ${data.district.coverage.rate}%, mean score ${data.district.observation.meanScore}`
  )
  console.log(
    `SQLite: dashboard.district ${Math.round(sqliteMs)} ms (${sqliteCalls} store calls) · one raw aggregate ${Math.round(rawMs)} ms`
  )

  // The CloudBase fake (mingo): the same action, and the raw pipeline on the same collection.
  const small = district(FAKE_PEOPLE, FAKE_UNITS)
  const fake = new m.FakeCloudbase()
  seedFake(fake, small)
  const { db: countingDb, counter } = countingDatabase(fake)
  const cloud = await dashboardOn(m, m.createCloudbaseStore(countingDb))
  const _ = fake.command
  // One pass of the pipeline (its first page of groups): what one aggregate call costs the database.
  const rawFake = () =>
    fake
      .collection('studies')
      .aggregate()
      .match({ month: _.in(MONTHS), withdrawnAt: _.eq(null) })
      .group({ _id: { unitId: '$unitId', personId: '$personId', month: '$month' }, n: { $sum: 1 } })
      .limit(1000)
      .end()
  const fakeRawMs = await best(rawFake, 1)
  counter.on = true
  counter.calls = 0
  await cloud()
  const trips = counter.calls
  counter.on = false
  const fakeMs = await best(cloud, 1)
  console.log(
    `CloudBase fake (${small.people.length - 1} cadres, ${small.units.length} units): dashboard.district ${Math.round(fakeMs)} ms (${trips} round trips) · one raw pipeline pass ${Math.round(fakeRawMs)} ms · ratio ${(fakeMs / fakeRawMs).toFixed(2)}×`
  )
  db.close()
  await sqlite.close()
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(`dashboard.district on SQLite: ${(sqliteMs / rawMs).toFixed(2)}× one raw aggregate (goal ≤ 3×)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
