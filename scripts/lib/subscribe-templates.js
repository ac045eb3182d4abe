/**
 * Checks WX_SUBSCRIBE_TEMPLATES before a deploy with the same parser the functions use at start
 * (src/core/reminders/templates.ts, bundled on the fly like sync-cloudbaserc does), so a typo is
 * refused here, naming the field, instead of surfacing as a failing function after the upload.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')

const ROOT = path.resolve(__dirname, '../..')

function loadParser() {
  const esbuild = require('esbuild')
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'templates-')), 'templates.js')
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/core/reminders/templates.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error'
  })
  try {
    return require(out)
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true })
  }
}

/** `{ ok: true, value }` (value null when unset) or `{ ok: false, message }` naming the field in Chinese. */
function checkSubscribeTemplates(raw) {
  const { parseSubscribeTemplates } = loadParser()
  try {
    return { ok: true, value: parseSubscribeTemplates(raw) }
  } catch (error) {
    return { ok: false, message: error.message }
  }
}

module.exports = { checkSubscribeTemplates }
