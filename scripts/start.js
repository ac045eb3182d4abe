#!/usr/bin/env node
/**
 * `npm start`: builds what is stale (the H5 app, the function bundles and the local host), then
 * runs the local host on http://localhost:${PORT:-10086} in demo mode (DEMO=0 turns it off).
 *
 * Environment: PORT, HOST, DATA_DIR, DEMO, SEED_EXTRA_CADRES (passed to the host);
 * SKIP_BUILD=1 runs whatever is built.
 */
const { spawn } = require('child_process')
const fs = require('fs')
const path = require('path')
const { buildFunctions, newestMtime } = require('./build-functions')
const { compressH5 } = require('./compress-h5')

const ROOT = path.resolve(__dirname, '..')
const rel = (...p) => path.join(ROOT, ...p)
const H5_INDEX = rel('dist/h5/index.html')
// Written after a successful H5 build: webpack skips rewriting unchanged files, so the output's
// own mtimes cannot tell us whether the sources changed since.
const H5_STAMP = rel('.temp/h5-build.stamp')
const H5_SOURCES = [
  rel('src'),
  rel('config'),
  rel('types'),
  rel('package.json'),
  rel('babel.config.js'),
  rel('project.config.json')
]

const step = (zh, en) => console.log(`\n▶ ${zh} / ${en}`)

function h5IsStale() {
  if (!fs.existsSync(H5_INDEX)) return true
  const stamp = newestMtime(H5_STAMP)
  return !stamp || H5_SOURCES.some((s) => newestMtime(s) > stamp)
}

/** Runs a command to completion, passing Ctrl+C / SIGTERM on so no build is left orphaned. */
function runChild(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.removeListener('SIGINT', forward)
      process.removeListener('SIGTERM', forward)
      if (signal) process.exit(1)
      resolve(code)
    })
  })
}

async function buildH5() {
  if (!fs.existsSync(rel('config/index.ts')) && !fs.existsSync(rel('config/index.js'))) {
    console.warn('  ! 尚无 Taro 配置（config/），跳过网页版构建 / no Taro config yet, skipping the H5 build')
    return
  }
  if (!h5IsStale()) return console.log('  网页版已是最新 / dist/h5 is up to date')
  console.log('  正在构建网页版（首次约 1 分钟）/ building H5 with Taro (about a minute the first time)…')
  const started = Date.now()
  const taro = rel('node_modules/.bin/taro')
  const [command, args] = fs.existsSync(taro) ? [taro, ['build', '--type', 'h5']] : ['npx', ['taro', 'build', '--type', 'h5']]
  const status = await runChild(command, args, { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' })
  if (status === 0) {
    fs.mkdirSync(path.dirname(H5_STAMP), { recursive: true })
    fs.writeFileSync(H5_STAMP, new Date(started).toISOString())
    // Stamp the start: a source saved while the build ran must still count as newer.
    fs.utimesSync(H5_STAMP, new Date(started), new Date(started))
    console.log(`  ✓ 网页版构建完成 / H5 built in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/h5`)
    // The host sends these .br/.gz copies instead of compressing on every request.
    const t = compressH5(rel('dist/h5'))
    console.log(`  ✓ 预压缩 / precompressed ${t.files} files → br ${Math.round(t.br / 1024)} KB`)
  } else if (fs.existsSync(H5_INDEX)) {
    console.warn('  ! 网页版构建失败，继续使用上一次的构建结果 / H5 build failed, serving the previous build')
  } else {
    console.warn('  ! 网页版构建失败，接口仍可使用，页面会提示构建方法 / H5 build failed; the API still runs')
  }
}

async function buildBundles() {
  // The host itself is required; the CloudBase bundles are not needed to run locally, so their
  // failure is a warning here (npm test and npm run deploy build them strictly).
  const built = await buildFunctions({ names: ['local'], onlyStale: true })
  for (const name of ['api', 'scheduler']) {
    try {
      built.push(...(await buildFunctions({ names: [name], onlyStale: true })))
    } catch (error) {
      console.warn(`  ! 云函数 ${name} 打包失败（不影响本机运行）/ bundling ${name} failed: ${error.message.split('\n')[0]}`)
    }
  }
  if (!built.length) console.log('  已是最新 / bundles are up to date')
}

function runHost() {
  const env = { ...process.env, DEMO: process.env.DEMO ?? '1' }
  const child = spawn(process.execPath, ['--enable-source-maps', rel('.temp/local/server.js')], {
    cwd: ROOT,
    stdio: 'inherit',
    env
  })
  // Ctrl+C reaches the whole process group, a `kill` only us: forward either way (the host
  // ignores a second signal while it is already stopping) and exit when it does.
  const forward = (signal) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

async function main() {
  console.log('理论学习助手 · 本机运行 / local host')
  if (!fs.existsSync(rel('node_modules'))) {
    console.error('✗ 尚未安装依赖，请先运行 npm ci / dependencies missing: run `npm ci` first')
    process.exit(1)
  }
  if (process.env.SKIP_BUILD === '1') {
    console.log('  SKIP_BUILD=1：跳过构建 / skipping builds')
  } else {
    step('检查网页版', 'checking the H5 app')
    await buildH5()
    step('检查云函数与本机服务', 'checking function bundles and the local host')
    await buildBundles()
  }
  if (!fs.existsSync(rel('.temp/local/server.js'))) {
    console.error('✗ 缺少 .temp/local/server.js，请去掉 SKIP_BUILD 重试 / local host bundle missing')
    process.exit(1)
  }
  step('启动本机服务', 'starting the local host')
  runHost()
}

main().catch((error) => {
  console.error('✗ 启动失败 / start failed:', error.message)
  process.exit(1)
})
