/**
 * `npm run bootstrap:admin -- --name 王海燕 --phone 13800000000 [--unit 区委宣传部] [--area 区直机关片区] [--district 城区]`
 *
 * After the first deploy the CloudBase roster is empty, so nobody could bind. This writes the
 * first admin straight into the environment's database (with the API key in TCB_SECRET_ID /
 * TCB_SECRET_KEY, never stored) and prints a one-time code they bind WeChat with. It also adds the
 * classics the notice names and the starter outlets (the district's name where the notice writes
 * XX), by fixed ids: running it again adds nothing twice.
 */
import tcb from '@cloudbase/node-sdk'
import { AppError } from '../../src/core/contract'
import { createCloudbaseStore } from '../lib/adapters/cloudbase'
import { seedStandardLists } from '../lib/services/auth/bootstrap-lists.service'
import { ensureFirstAdmin } from '../lib/services/auth/bootstrap.service'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const env = process.env.ENV_ID
  const secretId = process.env.TCB_SECRET_ID
  const secretKey = process.env.TCB_SECRET_KEY
  if (!env || !secretId || !secretKey) {
    console.error('请在 .env.production 中设置 ENV_ID，并在环境变量中提供 TCB_SECRET_ID / TCB_SECRET_KEY')
    process.exit(2)
  }
  const app = tcb.init({ env, secretId, secretKey, region: process.env.TCB_REGION })
  const store = createCloudbaseStore(app.database())
  const result = await ensureFirstAdmin(
    store,
    { name: arg('name') ?? '', phone: arg('phone') ?? '', unitName: arg('unit'), areaName: arg('area') },
    new Date()
  )
  console.log(`首位管理员：${result.person.name}（${result.person.phone}）`)
  console.log(`绑定验证码：${result.code}（${result.expiresAt.slice(0, 10)} 前有效）——在小程序中用姓名、手机号和此验证码绑定。`)
  const district = arg('district') ?? null
  const lists = await seedStandardLists(store, district, new Date())
  console.log(
    `经典著作：新增 ${lists.classicsAdded.length} 部；投稿平台：新增 ${lists.outletsAdded.length} 个；已有未改 ${lists.skipped.length} 项。`
  )
  if (!district?.trim()) {
    console.log(
      '未提供 --district（如 --district 城区），《XX要闻》专栏、XX日报社等本区平台未添加；加上后再运行一次即可，不会重复添加。'
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error)
  process.exit(1)
})
