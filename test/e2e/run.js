// e2e: drives the H5 build in Debian's Chromium against a local host with the demo district.
// Prints "N passed, N failed" last; exits non-zero on any failure.
const { launchChromium } = require('../../scripts/lib/chromium')
const { startHost } = require('./host')
const { scenarios } = require('./scenarios')

async function main() {
  const host = await startHost()
  const browser = await launchChromium()
  let passed = 0
  let failed = 0
  try {
    for (const [name, run] of scenarios) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'zh-CN' })
      const page = await context.newPage()
      const started = Date.now()
      try {
        await run(page, host.url)
        passed++
        console.log(`✓ ${name} (${Date.now() - started} ms)`)
      } catch (error) {
        failed++
        console.log(`✗ ${name}\n  ${error && error.stack ? error.stack : error}`)
        await page.screenshot({ path: `/tmp/e2e-failure-${passed + failed}.png` }).catch(() => undefined)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
    if (failed) console.log(host.output().split('\n').slice(-30).join('\n'))
    await host.stop()
  }
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  console.log('0 passed, 1 failed')
  process.exit(1)
})
