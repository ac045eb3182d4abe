import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { seedStandardLists } from '../../cloudfunctions/lib/services/auth/bootstrap-lists.service'
import { standardOutlets } from '../../src/core/rules/standard-lists'
import { FakeCloudbase } from '../store/cloudbase-fake'

// `npm run bootstrap:admin` on a fresh deployment (issue 10): the notice's classics and a starter
// list of outlets, so a meeting can link a classic and a cadre can submit a note on day one.

const now = new Date('2026-12-04T02:00:00Z')

describe('starter outlets', () => {
  it('puts the district name where the notice writes XX, and gives only 学习强国 without one', () => {
    expect(standardOutlets('城区').map((o) => o.name)).toEqual([
      '《城区要闻》专栏',
      '城区日报社',
      '城区广播电视台',
      '微信微博“魅力城区”',
      '学习强国'
    ])
    expect(standardOutlets(null).map((o) => o.name)).toEqual(['学习强国'])
    expect(standardOutlets('  ').map((o) => o.name)).toEqual(['学习强国'])
  })
})

describe.each([
  ['SQLite', async () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', async () => createCloudbaseStore(new FakeCloudbase())]
] as [string, () => Promise<Store>][])('standard lists on a fresh %s store', (_name, makeStore) => {
  it('seeds the three volumes, the 纲要 and the 问答, and the outlets, each once however often it runs', async () => {
    const store = await makeStore()
    const first = await seedStandardLists(store, '城区', now)
    expect(first.classicsAdded).toEqual([
      '《习近平谈治国理政》第一卷',
      '《习近平谈治国理政》第二卷',
      '《习近平谈治国理政》第三卷',
      '《习近平新时代中国特色社会主义思想学习纲要》',
      '《习近平新时代中国特色社会主义思想学习问答》'
    ])
    expect(first.outletsAdded).toHaveLength(5)
    const again = await seedStandardLists(store, '城区', now)
    expect([again.classicsAdded, again.outletsAdded, again.skipped.length]).toEqual([[], [], 10])
    expect(await store.classics.list()).toHaveLength(5)
    expect(await store.outlets.list()).toHaveLength(5)
  })

  it('adds the local outlets later when the district is named, and keeps the admin’s edits and entries', async () => {
    const store = await makeStore()
    expect((await seedStandardLists(store, null, now)).outletsAdded).toEqual(['学习强国'])
    const xuexi = await store.outlets.get('outlet.std.xuexi')
    await store.outlets.update({ ...(xuexi as NonNullable<typeof xuexi>), name: '“学习强国”城区学习平台', active: false })
    await store.outlets.insert({ ...(xuexi as NonNullable<typeof xuexi>), id: 'admin-made', name: '城区日报社', active: true })
    const later = await seedStandardLists(store, '城区', now)
    expect(later.outletsAdded).toEqual(['《城区要闻》专栏', '城区广播电视台', '微信微博“魅力城区”'])
    expect(await store.outlets.get('outlet.std.xuexi')).toMatchObject({ name: '“学习强国”城区学习平台', active: false })
    expect((await store.outlets.list()).filter((o) => o.name === '城区日报社')).toHaveLength(1)
  })
})
