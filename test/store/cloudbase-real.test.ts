import { init } from '@cloudbase/node-sdk'
import { COLLECTIONS, createCloudbaseStore, type CloudbaseDatabase } from '../../cloudfunctions/lib/adapters/cloudbase'
import { describeStoreContract } from './store.contract'

// The contract suite against a real CloudBase environment, when one is configured. It writes to
// collections prefixed `test_` (created if missing) and leaves its randomly-keyed documents there:
// point it at a test environment, not production.

const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env
const hasEnv = Boolean(TCB_ENV && TCB_SECRET_ID && TCB_SECRET_KEY)
const PREFIX = 'test_'

if (!hasEnv) {
  console.log(
    '跳过 CloudBase 真实环境测试：未设置 TCB_ENV、TCB_SECRET_ID、TCB_SECRET_KEY（skipping the real CloudBase store suite)'
  )
}

/** The same database with every collection name prefixed, inside transactions too. */
function prefixed(db: CloudbaseDatabase, prefix: string): CloudbaseDatabase {
  return {
    command: db.command,
    RegExp: (options) => db.RegExp(options),
    collection: (name) => db.collection(prefix + name),
    runTransaction: (fn) => db.runTransaction((tx) => fn({ collection: (name) => tx.collection(prefix + name) }))
  }
}

let database: CloudbaseDatabase | null = null

async function realDatabase(): Promise<CloudbaseDatabase> {
  if (database) return database
  const app = init({ env: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })
  const db = app.database()
  for (const name of Object.values(COLLECTIONS)) {
    try {
      await db.createCollection(PREFIX + name)
    } catch {
      // Already there.
    }
  }
  database = prefixed(db, PREFIX)
  return database
}

const d = hasEnv ? describe : describe.skip

d('cloudbase real environment', () => {
  describeStoreContract(`cloudbase (${TCB_ENV ?? 'no env'})`, async () => createCloudbaseStore(await realDatabase()), {
    bulkTimeoutMs: 600_000
  })
})
