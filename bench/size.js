#!/usr/bin/env node
/**
 * Weapp package sizes from the build in dist/weapp: the main package and each subpackage, in KB
 * (raw bytes on disk, as the build emits them; WeChat's own figures come from check-weapp).
 * Run `npm run build:weapp` first. The figures are printed last.
 */
const fs = require('fs')
const path = require('path')

const DIST = path.resolve(__dirname, '..', 'dist', 'weapp')
// Files the devtools never upload.
const NOT_SHIPPED = new Set(['project.config.json', 'project.private.config.json'])

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else out.push(full)
  }
  return out
}

function main() {
  const appJson = path.join(DIST, 'app.json')
  if (!fs.existsSync(appJson)) {
    console.error('dist/weapp/app.json 不存在：请先运行 npm run build:weapp')
    process.exit(1)
  }
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((p) => p.root.replace(/\/?$/, '/'))
  const sizes = new Map([['main', 0], ...roots.map((r) => [r, 0])])
  for (const file of walk(DIST)) {
    const rel = path.relative(DIST, file).split(path.sep).join('/')
    if (NOT_SHIPPED.has(rel) || rel.endsWith('.map') || rel.endsWith('.LICENSE.txt')) continue
    const root = roots.find((r) => rel.startsWith(r)) || 'main'
    sizes.set(root, sizes.get(root) + fs.statSync(file).size)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  console.log('weapp package sizes (dist/weapp, KB):')
  for (const [name, bytes] of sizes) {
    console.log(`  ${(name === 'main' ? 'main package' : `subpackage ${name}`).padEnd(28)} ${(bytes / 1024).toFixed(1)}`)
  }
  console.log(`  ${'total'.padEnd(28)} ${(total / 1024).toFixed(1)}`)
}

main()
