#!/usr/bin/env node
/**
 * `npm run bench:import`: a 5,000-row roster file imported end to end through the router and the
 * services (start, then steps until the job commits), on SQLite and on the CloudBase fake with a
 * simulated latency per database round trip (BENCH_LATENCY_MS, default 10).
 *
 * Per engine: total time, number of function calls, the longest single call beside the function's
 * 20 s limit (cloudbaserc.json), and the store round trips. The figure printed last is the longest
 * single call on the CloudBase fake. The TypeScript is bundled with esbuild into .temp/bench/.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const { loadBundle } = require('./lib/bundle')
const { performance } = require('perf_hooks')

const ROWS = Number(process.env.BENCH_ROWS || 5000)
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 10)
const LIMIT_MS = 20_000

/** Bundles the modules the bench drives (router, both stores, the fake, the host's files port). */
function load() {
  return loadBundle('import', [
    "export { createRouter } from './cloudfunctions/lib/router/router'",
    "export { openSqliteStore } from './cloudfunctions/lib/adapters/sqlite'",
    "export { createCloudbaseStore } from './cloudfunctions/lib/adapters/cloudbase'",
    "export { diskFiles } from './cloudfunctions/lib/adapters/sqlite/files/disk-files'",
    "export { withImportFiles } from './cloudfunctions/local/import-http'",
    "export { silentLogger } from './cloudfunctions/lib/ports/logger.port'",
    "export { FakeCloudbase } from './test/store/cloudbase-fake'"
  ])
}

/** Counts every repository method call made on a store (outside and inside transactions). */
function counted(store) {
  const stats = { calls: 0 }
  const wrapRepos = (repos) =>
    new Proxy(repos, {
      get(target, key) {
        const repo = target[key]
        if (!repo || typeof repo !== 'object') return repo
        return new Proxy(repo, {
          get(r, method) {
            const fn = r[method]
            return typeof fn === 'function'
              ? (...args) => {
                  stats.calls++
                  return fn.apply(r, args)
                }
              : fn
          }
        })
      }
    })
  const wrapped = wrapRepos(store)
  return {
    stats,
    store: new Proxy(wrapped, {
      get(target, key) {
        if (key === 'transaction') return (fn) => store.transaction((tx) => fn(wrapRepos(tx)))
        if (key === 'close') return () => store.close()
        return target[key]
      }
    })
  }
}

const stamp = {
  createdAt: '2026-11-20T02:00:00.000Z',
  createdBy: 'bench',
  updatedAt: '2026-11-20T02:00:00.000Z',
  updatedBy: 'bench'
}

/** One engine: seed a unit and an admin, upload the file, start, step until committed. */
async function runEngine(m, name, rawStore, roundTrips) {
  const { store, stats } = counted(rawStore)
  await rawStore.areas.insert({ id: 'area1', name: '片区', ...stamp })
  await rawStore.units.insert({ id: 'unit1', name: '区教育局', areaId: 'area1', kind: '党组', active: true, ...stamp })
  const admin = {
    id: 'admin1',
    name: '管理员',
    phone: '13800000000',
    unitId: 'unit1',
    position: '管理员',
    roles: ['admin'],
    openId: null,
    active: true,
    ...stamp
  }
  await rawStore.people.insert(admin)

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-bench-import-'))
  const files = m.withImportFiles(m.diskFiles(root), root)
  const lines = ['姓名,手机号,单位,职务,角色']
  for (let i = 0; i < ROWS; i++) lines.push(`干部${i},137${String(i).padStart(8, '0')},区教育局,科员,`)
  const storageKey = `imports/${admin.id}/${'a'.repeat(24)}.csv`
  fs.mkdirSync(path.join(root, 'imports', admin.id), { recursive: true })
  fs.writeFileSync(path.join(root, storageKey), lines.join('\n'))

  const handle = m.createRouter({ store, clock: { now: () => new Date() }, log: m.silentLogger, demoMode: false, files })
  const identity = { kind: 'person', personId: admin.id }
  const callsBefore = stats.calls
  const tripsBefore = roundTrips()
  const times = []
  const tripsPerCall = []
  let seq = 0
  const call = async (action, input) => {
    const t0 = performance.now()
    const before = roundTrips()
    const result = await handle({ action, input, idempotencyKey: `bench-import-${++seq}` }, identity)
    times.push(performance.now() - t0)
    tripsPerCall.push(before === null ? null : roundTrips() - before)
    if (!result.ok) throw new Error(`${name} ${action}: ${JSON.stringify(result)}`)
    return result.data
  }
  const t0 = performance.now()
  let job = await call('roster.import.start', { fileName: '名册.csv', storageKey })
  while (job.status === 'writing') job = await call('roster.import.step', { jobId: job.id })
  const total = performance.now() - t0
  const visible = (await rawStore.people.countByUnit()).get('unit1')
  if (job.written !== ROWS || visible !== ROWS + 1) throw new Error(`${name}: ${job.written} written, ${visible} visible`)
  await rawStore.close()
  fs.rmSync(root, { recursive: true, force: true })
  const longestAt = times.indexOf(Math.max(...times))
  return {
    total,
    calls: times.length,
    longest: times[longestAt],
    longestTrips: tripsPerCall[longestAt],
    mostTrips: Math.max(...tripsPerCall.map((t) => t ?? 0)),
    startMs: times[0],
    repoCalls: stats.calls - callsBefore,
    trips: roundTrips() === null ? null : roundTrips() - tripsBefore
  }
}

function print(name, r) {
  const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`
  console.log(`\n${name}`)
  console.log(`  total time            ${ms(r.total)}  (${ROWS.toLocaleString('en-US')} rows)`)
  console.log(`  function calls        ${r.calls}  (1 start + ${r.calls - 1} steps)`)
  console.log(`  longest single call   ${ms(r.longest)}  (limit ${ms(LIMIT_MS)}; start ${ms(r.startMs)})`)
  console.log(`  repository calls      ${r.repoCalls.toLocaleString('en-US')}`)
  if (r.trips !== null) {
    console.log(
      `  database round trips  ${r.trips.toLocaleString('en-US')}  (${LATENCY_MS} ms each; at most ${r.mostTrips} in one call)`
    )
    console.log(
      `  longest call's trips  ${r.longestTrips} = ${ms(r.longestTrips * LATENCY_MS)} of latency; the rest is the fake's in-memory work`
    )
  }
}

async function main() {
  const m = await load()
  const sqlite = await runEngine(m, 'SQLite', m.openSqliteStore(':memory:'), () => null)
  print('SQLite (in memory)', sqlite)

  class CountingFake extends m.FakeCloudbase {
    constructor() {
      super({ latencyMs: LATENCY_MS })
      this.trips = 0
    }
    roundTrip() {
      this.trips++
      return super.roundTrip()
    }
  }
  const db = new CountingFake()
  const cloud = await runEngine(m, 'CloudBase fake', m.createCloudbaseStore(db), () => db.trips)
  print(`CloudBase fake (${LATENCY_MS} ms per round trip)`, cloud)
  if (cloud.longest > LIMIT_MS) process.exitCode = 1
  console.log(`\nlongest single call on the CloudBase fake: ${Math.round(cloud.longest)} ms (limit ${LIMIT_MS} ms)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
