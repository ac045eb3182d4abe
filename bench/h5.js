#!/usr/bin/env node
/**
 * `npm run bench:h5`: the cold home of the H5 app as the demo cadre, in Chromium under a slow-4G
 * profile (150 ms latency, 1.6 Mbps down, 750 kbps up) and 4× CPU throttling, with the cache
 * disabled. Logs in first (unthrottled), then times a fresh load of the home until the month's
 * x/5 is on screen. Prints the bytes transferred, the requests (and function calls) made, and
 * the time last. Serves dist/h5 (or the folder given as the first argument) from the local host
 * on a temporary data folder. Needs /usr/bin/chromium (`apt-get install -y chromium`).
 */
const fs = require('fs')
const path = require('path')
const { launchChromium } = require('../scripts/lib/chromium')
const { startBenchHost } = require('./lib/local-host')

const ROOT = path.resolve(__dirname, '..')
const H5_DIR = path.resolve(process.argv[2] || path.join(ROOT, 'dist/h5'))
const RUNS = Number(process.env.BENCH_RUNS || 3)
const CADRE = '13800000001'
// Chrome DevTools' "Slow 4G"-like profile the issue names; throughput in bytes per second.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 }
const CPU_SLOWDOWN = 4

/** One cold load of the home in a page already logged in; resolves to { ms, kb, requests, apiCalls }. */
async function coldHome(page, url) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  let bytes = 0
  let requests = 0
  let started = Date.now()
  let apiCalls = 0
  const urls = new Map()
  cdp.on('Network.requestWillBeSent', (e) => {
    requests++
    urls.set(e.requestId, { path: new URL(e.request.url).pathname, at: Date.now() })
    if (new URL(e.request.url).pathname.startsWith('/api/')) apiCalls++
  })
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength
    const u = urls.get(e.requestId)
    // BENCH_VERBOSE=1: each request's path, start (ms after navigation) and size on the wire.
    if (u && process.env.BENCH_VERBOSE) {
      console.log(
        `    ${String(u.at - started).padStart(5)} ms  ${(e.encodedDataLength / 1024).toFixed(1).padStart(6)} KB  ${u.path}`
      )
    }
  })
  // A blank page first, so the timed navigation starts from nothing of the app's.
  await page.goto('about:blank')
  started = Date.now()
  await page.goto(`${url}/#/pages/home/index`)
  await page.locator('[data-testid="study-progress"]:visible').first().waitFor({ timeout: 60000 })
  const ms = Date.now() - started
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await cdp.detach()
  return { ms, kb: bytes / 1024, requests, apiCalls }
}

async function main() {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`没有网页版构建 / no H5 build in ${H5_DIR}: run npm run build:h5 first`)
  }
  const host = await startBenchHost({ extraCadres: 0, h5Dir: H5_DIR })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'zh-CN' })
    const page = await context.newPage()
    // Log in at full speed: only the home's cold load is measured.
    await page.goto(`${host.url}/#/pages/login/index`)
    for (const [id, value] of [
      ['login-phone', CADRE],
      ['login-code', '123456']
    ]) {
      const el = page.locator(`[data-testid="${id}"]`).first()
      await el.waitFor()
      const tag = await el.evaluate((e) => e.tagName)
      await (tag === 'INPUT' ? el : el.locator('input').first()).fill(value)
    }
    await page.locator('[data-testid="login-submit"]').first().click()
    await page.locator('[data-testid="study-progress"]:visible').first().waitFor({ timeout: 30000 })

    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await coldHome(page, host.url))
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    console.log(
      `H5 cold home · ${path.relative(ROOT, H5_DIR) || H5_DIR} · slow 4G (150 ms, 1.6/0.75 Mbps) · CPU ×${CPU_SLOWDOWN}`
    )
    for (const [i, r] of runs.entries()) {
      console.log(
        `  run ${i + 1}: ${r.ms} ms, ${r.kb.toFixed(0)} KB transferred, ${r.requests} requests (${r.apiCalls} function calls)`
      )
    }
    console.log(`transferred: ${median(runs.map((r) => r.kb)).toFixed(0)} KB (median of ${RUNS})`)
    console.log(`function calls: ${median(runs.map((r) => r.apiCalls))}`)
    console.log(`cold home until x/5 shows: ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s (median of ${RUNS})`)
  } finally {
    await browser.close()
    await host.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
