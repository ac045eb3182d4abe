import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { ensureFirstAdmin } from '../../cloudfunctions/lib/services/auth/bootstrap.service'
import { FakeCloudbase } from '../store/cloudbase-fake'

const now = new Date('2026-11-30T02:00:00Z')

describe.each([
  ['SQLite', async () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', async () => createCloudbaseStore(new FakeCloudbase())]
] as [string, () => Promise<Store>][])('first admin on an empty %s roster', (_name, makeStore) => {
  it('creates the admin with a unit and area, and the code binds their WeChat', async () => {
    const store = await makeStore()
    const { person, code } = await ensureFirstAdmin(store, { name: '王海燕', phone: '13800000000' }, now)
    expect(person.roles).toEqual(['admin'])
    expect((await store.units.get(person.unitId))?.name).toBe('区委宣传部')
    const handle = createRouter({ store, clock: { now: () => now }, log: silentLogger, demoMode: false })
    const wechat = { kind: 'openId', openId: 'o-admin' } as const
    const bound = await handle(
      { action: 'auth.bind', input: { name: '王海燕', phone: '13800000000', code }, idempotencyKey: 'bootstrap-bind-1' },
      wechat
    )
    expect(bound.ok).toBe(true)
    expect((await handle({ action: 'roster.areas.list', input: {} }, wechat)).ok).toBe(true)
  })

  it('refuses a phone that belongs to someone else, in Chinese', async () => {
    const store = await makeStore()
    await ensureFirstAdmin(store, { name: '王海燕', phone: '13800000000' }, now)
    await expect(ensureFirstAdmin(store, { name: '李四', phone: '13800000000' }, now)).rejects.toThrow(
      '手机号 13800000000 已属于王海燕，请核对姓名'
    )
  })

  it('names the bad field', async () => {
    const store = await makeStore()
    await expect(ensureFirstAdmin(store, { name: '王海燕', phone: '123' }, now)).rejects.toMatchObject({ field: 'phone' })
  })
})
