#!/usr/bin/env node
/**
 * Bundles the cloud functions and the local host with esbuild.
 *
 *   cloudfunctions/api/src/index.ts        → cloudfunctions/api/index.js        (CloudBase)
 *   cloudfunctions/scheduler/src/index.ts  → cloudfunctions/scheduler/index.js  (CloudBase)
 *   cloudfunctions/local/server.ts         → .temp/local/server.js              (npm start)
 *
 * `node scripts/build-functions.js` builds everything; `--stale` builds only bundles older than
 * their sources (what `npm start` uses). Exported for scripts/start.js and scripts/deploy.js.
 */
const fs = require('fs')
const path = require('path')

const ROOT = path.resolve(__dirname, '..')
const rel = (...p) => path.join(ROOT, ...p)

// Sources every bundle depends on; a change to any of them makes every bundle stale.
const SHARED_SOURCES = [rel('src/core'), rel('cloudfunctions/lib'), rel('package.json'), rel('tsconfig.json')]

// CloudBase installs these from each function's package.json on deploy, so they stay out of the
// bundle. The SDK in particular must be the platform's own copy.
const FUNCTION_EXTERNALS = ['@cloudbase/node-sdk']

/** The bundles this script knows, by name. */
const TARGETS = {
  api: {
    entry: rel('cloudfunctions/api/src/index.ts'),
    outfile: rel('cloudfunctions/api/index.js'),
    sources: [rel('cloudfunctions/api/src')],
    external: FUNCTION_EXTERNALS,
    sourcemap: false
  },
  scheduler: {
    entry: rel('cloudfunctions/scheduler/src/index.ts'),
    outfile: rel('cloudfunctions/scheduler/index.js'),
    sources: [rel('cloudfunctions/scheduler/src')],
    external: FUNCTION_EXTERNALS,
    sourcemap: false
  },
  bootstrap: {
    entry: rel('cloudfunctions/local/bootstrap-cloud.ts'),
    outfile: rel('.temp/local/bootstrap-cloud.js'),
    sources: [rel('cloudfunctions/local')],
    external: ['@cloudbase/node-sdk', 'exceljs', 'better-sqlite3'],
    sourcemap: false
  },
  local: {
    entry: rel('cloudfunctions/local/server.ts'),
    outfile: rel('.temp/local/server.js'),
    sources: [rel('cloudfunctions/local')],
    // The local host runs beside node_modules: keep native and heavy packages out of the bundle.
    external: ['better-sqlite3', '@cloudbase/node-sdk', 'exceljs'],
    sourcemap: true
  }
}

/** The newest modification time (ms) of a file or of anything under a folder; 0 if absent. */
function newestMtime(target) {
  let stat
  try {
    stat = fs.statSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

/** True when the bundle is missing or older than one of its sources. */
function isStale(name) {
  const t = TARGETS[name]
  const built = newestMtime(t.outfile)
  if (!built) return true
  return [...SHARED_SOURCES, ...t.sources].some((s) => newestMtime(s) > built)
}

/** Bundles one target; resolves to the output size in KB. */
async function buildOne(name) {
  const esbuild = require('esbuild')
  const t = TARGETS[name]
  fs.mkdirSync(path.dirname(t.outfile), { recursive: true })
  await esbuild.build({
    entryPoints: [t.entry],
    outfile: t.outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: t.external,
    sourcemap: t.sourcemap,
    tsconfig: rel('tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    // Stack traces in the logs should name our functions, not minified letters.
    minify: false,
    keepNames: true,
    banner: { js: `// Built by scripts/build-functions.js from ${path.relative(ROOT, t.entry)} — do not edit.` }
  })
  return Math.round(fs.statSync(t.outfile).size / 1024)
}

/**
 * Builds the named bundles (all by default). With onlyStale, skips those newer than their
 * sources. Returns the names it built.
 */
async function buildFunctions({ names = Object.keys(TARGETS), onlyStale = false, log = console.log } = {}) {
  const built = []
  for (const name of names) {
    if (!TARGETS[name]) throw new Error(`未知的构建目标 / unknown bundle: ${name}`)
    if (onlyStale && !isStale(name)) continue
    const started = Date.now()
    const kb = await buildOne(name)
    log(`  ✓ ${name.padEnd(9)} → ${path.relative(ROOT, TARGETS[name].outfile)} (${kb} KB, ${Date.now() - started} ms)`)
    built.push(name)
  }
  return built
}

module.exports = { buildFunctions, isStale, newestMtime, TARGETS }

if (require.main === module) {
  const args = process.argv.slice(2)
  const onlyStale = args.includes('--stale')
  const names = args.filter((a) => !a.startsWith('--'))
  console.log('构建云函数 / Bundling functions…')
  buildFunctions({ names: names.length ? names : undefined, onlyStale })
    .then((built) => {
      if (!built.length) console.log('  云函数已是最新 / bundles are up to date')
    })
    .catch((error) => {
      console.error('构建失败 / build failed:', error.message)
      process.exit(1)
    })
}
