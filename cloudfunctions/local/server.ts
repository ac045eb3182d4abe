import path from 'path'
import { StoreLockedError } from '../lib/adapters/sqlite'
import { systemClock, type Clock } from '../lib/ports/clock.port'
import type { RunningHost } from './host'
import { dbFileOf, startLocalHost } from './host'
import { DEMO_CODE } from '../lib/services/auth/auth.service'
import { DEMO_ACCOUNTS, SEED_UNITS } from './seed-data'

// `node .temp/local/server.js` (what `npm start` runs after building). Configuration comes from
// the environment: PORT (10086), HOST (all interfaces), DATA_DIR (data/), DEMO (1; 0 turns demo
// mode off), H5_DIR (dist/h5), SEED_EXTRA_CADRES (0; the benchmark uses 5000).

export { startLocalHost } from './host'
export type { HostOptions, RunningHost } from './host'
export { seedDemoDistrict, seedExtraCadres, extraCadrePhone } from './seed'
export { DEMO_ACCOUNTS } from './seed-data'

/** The demo accounts as a console table (the README carries the same list). */
function printDemoAccounts(): void {
  const unitName = (key: string) => SEED_UNITS.find((u) => u.key === key)?.name ?? key
  console.log(`\n演示账号 / Demo accounts（验证码 / code: ${DEMO_CODE}）`)
  console.table(
    DEMO_ACCOUNTS.map((p) => ({
      手机号: p.phone,
      姓名: p.name,
      角色: p.roles.join(' + '),
      单位: unitName(p.unit),
      职务: p.position
    }))
  )
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function columns(text: string): number {
  let width = 0
  for (const ch of text)
    width += /[\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1
  return width
}

/** Lines drawn in a box, so a warning cannot be missed in the startup log. */
export function boxed(lines: string[]): string {
  const inner = Math.max(...lines.map(columns))
  const rule = '═'.repeat(inner + 4)
  return [`╔${rule}╗`, ...lines.map((l) => `║  ${l}${' '.repeat(inner - columns(l))}  ║`), `╚${rule}╝`].join('\n')
}

/** The startup warning of demo mode: which code it takes, for whom, and that it must stay off the internet. */
export function demoBanner(demoDatabase: boolean): string {
  return boxed([
    '⚠ 演示模式已开启 / DEMO MODE IS ON (DEMO=1)',
    demoDatabase
      ? `演示账号可用验证码 ${DEMO_CODE} 登录 / seeded demo accounts log in with code ${DEMO_CODE}`
      : `本数据库不是演示数据库，${DEMO_CODE} 对任何人都无效 / not a demo database: ${DEMO_CODE} works for nobody`,
    '切勿让本服务面向互联网 / NEVER expose this host to the internet',
    '正式使用请以 DEMO=0 启动 / for real use start with DEMO=0'
  ])
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    console.error(`环境变量 ${name}=${raw} 无效，应为非负整数 / ${name} must be a non-negative integer`)
    process.exit(1)
  }
  return value
}

/**
 * DEMO_NOW (tests and demos only): the host's clock starts at this ISO time and runs on from there,
 * e.g. DEMO_NOW=2026-12-20T09:30:00+08:00 to see the reminders of the 20th. Unset: the real clock.
 */
function clockFromEnv(): Clock {
  const raw = process.env.DEMO_NOW
  if (!raw) return systemClock
  const start = new Date(raw)
  if (Number.isNaN(start.getTime())) {
    console.error(`环境变量 DEMO_NOW=${raw} 无效，应为 ISO 时间，如 2026-12-20T09:30:00+08:00 / DEMO_NOW must be an ISO time`)
    process.exit(1)
  }
  const offset = start.getTime() - Date.now()
  console.log(`⚠ 演示时钟 / demo clock: DEMO_NOW=${raw}`)
  return { now: () => new Date(Date.now() + offset) }
}

async function run(): Promise<void> {
  const root = process.cwd()
  const dataDir = path.resolve(root, process.env.DATA_DIR || 'data')
  const demoMode = process.env.DEMO !== '0' && process.env.DEMO !== 'false'
  let host: RunningHost
  try {
    host = await startLocalHost({
      dataDir,
      port: envInt('PORT', 10086),
      host: process.env.HOST || undefined,
      demoMode,
      staticDir: path.resolve(root, process.env.H5_DIR || 'dist/h5'),
      extraCadres: envInt('SEED_EXTRA_CADRES', 0),
      clock: clockFromEnv()
    })
  } catch (error) {
    if (error instanceof StoreLockedError) {
      console.error(
        `\n✗ 无法启动：${error.message}\n  已有一个本机服务在使用 ${dbFileOf(dataDir)}，同一数据库只能由一个服务打开。`
      )
      console.error(`  Another local host is already using this database (pid ${error.pid ?? '?'}). Stop it first.\n`)
      process.exit(1)
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`\n✗ 端口已被占用 / port in use: ${process.env.PORT || 10086}。请换一个端口，如 PORT=10087 npm start\n`)
      process.exit(1)
    }
    throw error
  }

  const { seed } = host
  if (seed.seeded) {
    console.log(
      `首次启动，已写入演示数据 / seeded the demo district: ${seed.areas} 个片区, ${seed.units} 个单位, ${seed.people} 人, ${seed.speeches} 篇讲话, ${seed.studies} 条学习记录`
    )
  }
  if (host.extraCadres) console.log(`已追加压测干部 / added benchmark cadres: ${host.extraCadres}`)
  console.log(`数据目录 / data: ${dataDir}`)
  if (demoMode) {
    if (host.demoDatabase) printDemoAccounts()
  } else {
    console.log('演示模式已关闭（DEMO=0）：登录需使用管理员发放的一次性验证码，发放时会打印在此处。')
    if (host.bootstrapCode) {
      const { person, code } = host.bootstrapCode
      console.log(`首位管理员 ${person.name}（${person.phone}）的一次性验证码 / first admin one-time code: ${code}（7 天内有效）`)
    }
  }
  console.log(`\n✓ 理论学习助手已启动 / listening on ${host.url}  （Ctrl+C 停止 / to stop）\n`)
  // Last, so it is what the operator sees.
  if (demoMode) console.warn(`${demoBanner(host.demoDatabase)}\n`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n收到 ${signal}，正在停止 / stopping…`)
    host.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error('启动失败 / failed to start:', error instanceof Error ? error.stack : error)
    process.exit(1)
  })
}
