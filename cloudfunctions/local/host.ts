import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import path from 'path'
import { loginInput, parseInput } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import { openSqliteStore } from '../lib/adapters/sqlite'
import { diskFiles, fileLinkKeyFrom, linkSigner } from '../lib/adapters/sqlite/files/disk-files'
import { diskReports } from '../lib/adapters/sqlite/files/disk-reports'
import { JOBS, runJobs } from '../lib/jobs'
import { localPushSender, localTemplates } from '../lib/adapters/wechat'
import type { Clock } from '../lib/ports/clock.port'
import { systemClock } from '../lib/ports/clock.port'
import type { Logger } from '../lib/ports/logger.port'
import { consoleLogger } from '../lib/ports/logger.port'
import type { Store } from '../lib/ports/store.port'
import { createMain } from '../lib/router/main'
import { createRouter, transactionKeepingFailures } from '../lib/router/router'
import { issueOneTimeCode, verifyCode } from '../lib/services/auth/auth.service'
import { attendanceSecretFrom, checkInWindowFromEnv } from '../lib/services/meeting/meeting.token'
import { personView } from '../lib/services/views'
import { authRoutes } from './auth-http'
import { fileRoutes } from './files-http'
import { createRequestListener } from './http'
import { importRoutes, withImportFiles } from './import-http'
import { reportRoutes } from './reports-http'
import { localIdentityResolver } from './identity'
import { fileLastRun, startJobsTimer } from './jobs-timer'
import type { SeedReport } from './seed'
import { isDemoDatabase, seedDemoDistrict, seedExtraCadres } from './seed'
import { createTokenService, loadSecret } from './tokens'

export interface HostOptions {
  /** Folder for theory.db and secret.key (created if missing). */
  dataDir: string
  /** 0 picks a free port. */
  port: number
  /** Interface to bind; undefined = every interface (Node's default). */
  host?: string
  /** Demo mode: code 123456 logs in the seeded people of a demo database (one seeded in demo mode). */
  demoMode: boolean
  /** Absolute folder of the H5 build. */
  staticDir: string
  /** Generated cadres to add for the benchmark. */
  extraCadres?: number
  clock?: Clock
  log?: Logger
  /** Where one-time codes go when the admin issues them (default: the log). */
  onCodeIssued?: (person: Person, code: string) => void
}

export interface RunningHost {
  url: string
  port: number
  store: Store
  seed: SeedReport
  extraCadres: number
  /** The database was seeded as a demo database: with demo mode on, its seeded people accept 123456. */
  demoDatabase: boolean
  /** Outside demo mode on a fresh database: a code for the first admin, so someone can log in. */
  bootstrapCode: { person: Person; code: string } | null
  close(): Promise<void>
}

/** The database file inside a data folder. */
export const dbFileOf = (dataDir: string): string => path.join(dataDir, 'theory.db')

/** Issues a one-week code to the first admin so a non-demo install can be entered at all. */
async function bootstrapAdminCode(store: Store, now: Date): Promise<{ person: Person; code: string } | null> {
  const page = await store.people.search({ offset: 0, limit: 200 })
  const admin = page.items.find((p) => p.active && p.roles.includes('admin'))
  if (!admin) return null
  const { code } = await issueOneTimeCode(store, admin, 'system', now)
  return { person: admin, code }
}

/**
 * Opens the store (refusing a database another host holds), seeds a fresh one, and serves the
 * functions, the login and the H5 app over HTTP.
 */
export async function startLocalHost(options: HostOptions): Promise<RunningHost> {
  const clock = options.clock ?? systemClock
  const log = options.log ?? consoleLogger
  fs.mkdirSync(options.dataDir, { recursive: true })
  const store = openSqliteStore(dbFileOf(options.dataDir))
  try {
    const masterKey = loadSecret(options.dataDir)
    const tokens = createTokenService(masterKey)
    const links = linkSigner(fileLinkKeyFrom(masterKey))
    const files = diskFiles(path.join(options.dataDir, 'files'), links, () => clock.now())
    const filesRoot = path.join(options.dataDir, 'files') // roster files go to its imports/ folder
    // A database seeded with demo mode off never becomes a demo database, whatever DEMO says later.
    const seed = await seedDemoDistrict(store, clock.now(), { demo: options.demoMode })
    const demoDatabase = await isDemoDatabase(store)
    const extraCadres = await seedExtraCadres(store, options.extraCadres ?? 0, clock.now(), { demo: demoDatabase })
    const bootstrapCode = !options.demoMode && seed.seeded ? await bootstrapAdminCode(store, clock.now()) : null
    // Subscribe messages locally: the demo templates unless WX_SUBSCRIBE_TEMPLATES says otherwise;
    // what would go to WeChat lands in the local outbox (the admin's 提醒 page shows it).
    const subscribe = localTemplates(process.env)
    const deps = {
      clock,
      log,
      push: localPushSender(subscribe, store, clock),
      demoMode: options.demoMode,
      subscribe,
      files: withImportFiles(files, filesRoot),
      reports: diskReports(filesRoot, links, () => clock.now()),
      attendanceSecret: attendanceSecretFrom(masterKey),
      checkInWindow: checkInWindowFromEnv(process.env),
      onCodeIssued:
        options.onCodeIssued ??
        ((person: Person, code: string) => log.info(`一次性验证码 / one-time code: ${person.name}（${person.phone}）→ ${code}`))
    }
    const handle = createRouter({ store, ...deps })
    const listener = createRequestListener({
      functions: { api: createMain(handle, localIdentityResolver) },
      async login(body) {
        const input = parseInput(loginInput, body)
        // verifyCode consumes a one-time code: keep the read and the write together, and keep a
        // wrong code's attempt counter even though the login fails.
        const person = await transactionKeepingFailures(store, (tx) => verifyCode(tx, deps, input.phone, input.code, clock.now()))
        const unit = await store.units.get(person.unitId)
        return { personId: person.id, person: personView(person, unit?.name ?? '') }
      },
      tokens,
      now: () => clock.now(),
      staticRoot: path.resolve(options.staticDir),
      // The revocation check runs first, so no route behind it honours a revoked token.
      extraRoutes: [
        authRoutes({ store, tokens, now: () => clock.now() }),
        fileRoutes({ store, files, links, tokens, now: () => clock.now() }),
        importRoutes({ store, tokens, now: () => clock.now(), root: filesRoot }),
        reportRoutes({ root: filesRoot, links, now: () => clock.now() })
      ],
      log
    })
    const server = http.createServer(listener)
    // Keep-alive connections outliving a request must not hold close() up.
    server.keepAliveTimeout = 5000
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => resolve())
    })
    const port = (server.address() as AddressInfo).port
    // The shared daily jobs (lib/jobs), as the scheduler function runs them on CloudBase.
    const jobs = startJobsTimer({
      run: async () => log.info('定时任务 / scheduled jobs', await runJobs(JOBS, { store, files, clock, log, push: deps.push })),
      clock,
      log,
      lastRun: fileLastRun(path.join(options.dataDir, 'jobs-last-run.json'))
    })
    let closed = false
    return {
      url: `http://${options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost'}:${port}`,
      port,
      store,
      seed,
      extraCadres,
      demoDatabase,
      bootstrapCode,
      async close() {
        if (closed) return
        closed = true
        await jobs.stop()
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await store.close()
      }
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
