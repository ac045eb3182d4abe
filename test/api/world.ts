import type { ActionName, InputOf, Result } from '../../src/core/contract'
import type { Person, Role } from '../../src/core/model'
import type { SubscribeTemplates } from '../../src/core/reminders/templates'
import { ROLES } from '../../src/core/model/roles'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { FakeCloudbase } from '../store/cloudbase-fake'
import type { Identity } from '../../cloudfunctions/lib/ports/identity.port'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'

/** A small district for router tests: two units, one person per role in unit A, a cadre in unit B. */
export async function makeWorld(
  options: { now?: string; demoMode?: boolean; store?: Store; subscribe?: SubscribeTemplates | null } = {}
) {
  // TEST_STORE=cloudbase runs every router test on the CloudBase fake instead of SQLite.
  const store =
    options.store ??
    (process.env.TEST_STORE === 'cloudbase' ? createCloudbaseStore(new FakeCloudbase()) : openSqliteStore(':memory:'))
  let now = new Date(options.now ?? '2026-11-20T02:00:00Z')
  const clock = { now: () => now }
  const stamp = { createdAt: now.toISOString(), createdBy: 'seed', updatedAt: now.toISOString(), updatedBy: 'seed' }
  await store.areas.insert({ id: 'area1', name: '城东片区', ...stamp })
  await store.units.insert({ id: 'unitA', name: '区发展和改革局', areaId: 'area1', kind: '党组', active: true, ...stamp })
  await store.units.insert({ id: 'unitB', name: '区教育局', areaId: 'area1', kind: '党委', active: true, ...stamp })
  const people = {} as Record<Role | 'otherCadre', Person>
  for (const [i, role] of ROLES.entries()) {
    const person: Person = {
      id: `p-${role}`,
      name: `测试${i}`,
      phone: `1390000000${i}`,
      unitId: 'unitA',
      position: '干部',
      roles: [role],
      openId: null,
      active: true,
      ...stamp
    }
    await store.people.insert(person)
    people[role] = person
  }
  people.otherCadre = { ...people.cadre, id: 'p-other', name: '外单位干部', phone: '13900000099', unitId: 'unitB' }
  await store.people.insert(people.otherCadre)
  await store.speeches.insert({
    id: 'sp1',
    title: '在二十届中央政治局第一次集体学习时的讲话',
    date: '2026-10-10',
    source: '《求是》2026年第20期',
    link: null,
    archived: false,
    ...stamp
  })

  const handle = createRouter({
    store,
    clock,
    log: silentLogger,
    demoMode: options.demoMode ?? false,
    subscribe: options.subscribe,
    checkOutput: true
  })
  let keySeq = 0
  /** Calls an action as an identity; write actions get a fresh idempotency key unless one is given. */
  function call<N extends ActionName>(
    identity: Identity,
    action: N,
    input: InputOf<N> | unknown,
    key?: string
  ): Promise<Result<unknown>> {
    return handle({ action, input, idempotencyKey: key ?? `test-key-${++keySeq}` }, identity)
  }
  const as =
    (person: Person) =>
    <N extends ActionName>(action: N, input: InputOf<N> | unknown, key?: string) =>
      call({ kind: 'person', personId: person.id }, action, input, key)
  return {
    store,
    people,
    handle,
    call,
    as,
    setNow: (iso: string) => {
      now = new Date(iso)
    }
  }
}

/** The data of a successful result, or a failed expectation with the failure shown. */
export function dataOf<T = Record<string, unknown>>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`)
  return result.data as T
}
