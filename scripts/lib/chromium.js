// Debian's Chromium for e2e tests and benches, with the flags this workplace needs (no sandbox,
// no GPU, nothing fetched in the background). Never `npx playwright install`.
const { chromium } = require('playwright-core')

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** Launches /usr/bin/chromium (or CHROMIUM_PATH). */
function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}

module.exports = { CHROMIUM_FLAGS, launchChromium }
