#!/usr/bin/env node
/**
 * `npm run bench:reminders`: the daily reminders job on a district of 10,000 cadres in 200 units
 * (BENCH_PEOPLE, BENCH_UNITS) with a year of records — self-study every month, lectures, meetings,
 * observations with score sheets, rectifications — on the 21st of December at 09:00 China time,
 * on SQLite and on the CloudBase fake with a simulated latency per round trip (BENCH_LATENCY_MS,
 * default 10). Prints per engine: run time, peak RSS, store round trips (and per batch), and for
 * the fake whether the run finished inside one 60 s invocation (50 s budget, as the scheduler) or
 * resumed, and whether the resumed result equals a single run's. The figure printed last is the
 * CloudBase fake's run time. The TypeScript is bundled with esbuild into .temp/bench/.
 */
const { loadBundle } = require('./lib/bundle')
const { performance } = require('perf_hooks')
const { countingDatabase } = require('./lib/counting-db')

const PEOPLE = Number(process.env.BENCH_PEOPLE || 10000)
const UNITS = Number(process.env.BENCH_UNITS || 200)
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 10)
const BUDGET_MS = 50_000
const NOW = '2026-12-21T01:00:00Z'
const DAY = '2026-12-21'

function load() {
  return loadBundle('reminders', [
    "export { openSqliteStore } from './cloudfunctions/lib/adapters/sqlite'",
    "export { createCloudbaseStore } from './cloudfunctions/lib/adapters/cloudbase'",
    "export { deliverReminders } from './cloudfunctions/lib/jobs/reminders.job'",
    "export { inboxOnlySender } from './cloudfunctions/lib/ports/push.port'",
    "export { FakeCloudbase } from './test/store/cloudbase-fake'"
  ])
}

const stamp = {
  createdAt: '2025-06-01T00:00:00.000Z',
  createdBy: 'seed',
  updatedAt: '2025-06-01T00:00:00.000Z',
  updatedBy: 'seed'
}
const pad = (n, w) => String(n).padStart(w, '0')

/** The district: units, people (per unit a leader, a secretary, cadres; a district leader in 1 of 10), a year of records. */
function district() {
  const perUnit = Math.ceil(PEOPLE / UNITS)
  const units = []
  const people = []
  const studies = []
  const records = []
  const meetings = []
  const observations = []
  const sheets = []
  const rectifications = []
  let seed = 7
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n
  for (let u = 0; u < UNITS; u++) {
    const unitId = `unit${pad(u, 4)}`
    units.push({ id: unitId, name: `单位${u}`, areaId: 'area1', kind: '党组', active: true, ...stamp })
    for (let i = 0; i < perUnit && people.length < PEOPLE; i++) {
      const roles =
        i === 0
          ? ['unitLeader', 'cadre']
          : i === 1
            ? ['unitSecretary', 'cadre']
            : i % 10 === 2
              ? ['districtLeader', 'cadre']
              : ['cadre']
      const id = `${unitId}-p${pad(i, 4)}`
      people.push({
        id,
        name: `干部${u}-${i}`,
        phone: `1${pad(people.length, 10)}`,
        unitId,
        position: '科员',
        roles,
        openId: null,
        active: true,
        ...stamp
      })
      for (let m = 1; m <= 12; m++) {
        const month = `2026-${pad(m, 2)}`
        const n = m === 12 ? rand(6) : 3 + rand(4)
        for (let k = 0; k < n; k++) {
          const day = `${month}-${pad(1 + rand(m === 12 ? 20 : 28), 2)}`
          studies.push({
            id: `${id}-s${m}-${k}`,
            personId: id,
            unitId,
            speechId: null,
            title: `讲话${k}`,
            studiedOn: day,
            month,
            minutes: 30,
            note: null,
            withdrawnAt: k === 0 && rand(20) === 0 ? '2026-12-01T00:00:00.000Z' : null,
            withdrawnBy: null,
            withdrawReason: null,
            ...stamp
          })
        }
      }
      if (roles.includes('districtLeader') && rand(2) === 0) {
        records.push({
          id: `${id}-lecture`,
          kind: 'lecture',
          personId: id,
          unitId,
          date: '2026-05-10',
          month: '2026-05',
          year: 2026,
          counted: true,
          sourceMeetingId: null,
          details: { school: '区委党校', topic: '专题讲座' },
          attachments: [],
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawReason: null,
          ...stamp
        })
      }
    }
    for (let m = 1; m <= 12; m++) {
      const mid = `${unitId}-m${m}`
      const day = `2026-${pad(m, 2)}-${m === 12 ? '15' : '10'}`
      meetings.push({
        id: mid,
        unitId,
        kind: 'committee',
        day,
        year: 2026,
        startsAt: `${day}T02:00:00.000Z`,
        status: m === 12 && u % 7 === 0 ? 'planned' : 'held',
        withdrawnAt: null,
        firstItem: { kind: 'speech' },
        completedAt: `${day}T04:00:00.000Z`,
        ...stamp
      })
    }
    if (u % 4 === 0) {
      const oid = `${unitId}-o1`
      observations.push({
        id: oid,
        unitId,
        groupId: 'g1',
        status: 'planned',
        day: '2026-12-10',
        year: 2026,
        startsAt: '2026-12-10T02:00:00.000Z',
        ...stamp
      })
      sheets.push({ id: `${oid}-sheet`, observationId: oid, observerId: 'unit0000-p0003', year: 2026, ...stamp })
      if (u % 8 === 0)
        rectifications.push({ id: `${unitId}-r0`, unitId, status: 'open', deadline: '2026-12-01', year: 2026, ...stamp })
    }
  }
  const groups = [{ id: 'g1', name: '第一巡听组', memberIds: ['unit0000-p0003', 'unit0001-p0003'], active: true, ...stamp }]
  return { units, people, studies, records, meetings, observations, sheets, rectifications, groups }
}

/** Writes the district straight into a store's tables (SQLite: its repositories; fake: its tables). */
async function seedSqlite(store, d) {
  for (const u of d.units) await store.units.insert(u)
  await store.people.insertMany(d.people)
  await store.transaction(async (tx) => {
    for (const s of d.studies) await tx.studies.insert(s)
  })
  for (const r of d.records) await store.methodRecords.insert(r)
}

function seedFake(fake, d) {
  const put = (name, key, list) => {
    const table = fake.table(name)
    for (const x of list) {
      const { [key]: id, ...rest } = x
      table.set(String(id), { ...rest, _id: String(id) })
    }
  }
  put('units', 'id', d.units)
  put(
    'people',
    'id',
    d.people.map((p) => ({ ...p, pendingImport: null }))
  )
  put('studies', 'id', d.studies)
  put('method_records', 'id', d.records)
  put('meetings', 'id', d.meetings)
  put('observations', 'id', d.observations)
  put('score_sheets', 'id', d.sheets)
  put('rectifications', 'id', d.rectifications)
  put('observation_groups', 'id', d.groups)
}

const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`

async function main() {
  const m = await load()
  const d = district()
  console.log(
    `district: ${d.people.length} people in ${d.units.length} units, ${d.studies.length} self-study records, ${d.meetings.length} meetings`
  )
  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)

  // SQLite (the local host): one in-process run, no deadline.
  const sqlite = m.openSqliteStore(':memory:')
  await seedSqlite(sqlite, d)
  let calls = 0
  const countedSqlite = new Proxy(sqlite, {
    get(target, key) {
      const repo = target[key]
      if (!repo || typeof repo !== 'object') return repo
      return new Proxy(repo, { get: (r, k) => (typeof r[k] === 'function' ? (...a) => (calls++, r[k](...a)) : r[k]) })
    }
  })
  peak = process.memoryUsage().rss
  let t0 = performance.now()
  const local = await m.deliverReminders({ store: countedSqlite, clock: { now: () => new Date(NOW) }, push: m.inboxOnlySender })
  const sqliteMs = performance.now() - t0
  console.log(
    `SQLite: ${Math.round(sqliteMs)} ms, peak RSS ${mb(peak)}, ${calls} store calls for ${local.batches} batches ` +
      `(${(calls / local.batches).toFixed(1)} per batch), planned ${local.planned}, inbox ${local.added}, pushes skipped ${local.pushes.skipped}`
  )

  // The CloudBase fake with latency: invocations of 50 s each until the run is finished.
  const runFake = async (budgetMs) => {
    const fake = new m.FakeCloudbase()
    seedFake(fake, d)
    const { db, counter } = countingDatabase(fake, { latencyMs: LATENCY_MS })
    const store = m.createCloudbaseStore(db)
    counter.on = true
    const invocations = []
    const start = performance.now()
    let clockMs = Date.parse(NOW)
    for (let i = 0; i < 20; i++) {
      const began = performance.now()
      // The function's clock runs with real time from the firing; firings are 10 minutes apart.
      const clock = { now: () => new Date(clockMs + (performance.now() - began)) }
      const result = await m.deliverReminders({
        store,
        clock,
        push: m.inboxOnlySender,
        deadlineMs: clock.now().getTime() + budgetMs
      })
      invocations.push({ ms: performance.now() - began, result })
      if (result.status === 'finished') break
      clockMs += 10 * 60_000
    }
    return { fake, store, counter, invocations, ms: performance.now() - start }
  }
  peak = process.memoryUsage().rss
  const one = await runFake(BUDGET_MS)
  const batches = one.invocations.reduce((n, i) => n + i.result.batches, 0)
  const longest = Math.max(...one.invocations.map((i) => i.ms))
  console.log(
    `CloudBase fake (${LATENCY_MS} ms per round trip): ${Math.round(one.ms)} ms over ${one.invocations.length} invocation(s), ` +
      `longest ${Math.round(longest)} ms, peak RSS ${mb(peak)}, ${one.counter.calls} round trips for ${batches} batches ` +
      `(${(one.counter.calls / batches).toFixed(1)} per batch; N/500 = ${Math.ceil(d.people.length / 500)})`
  )
  console.log(
    one.invocations.length === 1 ? 'finished inside one 60 s invocation' : `resumed ${one.invocations.length - 1} time(s)`
  )

  // Resume check: a run cut into short invocations (3 s each) must end where a single run ends.
  const cut = await runFake(3_000 + 5_000)
  const inboxOf = (fake) => [...fake.table('inbox').keys()].sort().join(',')
  const pushesOf = (fake) =>
    [...fake.table('reminder_pushes').values()]
      .map((p) => `${p._id}:${p.status}`)
      .sort()
      .join(',')
  const runOf = (fake) => {
    const {
      invocations: _i,
      leaseOwner: _o,
      startedAt: _s,
      finishedAt: _f,
      updatedAt: _u,
      leaseUntil: _l,
      ...rest
    } = fake.table('reminder_runs').get(DAY)
    return JSON.stringify(rest)
  }
  const same =
    inboxOf(cut.fake) === inboxOf(one.fake) && pushesOf(cut.fake) === pushesOf(one.fake) && runOf(cut.fake) === runOf(one.fake)
  console.log(
    `cut into ${cut.invocations.length} invocations of ≤ 8 s: result ${same ? 'equals' : 'DIFFERS FROM'} the single run`
  )
  clearInterval(sample)
  console.log(`reminders run on the CloudBase fake: ${Math.round(one.ms)} ms, ${one.counter.calls} round trips`)
  if (!same) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
