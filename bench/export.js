#!/usr/bin/env node
/**
 * `npm run bench:export`: the annual assessment export (export.assessment, the admin's whole
 * district) on a district of 10,000 cadres in 200 units (BENCH_PEOPLE, BENCH_UNITS) with a year of
 * records: self-study every month, notes, outreach, lead study, exchange, lectures of district
 * leaders, two meetings a month per unit, observations with sheets and feedback. Runs on SQLite
 * (the local host) and on the CloudBase fake with a simulated latency per round trip
 * (BENCH_LATENCY_MS, default 10) when BENCH_CLOUDBASE=1. Prints the time, peak RSS (and how much
 * the export added), store calls and the workbook's size; for the fake its round trips and how many
 * come one after another (what CloudBase's latency multiplies; the api function has 20 s). The
 * figure printed last is the SQLite export's time. Entities come from the test fixtures
 * (test/store/*.fixtures.ts); the TypeScript is bundled with esbuild into .temp/bench/.
 */
const { loadBundle } = require('./lib/bundle')
const { performance } = require('perf_hooks')
const { countingDatabase } = require('./lib/counting-db')

const PEOPLE = Number(process.env.BENCH_PEOPLE || 10000)
const UNITS = Number(process.env.BENCH_UNITS || 200)
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 10)
const FUNCTION_MS = 20_000
const NOW = '2026-12-20T02:00:00Z'

function load() {
  return loadBundle('export', [
    "export { openSqliteStore } from './cloudfunctions/lib/adapters/sqlite'",
    "export { createCloudbaseStore } from './cloudfunctions/lib/adapters/cloudbase'",
    "export { COLLECTIONS } from './cloudfunctions/lib/adapters/cloudbase/collections'",
    "export { createRouter } from './cloudfunctions/lib/router/router'",
    "export { silentLogger } from './cloudfunctions/lib/ports/logger.port'",
    "export { FakeCloudbase } from './test/store/cloudbase-fake'",
    "export { makeArea, makeUnit, makePerson, makeStudy } from './test/store/fixtures'",
    "export { makeRecord } from './test/store/methods.fixtures'",
    "export { makeMeeting, makeClassic } from './test/store/meeting.fixtures'",
    "export { makeGroup, makeObservation, makeSheet, makeRectification } from './test/store/observation.fixtures'"
  ])
}

const pad = (n, w) => String(n).padStart(w, '0')

/** The district as entities, by repository name. */
function district(m) {
  let seed = 11
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n
  const d = {
    areas: [],
    units: [],
    people: [],
    studies: [],
    methodRecords: [],
    meetings: [],
    classics: [],
    observationGroups: []
  }
  d.observations = []
  d.scoreSheets = []
  d.rectifications = []
  for (let a = 0; a < 5; a++) d.areas.push(m.makeArea({ id: `area${a}`, name: `第${'一二三四五'[a]}片区` }))
  d.classics.push(m.makeClassic({ id: 'classic1', title: '《习近平谈治国理政》第一卷' }))
  d.observationGroups.push(m.makeGroup({ id: 'g1', name: '第一巡听组', areaIds: d.areas.map((a) => a.id) }))
  const perUnit = Math.ceil(PEOPLE / UNITS)
  for (let u = 0; u < UNITS; u++) {
    const unitId = `unit${pad(u, 4)}`
    const areaId = `area${u % 5}`
    d.units.push(m.makeUnit({ id: unitId, name: `单位${pad(u, 3)}`, areaId }))
    for (let i = 0; i < perUnit && d.people.length < PEOPLE; i++) {
      const roles = i === 0 ? ['unitLeader', 'cadre'] : i % 10 === 2 ? ['districtLeader', 'cadre'] : ['cadre']
      const id = `${unitId}-p${pad(i, 3)}`
      d.people.push(m.makePerson({ id, unitId, roles, phone: `1${pad(d.people.length, 10)}`, name: `干部${u}-${i}` }))
      for (let mo = 1; mo <= 12; mo++) {
        const month = `2026-${pad(mo, 2)}`
        for (let k = 3 + rand(4); k > 0; k--) {
          const studiedOn = `${month}-${pad(1 + rand(28), 2)}`
          d.studies.push(m.makeStudy({ id: `${id}-s${mo}-${k}`, personId: id, unitId, month, studiedOn }))
        }
      }
      for (const kind of ['note', 'outreach', 'leadStudy', 'exchange', 'exchange']) {
        const date = `2026-${pad(1 + rand(11), 2)}-10`
        d.methodRecords.push(m.makeRecord(kind, { personId: id, unitId, date }))
      }
      if (roles.includes('districtLeader')) d.methodRecords.push(m.makeRecord('lecture', { personId: id, unitId }))
    }
    for (let mo = 1; mo <= 12; mo++) {
      for (const dd of ['08', '22']) {
        const day = `2026-${pad(mo, 2)}-${dd}`
        const meeting = m.makeMeeting({ unitId, areaId, day, month: day.slice(0, 7), startsAt: `${day}T01:00:00.000Z` })
        if (rand(5) === 0) meeting.firstItem = null
        else
          meeting.firstItem.classics = [
            { classicId: 'classic1', title: '《习近平谈治国理政》第一卷', chapter: null, pages: null }
          ]
        d.meetings.push(meeting)
      }
    }
    for (let k = 0; k < 2; k++) {
      const day = `2026-${pad(3 + 4 * k, 2)}-15`
      const o = m.makeObservation({ unitId, areaId, groupId: 'g1', day, startsAt: `${day}T01:00:00.000Z` })
      d.observations.push(o)
      for (let s = 0; s < 3; s++) {
        const observerId = `unit${pad(s, 4)}-p001`
        d.scoreSheets.push(m.makeSheet({ observationId: o.id, observerId, unitId, total: 70 + rand(30) }))
      }
      d.rectifications.push(m.makeRectification({ id: o.id, unitId, groupId: 'g1', status: rand(2) ? 'closed' : 'open' }))
    }
  }
  return d
}

async function seedSqlite(store, d) {
  for (const a of d.areas) await store.areas.insert(a)
  for (const u of d.units) await store.units.insert(u)
  await store.people.insertMany(d.people)
  await store.transaction(async (tx) => {
    for (const name of ['studies', 'methodRecords', 'meetings', 'observations', 'scoreSheets', 'rectifications']) {
      for (const x of d[name]) await tx[name].insert(x)
    }
  })
  for (const c of d.classics) await store.classics.insert(c)
  for (const g of d.observationGroups) await store.observationGroups.insert(g)
}

/** Puts the district straight into the fake's tables (as the CloudBase adapter stores it: `_id` for `id`). */
function seedFake(m, fake, d) {
  for (const [name, list] of Object.entries(d)) {
    const table = fake.table(m.COLLECTIONS[name])
    for (const { id, ...rest } of list) table.set(id, { ...rest, ...(name === 'people' ? { pendingImport: null } : {}), _id: id })
  }
}

const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`

async function exportOnce(m, store, adminId) {
  let size = 0
  const handle = m.createRouter({
    store,
    clock: { now: () => new Date(NOW) },
    log: m.silentLogger,
    demoMode: false,
    reports: { publish: async (key, bytes) => ((size = bytes.length), { url: `mem://${key}`, expiresAt: NOW }) }
  })
  if (global.gc) global.gc()
  const before = process.memoryUsage.rss()
  let peak = before
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  const t0 = performance.now()
  const result = await handle({ action: 'export.assessment', input: { year: 2026 } }, { kind: 'person', personId: adminId })
  const ms = performance.now() - t0
  clearInterval(sample)
  if (!result.ok) throw new Error(JSON.stringify(result))
  return { ms, peak: Math.max(peak, process.memoryUsage.rss()), before, size, data: result.data }
}

/** The district, made afresh each time it is seeded (deterministic), so the export runs without it on the heap. */
function seeded(m) {
  const d = district(m)
  d.people.push(m.makePerson({ id: 'admin1', unitId: 'unit0000', roles: ['admin'], name: '管理员' }))
  return d
}

async function main() {
  const m = await load()
  const admin = { id: 'admin1' }
  const sqlite = m.openSqliteStore(':memory:')
  {
    const d = seeded(m)
    console.log(
      `district: ${d.people.length - 1} cadres in ${d.units.length} units, ${d.studies.length} self-study records, ` +
        `${d.methodRecords.length} method records, ${d.meetings.length} meetings, ${d.observations.length} observations`
    )
    await seedSqlite(sqlite, d)
  }
  let calls = 0
  const counted = new Proxy(sqlite, {
    get(target, key) {
      const repo = target[key]
      if (!repo || typeof repo !== 'object') return repo
      return new Proxy(repo, { get: (r, k) => (typeof r[k] === 'function' ? (...a) => (calls++, r[k](...a)) : r[k]) })
    }
  })
  const local = await exportOnce(m, counted, admin.id)
  console.log(
    `SQLite: ${Math.round(local.ms)} ms, peak RSS ${mb(local.peak)} (${mb(local.peak - local.before)} above the process with its seeded store), ${calls} store calls, ` +
      `${local.data.units} units / ${local.data.people} cadres / ${local.data.sessions} sessions, workbook ${Math.round(local.size / 1024)} KB`
  )
  await sqlite.close()

  if (process.env.BENCH_CLOUDBASE) {
    // The fake runs mingo over every document per query (its CPU is not CloudBase's), so its time says
    // little; what it shows is the round trips, and how many of them come one after another (waves):
    // those times the platform's latency is the time the function waits on the database.
    const fake = new m.FakeCloudbase()
    seedFake(m, fake, seeded(m))
    const { db, counter } = countingDatabase(fake, { latencyMs: LATENCY_MS })
    counter.on = true
    const cloud = await exportOnce(m, m.createCloudbaseStore(db), admin.id)
    console.log(
      `CloudBase fake: ${counter.calls} round trips in ${counter.waves} waves; at 50 ms a round trip ` +
        `${(counter.waves * 0.05).toFixed(1)} s of waiting beside the SQLite run's work (the api function has ${FUNCTION_MS / 1000} s); ` +
        `fake's own time ${Math.round(cloud.ms)} ms, peak RSS ${mb(cloud.peak)}`
    )
  }
  console.log(`export of ${local.data.people} cadres on SQLite: ${Math.round(local.ms)} ms`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
