#!/usr/bin/env node
/**
 * Writes `project.private.config.json` (git-ignored) at the project root with the mini-program's
 * real AppID from .env.production (TARO_APP_ID), so that opening the ROOT folder in WeChat DevTools
 * uses the real account (the committed project.config.json says `touristappid`, which cannot use
 * cloud development) with `miniprogramRoot: dist/weapp/` and `cloudfunctionRoot: cloudfunctions/`.
 *
 * Why it matters: a function's `permissions.openapi` (subscribeMessage.send) and cloud calls from a
 * timer trigger are applied only when the function is uploaded from DevTools — "在每次使用微信开发者
 * 工具上传云函数时均会根据配置更新权限" (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html);
 * the CLI deploy does not apply them. DevTools lets project.private.config.json override the same
 * fields of project.config.json (https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html).
 *
 * Usage: node scripts/devtools-config.js [--env-file=<file>]   (npm run deploy runs it too)
 */
const fs = require('fs')
const path = require('path')
const { readEnvFile } = require('./lib/env-file')

const ROOT = path.resolve(__dirname, '..')

/** The private DevTools config for an AppID, or null when no real AppID is known. */
function devtoolsConfig(appId) {
  if (!appId || appId === 'touristappid') return null
  return {
    description:
      '由 scripts/devtools-config.js 生成（不入库）：用真实 AppID 打开项目根目录，以便上传 scheduler 云函数并应用云调用权限。',
    appid: appId,
    miniprogramRoot: 'dist/weapp/',
    cloudfunctionRoot: 'cloudfunctions/'
  }
}

/** Writes the file; returns its path, or null (with a printed reason) when TARO_APP_ID is unset. */
function writeDevtoolsConfig(env) {
  const config = devtoolsConfig(env.TARO_APP_ID)
  if (!config) {
    console.warn('  ! 未设置 TARO_APP_ID：无法生成 project.private.config.json（微信开发者工具将以游客身份打开项目）。')
    return null
  }
  const file = path.join(ROOT, 'project.private.config.json')
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n')
  console.log(`  已生成 / wrote ${path.relative(ROOT, file)} (appid ${config.appid})`)
  return file
}

if (require.main === module) {
  const arg = process.argv.find((a) => a.startsWith('--env-file='))
  const envFile = path.resolve(ROOT, arg ? arg.split('=')[1] : '.env.production')
  writeDevtoolsConfig({ ...readEnvFile(envFile), ...process.env })
}

module.exports = { devtoolsConfig, writeDevtoolsConfig }
