/**
 * Requires one TypeScript module of the project from a script: bundles it (and what it imports) to a
 * temporary CommonJS file with esbuild, requires that, and removes it.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')

const ROOT = path.resolve(__dirname, '../..')

function requireTs(relativePath) {
  const esbuild = require('esbuild')
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'require-ts-')), 'module.js')
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, relativePath)],
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

module.exports = { requireTs }
