import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { COLLECTIONS, INDEXES } from '../../cloudfunctions/lib/adapters/cloudbase/collections'
import { FakeCloudbase } from '../store/cloudbase-fake'

// What `npm run deploy` ships: every function folder is declared in cloudbaserc.json with the
// settings of its own config.json, its bundle exports `main` without touching CloudBase at
// require time, and every collection and index the adapter relies on is declared.

jest.mock('@cloudbase/node-sdk', () => ({ init: jest.fn(), SYMBOL_CURRENT_ENV: Symbol('current env') }))

const ROOT = path.resolve(__dirname, '../..')
const FUNCTIONS_DIR = path.join(ROOT, 'cloudfunctions')

interface Trigger {
  name: string
  type: string
  config: string
}
interface FunctionConfig {
  name: string
  timeout?: number
  runtime?: string
  handler?: string
  triggers?: Trigger[]
  envVariables?: Record<string, string>
}
interface IndexDecl {
  name: string
  unique: boolean
  keys: { name: string; direction: string }[]
}
interface CollectionDecl {
  collectionName: string
  createIndexes?: IndexDecl[]
}
interface CloudbaseRc {
  envId: string
  functionRoot: string
  functions: FunctionConfig[]
  framework: { plugins: Record<string, { use: string; inputs: { collections: CollectionDecl[] } }> }
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T
const rc = readJson<CloudbaseRc>(path.join(ROOT, 'cloudbaserc.json'))
const rootPackage = readJson<{ dependencies: Record<string, string> }>(path.join(ROOT, 'package.json'))

/** Folders under cloudfunctions/ that CloudBase deploys: the ones with a config.json. */
const functionFolders = fs
  .readdirSync(FUNCTIONS_DIR)
  .filter((name) => fs.existsSync(path.join(FUNCTIONS_DIR, name, 'config.json')))
  .sort()

beforeAll(() => {
  // `npm test` builds first; building stale bundles here keeps `npx jest` alone honest too.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-functions.js'), '--stale', ...functionFolders], { cwd: ROOT })
})

describe('cloudbaserc.json', () => {
  it('takes the environment id from .env files and points at cloudfunctions/', () => {
    expect(rc.envId).toBe('{{env.ENV_ID}}')
    expect(path.resolve(ROOT, rc.functionRoot)).toBe(FUNCTIONS_DIR)
  })

  it('lists exactly the function folders, api and scheduler included', () => {
    expect(functionFolders).toEqual(expect.arrayContaining(['api', 'scheduler']))
    expect(rc.functions.map((f) => f.name).sort()).toEqual(functionFolders)
  })

  it.each(functionFolders)('declares %s with the timeout and triggers of its config.json', (name) => {
    const declared = rc.functions.find((f) => f.name === name) as FunctionConfig
    const own = readJson<{ timeout: number; triggers?: Trigger[] }>(path.join(FUNCTIONS_DIR, name, 'config.json'))
    expect(declared.timeout).toBe(own.timeout)
    expect(declared.timeout).toBeLessThanOrEqual(60)
    expect(declared.handler).toBe('index.main')
    expect(declared.runtime).toMatch(/^Nodejs(1[68]|2\d)\./)
    expect(declared.triggers ?? []).toEqual(own.triggers ?? [])
    for (const t of declared.triggers ?? []) expect(t.config.split(' ')).toHaveLength(7)
  })

  it('lets the scheduler send subscribe messages, every 10 minutes of the 9 o’clock hour', () => {
    const own = readJson<{ permissions: { openapi: string[] }; triggers: Trigger[] }>(
      path.join(FUNCTIONS_DIR, 'scheduler/config.json')
    )
    expect(own.permissions.openapi).toContain('subscribeMessage.send')
    // 09:00 starts the day's run; 09:10 … 09:50 resume an unfinished one or only retry due pushes.
    // Cron fields: 秒 分钟 小时 日 月 星期 年; "0 */30 9-17 * * * *" is the docs' own example
    // (https://docs.cloudbase.net/cli-v1/functions/trigger-create).
    expect(own.triggers).toEqual([{ name: 'nineOClock', type: 'timer', config: '0 */10 9 * * * *' }])
  })

  it('declares every collection and index of the CloudBase adapter', () => {
    const plugin = Object.values(rc.framework.plugins).find((p) => p.use === '@cloudbase/framework-plugin-database')
    const declared = new Map((plugin?.inputs.collections ?? []).map((c) => [c.collectionName, c]))
    // On failure: `npm run sync:cloudbaserc` rewrites the section from COLLECTIONS and INDEXES.
    const undeclared = Object.values(COLLECTIONS).filter((name) => !declared.has(name))
    expect({ undeclared }).toEqual({ undeclared: [] })
    for (const name of Object.values(COLLECTIONS)) {
      const want = INDEXES[name].map((i) => ({
        name: i.name,
        unique: i.unique,
        keys: i.keys.map((k) => ({ name: k.field, direction: String(k.direction) }))
      }))
      expect({ name, indexes: declared.get(name)?.createIndexes ?? [] }).toEqual({ name, indexes: want })
    }
  })
})

describe.each(functionFolders)('function %s', (name) => {
  const dir = path.join(FUNCTIONS_DIR, name)

  it('has a package.json whose dependencies match the root versions', () => {
    const pkg = readJson<{ main: string; dependencies: Record<string, string> }>(path.join(dir, 'package.json'))
    expect(pkg.main).toBe('index.js')
    expect(pkg.dependencies['@cloudbase/node-sdk']).toBe(rootPackage.dependencies['@cloudbase/node-sdk'])
    for (const [dep, version] of Object.entries(pkg.dependencies)) expect(version).toBe(rootPackage.dependencies[dep])
  })

  it('holds no TypeScript at its root (CloudBase rejects index.ts beside index.js)', () => {
    expect(fs.existsSync(path.join(dir, 'index.ts'))).toBe(false)
  })

  it('exports main from its bundle without initialising CloudBase', () => {
    jest.isolateModules(() => {
      const sdk = jest.requireMock<{ init: jest.Mock }>('@cloudbase/node-sdk')
      sdk.init.mockClear()
      const bundle = jest.requireActual<{ main?: unknown }>(path.join(dir, 'index.js'))
      expect(typeof bundle.main).toBe('function')
      expect(sdk.init).not.toHaveBeenCalled()
    })
  })
})

describe('api', () => {
  it('initialises CloudBase on its first call, once, and answers through the router', async () => {
    await jest.isolateModulesAsync(async () => {
      const sdk = jest.requireMock<{ init: jest.Mock }>('@cloudbase/node-sdk')
      const app = {
        database: jest.fn(() => ({ command: {}, collection: jest.fn() })),
        auth: () => ({ getUserInfo: () => ({ openId: '' }) })
      }
      sdk.init.mockReset().mockReturnValue(app)
      const { main } = jest.requireActual<{ main: (e: unknown, c: unknown) => Promise<unknown> }>(
        path.join(FUNCTIONS_DIR, 'api/index.js')
      )
      const request = { action: 'system.ping', input: {} }
      await expect(main(request, {})).resolves.toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
      await main(request, {})
      expect(sdk.init).toHaveBeenCalledTimes(1)
      expect(app.database).toHaveBeenCalledTimes(1)
    })
  })
})

describe('scheduler', () => {
  // The bundle logs through the console (consoleLogger): keep the test output quiet.
  beforeEach(() => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined)
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => jest.restoreAllMocks())

  it('builds the CloudBase store and files on its first run and runs the shared jobs: an abandoned upload goes', async () => {
    await jest.isolateModulesAsync(async () => {
      const sdk = jest.requireMock<{ init: jest.Mock }>('@cloudbase/node-sdk')
      const db = new FakeCloudbase()
      const day = 24 * 60 * 60 * 1000
      const file = (id: string, ageMs: number) => ({
        _id: id,
        ownerId: 'p1',
        name: 'a.jpg',
        mime: 'image/jpeg',
        kind: 'image',
        size: 9,
        storageKey: `cloud://env/uploads/p1/${id}.jpg`,
        recordId: null,
        createdAt: new Date(Date.now() - ageMs).toISOString()
      })
      db.table('files').set('old', file('old', 2 * day))
      db.table('files').set('young', file('young', 60_000))
      const answer = (id: string, ageMs: number) => ({
        _id: id,
        personId: 'p1',
        action: 'study.record',
        createdAt: new Date(Date.now() - ageMs).toISOString(),
        response: null
      })
      db.table('idempotency').set('stale', answer('stale', 91 * day))
      db.table('idempotency').set('fresh', answer('fresh', day))
      const deleted: string[] = []
      const app = {
        database: jest.fn(() => db),
        getTempFileURL: jest.fn(),
        deleteFile: jest.fn(async ({ fileList }: { fileList: string[] }) => void deleted.push(...fileList))
      }
      sdk.init.mockReset().mockReturnValue(app)
      const { main } = jest.requireActual<{ main: (e: unknown, c: unknown) => Promise<unknown> }>(
        path.join(FUNCTIONS_DIR, 'scheduler/index.js')
      )
      await expect(main({}, {})).resolves.toEqual({
        ok: true,
        data: {
          jobs: [
            // An empty roster: nothing to remind anyone of.
            {
              name: 'reminders.deliver',
              ok: true,
              result: expect.objectContaining({ planned: 0, added: 0, permissionMissing: false, notice: null })
            },
            { name: 'files.cleanup', ok: true, result: { deleted: 1, skipped: 0, failed: 0, more: false } },
            { name: 'idempotency.expire', ok: true, result: { deleted: 1, more: false } },
            { name: 'inbox.expire', ok: true, result: { deleted: 0, more: false } }
          ]
        }
      })
      expect([...db.table('files').keys()]).toEqual(['young'])
      expect([...db.table('idempotency').keys()]).toEqual(['fresh'])
      expect(deleted).toEqual(['cloud://env/uploads/p1/old.jpg'])
      await main({}, {})
      expect(sdk.init).toHaveBeenCalledTimes(1)
    })
  })

  it('reports every job as failed, plainly, when CloudBase cannot be reached', async () => {
    await jest.isolateModulesAsync(async () => {
      const sdk = jest.requireMock<{ init: jest.Mock }>('@cloudbase/node-sdk')
      sdk.init.mockReset().mockImplementation(() => {
        throw new Error('missing secretId or secretKey')
      })
      const { main } = jest.requireActual<{ main: (e: unknown, c: unknown) => Promise<unknown> }>(
        path.join(FUNCTIONS_DIR, 'scheduler/index.js')
      )
      await expect(main({}, {})).resolves.toEqual({
        ok: true,
        data: {
          jobs: [
            { name: 'reminders.deliver', ok: false, error: 'missing secretId or secretKey' },
            { name: 'files.cleanup', ok: false, error: 'missing secretId or secretKey' },
            { name: 'idempotency.expire', ok: false, error: 'missing secretId or secretKey' },
            { name: 'inbox.expire', ok: false, error: 'missing secretId or secretKey' }
          ]
        }
      })
    })
  })
})

describe('storage security rule the deploy prints', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain-JS deploy helper
  const { STORAGE_RULE, storageRuleReminder } = require('../../scripts/lib/storage-rule') as {
    STORAGE_RULE: { read: unknown; write: unknown }
    storageRuleReminder: (envId: string) => string
  }

  it('keeps objects private to the functions and lets a phone write only its own', () => {
    expect(STORAGE_RULE).toEqual({ read: false, write: 'resource.openid == auth.openid' })
  })

  it('prints the exact rule as JSON to paste, with the environment it belongs to', () => {
    const text = storageRuleReminder('env-123')
    expect(text).toContain('{"read":false,"write":"resource.openid == auth.openid"}')
    expect(text).toContain('env-123')
  })
})

describe('subscribe templates the deploy passes to the functions', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- a plain-JS deploy helper
  const { checkSubscribeTemplates } = require('../../scripts/lib/subscribe-templates') as {
    checkSubscribeTemplates: (raw: string | undefined) => { ok: boolean; value?: unknown; message?: string }
  }

  it('hands WX_SUBSCRIBE_TEMPLATES to both functions that send, and lets them call subscribeMessage.send', () => {
    for (const name of ['api', 'scheduler']) {
      const fn = rc.functions.find((f) => f.name === name)
      expect(fn?.envVariables?.WX_SUBSCRIBE_TEMPLATES).toBe('{{env.WX_SUBSCRIBE_TEMPLATES}}')
      const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8'))
      expect(config.permissions.openapi).toContain('subscribeMessage.send')
    }
  })

  it('checks the value before deploying, naming the wrong field', () => {
    expect(checkSubscribeTemplates(undefined)).toEqual({ ok: true, value: null })
    expect(checkSubscribeTemplates('{"reminder":{"templateId":"T","fields":{"title":"thing1"}}}')).toMatchObject({ ok: true })
    expect(checkSubscribeTemplates('{"reminder":{"templateId":"","fields":{"title":"thing1"}}}')).toEqual({
      ok: false,
      message: 'WX_SUBSCRIBE_TEMPLATES.reminder.templateId：模板 ID 不能为空'
    })
  })
})
