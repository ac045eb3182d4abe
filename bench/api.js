#!/usr/bin/env node
/**
 * `npm run bench:api`: load on the local host with 5,000 generated cadres (plus the demo district).
 *
 *   system.ping   — the no-op action: HTTP + token check + caller lookup + router (the baseline)
 *   study.record  — a write: distinct idempotency key per request, one transaction each
 *   home.get      — the home page's one read: the caller, this month's progress, what is due, latest records
 *
 * Each action is run right after its own ping baseline, ~10 s per run (BENCH_SECONDS), with
 * BENCH_CONNECTIONS concurrent connections (10). Only 127.0.0.1 is hit; the host is a child
 * process with a temporary data folder, stopped at the end. The headline figures print last.
 */
const autocannon = require('autocannon')
const { startBenchHost } = require('./lib/local-host')

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const EXTRA_CADRES = Number(process.env.BENCH_CADRES || 5000)
/** Writers and readers are different cadres, so reads see a realistic month, not the bench's writes. */
const WRITERS = 100
const READERS = 100

const phoneOf = (i) => `139${String(i).padStart(8, '0')}`
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

async function post(url, route, body, token) {
  const res = await fetch(`${url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body)
  })
  return res.json()
}

async function tokensFor(url, from, count) {
  const tokens = []
  for (let i = from; i < from + count; i++) {
    const res = await post(url, '/auth/login', { phone: phoneOf(i), code: '123456' })
    if (!res.token) throw new Error(`登录失败 / login failed for ${phoneOf(i)}: ${JSON.stringify(res)}`)
    tokens.push(res.token)
  }
  return tokens
}

/** Sum of this month's counts over the given cadres (to check every write landed once). */
async function monthTotal(url, tokens) {
  let total = 0
  for (const token of tokens) total += (await post(url, '/api/api', { action: 'study.month', input: {} }, token)).data.count
  return total
}

/** One autocannon run of `duration` s; request n is `body(n)` with a rotating token. */
function run(url, title, tokens, body, duration = SECONDS) {
  let n = 0
  return autocannon({
    url,
    title,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/api',
        setupRequest(req) {
          n += 1
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}` },
            body: JSON.stringify(body(n))
          }
        }
      }
    ],
    // App failures are HTTP 200 with ok:false: count them as mismatches, not successes.
    verifyBody: (text) => text.startsWith('{"ok":true')
  })
}

function summary(result) {
  return {
    reqPerSec: Math.round(result.requests.average),
    p99: result.latency.p99,
    ok: result.requests.total - result.mismatches - result.non2xx - result.errors,
    failed: result.mismatches + result.non2xx + result.errors
  }
}

async function main() {
  console.log(`bench/api: 启动本机服务并写入 ${EXTRA_CADRES} 名压测干部 / starting the host with ${EXTRA_CADRES} extra cadres…`)
  const host = await startBenchHost({ extraCadres: EXTRA_CADRES })
  const stopOnSignal = () => host.stop().then(() => process.exit(130))
  process.once('SIGINT', stopOnSignal)
  try {
    console.log(`  ready at ${host.url} in ${(host.seedMs / 1000).toFixed(1)} s (build + seed + start)`)
    const writers = await tokensFor(host.url, 0, WRITERS)
    const readers = await tokensFor(host.url, WRITERS, READERS)
    const runId = Date.now().toString(36)
    const ping = () => ({ action: 'system.ping', input: {} })
    const record = (n) => ({
      action: 'study.record',
      input: { title: '在民营企业座谈会上的讲话', studiedOn: today, minutes: 30 },
      idempotencyKey: `bench-${runId}-${n}`
    })
    const home = () => ({ action: 'home.get', input: {} })

    // Warm the JIT and SQLite's page cache so the first baseline is not the slowest.
    await run(host.url, 'warm-up', readers, ping, 3)

    const rows = []
    const pair = async (name, tokens, body) => {
      console.log(`  running system.ping (${SECONDS} s) then ${name} (${SECONDS} s)…`)
      const base = summary(await run(host.url, 'system.ping', tokens, ping))
      const before = name === 'study.record' ? await monthTotal(host.url, tokens) : 0
      const target = summary(await run(host.url, name, tokens, body))
      if (name === 'study.record') {
        const landed = (await monthTotal(host.url, tokens)) - before
        // Requests in flight when autocannon stops still land but are not counted: allow one per connection.
        const fine = landed >= target.ok && landed <= target.ok + CONNECTIONS
        target.check = `${fine ? 'ok' : 'MISMATCH'}: ${landed} records for ${target.ok} ok responses`
      }
      rows.push({ name, base, target })
    }
    await pair('study.record', writers, record)
    await pair('home.get', readers, home)

    console.log('\n详细结果 / details')
    console.table(
      rows.flatMap(({ name, base, target }) => [
        { run: `system.ping (before ${name})`, 'req/s': base.reqPerSec, 'p99 ms': base.p99, ok: base.ok, failed: base.failed },
        {
          run: name,
          'req/s': target.reqPerSec,
          'p99 ms': target.p99,
          ok: target.ok,
          failed: target.failed,
          check: target.check ?? ''
        }
      ])
    )
    console.log(
      `\nbench/api — local host, SQLite, ${EXTRA_CADRES} extra cadres, ${CONNECTIONS} connections, ${SECONDS} s per run, Node ${process.version}`
    )
    // Throughput and p99 latency against the no-op action measured just before, on the same host.
    const ratios = rows.map(({ name, base, target }) => ({
      name,
      throughput: target.reqPerSec / base.reqPerSec,
      p99: target.p99 / Math.max(base.p99, 1)
    }))
    for (const [i, { name, base, target }] of rows.entries()) {
      console.log(
        `  ${name.padEnd(13)} ${String(target.reqPerSec).padStart(6)} req/s  p99 ${String(target.p99).padStart(3)} ms  ` +
          `| system.ping ${String(base.reqPerSec).padStart(6)} req/s  p99 ${String(base.p99).padStart(3)} ms  ` +
          `| throughput ${ratios[i].throughput.toFixed(2)}×  p99 ${ratios[i].p99.toFixed(1)}×`
      )
    }
    const write = ratios.find((r) => r.name === 'study.record')
    console.log(
      `study.record vs system.ping: throughput ${write.throughput.toFixed(2)}× (goal ≥ 0.5×), p99 ${write.p99.toFixed(1)}× (goal ≤ 3×)`
    )
  } finally {
    process.removeListener('SIGINT', stopOnSignal)
    await host.stop()
  }
}

main().catch((error) => {
  console.error('bench/api failed:', error.message)
  process.exit(1)
})
