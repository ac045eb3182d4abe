#!/usr/bin/env node
/**
 * `npm run deploy`: deploys the cloud functions and the database collections to CloudBase.
 *
 *   1. reads .env.production (ENV_ID …; the process environment wins over the file);
 *   2. bundles the functions (scripts/build-functions.js);
 *   3. writes .temp/deploy/cloudbaserc.json: cloudbaserc.json with its {{env.X}} filled in, so
 *      every CLI command sees the same, resolved settings;
 *   4. logs in with TCB_SECRET_ID / TCB_SECRET_KEY when given (else uses the existing CLI login);
 *   5. `tcb framework deploy`: collections + indexes (the database plugin in cloudbaserc.json);
 *   6. `tcb fn deploy <name> --force` per function: code, timeout, runtime, env vars, triggers;
 *   7. writes the git-ignored project.private.config.json (real AppID) for WeChat DevTools, where
 *      the one manual step happens: uploading `scheduler` once applies its cloud-call permission.
 *
 * Flags: --dry-run (print the commands only), --only=functions|database, --env-file=<file>.
 */
const { spawnSync } = require('child_process')
const { readEnvFile } = require('./lib/env-file')
const fs = require('fs')
const path = require('path')
const { buildFunctions } = require('./build-functions')
const { storageRuleReminder } = require('./lib/storage-rule')
const { writeDevtoolsConfig } = require('./devtools-config')
const { checkSubscribeTemplates } = require('./lib/subscribe-templates')

const ROOT = path.resolve(__dirname, '..')
const CLI = ['-y', '@cloudbase/cli@2.12']
const args = process.argv.slice(2)
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
const flagValue = (name) => flag(name)?.split('=')[1]
const dryRun = Boolean(flag('dry-run'))
const only = flagValue('only')

/** Replaces every {{env.X}} in a JSON value; unknown keys become '' and are reported. */
function resolveTemplate(value, env, missing) {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g, (_, key) => {
      if (!env[key]) missing.add(key)
      return env[key] ?? ''
    })
  }
  if (Array.isArray(value)) return value.map((v) => resolveTemplate(v, env, missing))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTemplate(v, env, missing)]))
  }
  return value
}

/** Runs (or, with --dry-run, prints) one CLI command; secrets are masked in the printout. */
function tcb(cliArgs, secrets = []) {
  const shown = ['npx', ...CLI, ...cliArgs].map((a) => (secrets.includes(a) ? '****' : a)).join(' ')
  console.log(`  $ ${shown}`)
  if (dryRun) return
  const result = spawnSync('npx', [...CLI, ...cliArgs], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`\n✗ 命令失败（退出码 ${result.status}）/ command failed. 请根据上面的 CLI 输出处理后重试。`)
    process.exit(result.status || 1)
  }
}

async function main() {
  const envFile = path.resolve(ROOT, flagValue('env-file') || '.env.production')
  const env = { ...readEnvFile(envFile), ...process.env }
  console.log(`理论学习助手 · 部署到 CloudBase / deploy${dryRun ? '（演练 dry run）' : ''}`)
  console.log(`  配置文件 / settings: ${path.relative(ROOT, envFile)}${fs.existsSync(envFile) ? '' : '（不存在 / missing）'}`)

  if (!env.ENV_ID) {
    console.error('\n✗ 缺少 ENV_ID（云开发环境 ID）。请先：cp .env.production.example .env.production 并填写。')
    console.error('  ENV_ID is missing: copy .env.production.example to .env.production and fill it in.\n')
    process.exit(1)
  }
  if (!env.TARO_APP_CLOUD_ENV) {
    console.warn(
      `  ! 未设置 TARO_APP_CLOUD_ENV：小程序将使用账号的默认云环境，未必是 ${env.ENV_ID}。建议填写与 ENV_ID 相同的值后再 npm run build:weapp。`
    )
  } else if (env.TARO_APP_CLOUD_ENV !== env.ENV_ID) {
    console.warn(`  ! TARO_APP_CLOUD_ENV（${env.TARO_APP_CLOUD_ENV}）与 ENV_ID（${env.ENV_ID}）不同：小程序将调用另一个环境。`)
  }
  if (!env.TARO_APP_ID) console.warn('  ! 未设置 TARO_APP_ID：可以先部署，但小程序要等填写 AppID 后才能上传。')
  const templates = checkSubscribeTemplates(env.WX_SUBSCRIBE_TEMPLATES)
  if (!templates.ok) {
    console.error(`\n✗ ${templates.message}\n  订阅消息模板设置有误，未部署任何内容。请改正 WX_SUBSCRIBE_TEMPLATES 后重试。\n`)
    process.exit(1)
  }
  if (!templates.value) console.warn('  ! 未设置 WX_SUBSCRIBE_TEMPLATES：提醒只进站内“我的提醒”，不发微信订阅消息。')

  console.log('\n▶ 打包云函数 / bundling functions')
  await buildFunctions({ names: ['api', 'scheduler'] })

  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'))
  const missing = new Set()
  const resolved = resolveTemplate(rc, env, missing)
  // Absolute, so it means the same whether the CLI resolves it against the cwd or the config file.
  resolved.functionRoot = path.join(ROOT, 'cloudfunctions')
  if (env.TCB_REGION) resolved.region = env.TCB_REGION
  const configFile = path.join(ROOT, '.temp/deploy/cloudbaserc.json')
  fs.mkdirSync(path.dirname(configFile), { recursive: true })
  fs.writeFileSync(configFile, JSON.stringify(resolved, null, 2))
  if (missing.size) console.warn(`  ! cloudbaserc.json 中这些变量为空 / empty variables: ${[...missing].join(', ')}`)
  console.log(`  已生成 / wrote ${path.relative(ROOT, configFile)} (envId ${resolved.envId})`)
  const common = ['-e', env.ENV_ID, '--config-file', configFile]
  if (env.TCB_REGION) common.push('-r', env.TCB_REGION)

  console.log('\n▶ 登录 / login')
  if (env.TCB_SECRET_ID && env.TCB_SECRET_KEY) {
    tcb(['login', '--apiKeyId', env.TCB_SECRET_ID, '--apiKey', env.TCB_SECRET_KEY], [env.TCB_SECRET_ID, env.TCB_SECRET_KEY])
  } else {
    console.log('  使用 CLI 已有的登录（未登录请先运行 npx -y @cloudbase/cli@2.12 login）/ using the existing CLI login')
  }

  if (only !== 'functions') {
    console.log('\n▶ 数据库集合与索引 / collections and indexes (framework-plugin-database)')
    tcb(['framework', 'deploy', ...common])
  }
  if (only !== 'database') {
    for (const fn of resolved.functions) {
      console.log(
        `\n▶ 云函数 ${fn.name}（超时 ${fn.timeout}s${fn.triggers?.length ? `，定时触发 ${fn.triggers[0].config}` : ''}）/ function`
      )
      tcb(['fn', 'deploy', fn.name, '--force', ...common])
    }
  }

  console.log(
    `\n✓ ${dryRun ? '演练完成，未做任何改动' : '部署完成'} / ${dryRun ? 'dry run finished, nothing changed' : 'deployed'}`
  )
  console.log(storageRuleReminder(env.ENV_ID))
  console.log('\n▶ 微信开发者工具项目配置 / DevTools project config')
  if (dryRun) console.log('  （演练：不写 project.private.config.json）')
  else writeDevtoolsConfig(env)
  console.log('\n  下一步 / next:')
  console.log('  1. npm run build:weapp，用微信开发者工具打开本项目根目录（不是 dist/weapp），上传代码并提交审核；')
  console.log('  2. 仅首次：在开发者工具中分别右键 cloudfunctions/scheduler 和 cloudfunctions/api →“上传并部署：云端安装依赖”。')
  console.log('     订阅消息的云调用权限（config.json 的 permissions.openapi）只在开发者工具上传时生效，CLI 部署不会应用；')
  console.log('     未上传前每条微信消息都会失败（-604101），提醒页的运行记录会注明“缺少云调用权限”，站内提醒不受影响。')
}

main().catch((error) => {
  console.error('✗ 部署失败 / deploy failed:', error.message)
  process.exit(1)
})
