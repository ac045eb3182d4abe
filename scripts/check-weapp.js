#!/usr/bin/env node
/**
 * Compiles the weapp build (dist/weapp) with WeChat's own compiler, offline, and runs its code
 * quality checks: fails on any compile error, any failed quality check, or any package over
 * 1.5 MB. Run `npm run build:weapp` first.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')

const ROOT = path.resolve(__dirname, '..')
const DIST = path.join(ROOT, 'dist', 'weapp')
const LIMIT_BYTES = 1.5 * 1024 * 1024

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function fail(problems) {
  console.error('\n✗ check-weapp 未通过：')
  for (const p of problems) console.error(`  - ${p}`)
  process.exit(1)
}

async function main() {
  for (const file of ['app.json', 'app.js', 'project.config.json']) {
    if (!fs.existsSync(path.join(DIST, file))) fail([`${path.relative(ROOT, DIST)}/${file} 不存在，请先运行 npm run build:weapp`])
  }
  const ci = require('miniprogram-ci')
  const appid = JSON.parse(fs.readFileSync(path.join(DIST, 'project.config.json'), 'utf8')).appid || 'touristappid'
  // With its own attr the project never asks WeChat's servers for settings (error 20001 otherwise).
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: DIST,
    privateKey: 'unused',
    attr: async () => ci.DefaultProjectAttr
  })
  const problems = []

  const zipPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-')), 'compiled.zip')
  try {
    const compiled = await ci.getCompiledResult(
      { project, version: '0.0.0', setting: { es6: true, minifyWXML: true, minifyWXSS: true } },
      zipPath
    )
    console.log(`✓ 编译通过：${Object.keys(compiled || {}).length} 个文件`)
  } catch (error) {
    problems.push(
      `编译失败${error && error.code ? `（${error.code}）` : ''}：${error && error.message ? error.message : String(error)}`
    )
  }

  let sizes = {}
  try {
    const checks = await ci.checkCodeQuality(project)
    for (const check of checks) {
      if (check.name === 'PACKAGE_SIZE_LIMIT' && check.detail) sizes = check.detail
      if (!check.success)
        problems.push(`质量检查 ${check.name} 未通过：${check.text}${check.detail ? ` ${JSON.stringify(check.detail)}` : ''}`)
    }
    console.log(`✓ 质量检查：${checks.filter((c) => c.success).length}/${checks.length} 项通过`)
  } catch (error) {
    problems.push(
      `质量检查出错${error && error.code ? `（${error.code}）` : ''}：${error && error.message ? error.message : String(error)}`
    )
  }

  console.log('\n包大小：')
  for (const [name, bytes] of Object.entries(sizes)) {
    const label = name === '__APP__' ? '主包' : `分包 ${name}`
    console.log(`  ${label.padEnd(22)} ${kb(bytes)}`)
    if (bytes > LIMIT_BYTES) problems.push(`${label} ${kb(bytes)} 超过 1.5 MB`)
  }
  if (!Object.keys(sizes).length) problems.push('没有拿到包大小（PACKAGE_SIZE_LIMIT 无结果）')

  if (problems.length) fail(problems)
  console.log('\n✓ check-weapp 通过')
  // miniprogram-ci leaves a file watcher running: end the process explicitly.
  process.exit(0)
}

main().catch((error) => fail([error && error.stack ? error.stack : String(error)]))
