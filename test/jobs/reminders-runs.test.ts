import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import { remindersJob, type RemindersResult } from '../../cloudfunctions/lib/jobs/reminders.job'
import { BATCH_RESERVE_MS } from '../../cloudfunctions/lib/jobs/reminders/run'
import { pushIdOf } from '../../cloudfunctions/lib/jobs/reminders/pushes'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { Killed, depsOf, dyingStore, recordingSender, seedDistrict } from './reminders.fixtures'

// The reminders job at scale, on SQLite and on the CloudBase fake: batches of whole units, one
// push a day per person, a rerun adds and sends nothing twice, a killed run resumes without
// duplicates, the deadline hands the rest to the next firing, retries back off, 43101 is final.

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

const DEC_21_AT_9 = '2026-12-21T01:00:00Z'
const DAY = '2026-12-21'
const run = async (deps: Parameters<ReturnType<typeof remindersJob>['run']>[0], batch = 10) =>
  (await remindersJob(batch).run(deps)) as RemindersResult

/** Every inbox item of the district's people, by person. */
async function inboxOf(store: Store, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const id of ids) out.set(id, (await store.inbox.listByPerson(id, 50)).map((i) => i.id).sort())
  return out
}

describe.each(STORES)('the reminders run on %s', (_name, makeStore) => {
  it('reads whole units in batches, gives each person one push, and a leader the digest inside theirs', async () => {
    const store = makeStore()
    const people = await seedDistrict(store, 7, 4)
    const { sender, sent } = recordingSender()
    const { deps, at } = depsOf(store, sender, DEC_21_AT_9)
    const result = await run(deps, 6)
    // 28 people, batches of at least 6 whole units' people (4 each): 8, 8, 8, 4. Everyone is at 2/5:
    // 28 own reminders and 7 leaders' digests of their unit, yet one push per person.
    expect(result).toMatchObject({ status: 'finished', batches: 4, planned: 35, added: 35, pushes: { sent: 28 } })
    expect(new Set(sent.map((p) => p.personId)).size).toBe(28)
    // On the 1st of January the leader's digest of December and nothing else: one push per leader.
    at('2027-01-01T01:00:00Z')
    sent.length = 0
    const jan = await run(deps, 6)
    expect(jan.status).toBe('finished')
    const leaders = people.filter((p) => p.roles.includes('unitLeader')).map((p) => p.id)
    expect(sent.map((p) => p.personId).sort()).toEqual(leaders.sort())
    expect(sent[0].body).toMatch(/上月|2026年12月/)
    const record = await store.reminderRuns.get('2027-01-01')
    expect(record).toMatchObject({ status: 'finished', byObligation: { studyLastMonth: 7 }, pushes: { sent: 7 } })
  })

  it('adds and sends nothing on a rerun the same day, and lets only one of two firings at once work', async () => {
    const store = makeStore()
    await seedDistrict(store, 5, 3)
    const { sender, sent } = recordingSender()
    const { deps, advance } = depsOf(store, sender, DEC_21_AT_9)
    const both = await Promise.all([run(deps), run(deps)])
    expect(both.map((r) => r.status).sort()).toEqual(['busy', 'finished'])
    advance(10 * 60_000)
    expect(await run(deps)).toMatchObject({ status: 'finished', planned: 0, added: 0, batches: 0, pushes: { sent: 0 } })
    expect(sent).toHaveLength(15)
    expect(new Set(sent.map((p) => p.personId)).size).toBe(15)
    // The next day each is reminded again only of what is new that day: nothing here (same stage).
    advance(24 * 3600_000)
    expect(await run(deps)).toMatchObject({ status: 'finished', added: 0, pushes: { sent: 0 } })
    expect(sent).toHaveLength(15)
  })

  it.each([3, 9, 17, 26, 40])('resumes a run killed after %i store calls without duplicates', async (k) => {
    const store = makeStore()
    const people = await seedDistrict(store, 6, 3)
    const { sender, sent } = recordingSender()
    const { deps } = depsOf(dyingStore(store, k), sender, DEC_21_AT_9)
    await expect(run(deps, 5)).rejects.toBeInstanceOf(Killed)
    // The next firing (10 minutes on, the killed run's lease long gone) resumes on a healthy store.
    const next = depsOf(store, sender, new Date(new Date(DEC_21_AT_9).getTime() + 10 * 60_000).toISOString())
    const resumed = await run(next.deps, 5)
    expect(resumed.status).toBe('finished')
    const inbox = await inboxOf(
      store,
      people.map((p) => p.id)
    )
    // Everyone's reminder is in the inbox exactly once (a leader's digest of the unit beside it);
    // nobody got two pushes.
    const leaders = new Set(people.filter((p) => p.roles.includes('unitLeader')).map((p) => p.id))
    expect([...inbox.entries()].every(([id, ids]) => ids.length === (leaders.has(id) ? 2 : 1))).toBe(true)
    const perPerson = new Map<string, number>()
    for (const p of sent) perPerson.set(p.personId, (perPerson.get(p.personId) ?? 0) + 1)
    expect(Math.max(...perPerson.values())).toBe(1)
    // Every push is settled: sent, or unknown when the killed run may have sent it.
    const statuses = await Promise.all(people.map((p) => store.reminderPushes.get(pushIdOf(DAY, p.id))))
    expect(statuses.every((s) => s?.status === 'sent' || s?.status === 'unknown')).toBe(true)
    // Each recorded "sent" was sent once; a push the killed run sent but could not settle is
    // "unknown" and was not sent again.
    const sentTo = new Set(sent.map((p) => p.personId))
    const recordedSent = statuses.filter((s) => s?.status === 'sent')
    expect(recordedSent.every((s) => sentTo.has(s?.personId ?? ''))).toBe(true)
    const unsettled = statuses.filter((s) => s?.status === 'unknown' && sentTo.has(s.personId))
    expect(recordedSent.length + unsettled.length).toBe(sent.length)
    const record = await store.reminderRuns.get(DAY)
    expect(record).toMatchObject({ status: 'finished', people: 18, planned: 24 })
    // What the killed invocation added before it could save its progress is not counted again.
    expect(record?.inboxAdded).toBeLessThanOrEqual(24)
  })

  it('never resends a push a run killed during the send left "sending"', async () => {
    const store = makeStore()
    await seedDistrict(store, 2, 2)
    let dead = true
    const { deps } = depsOf(
      store,
      {
        async send(pushes) {
          if (dead) throw new Killed('killed during send')
          return pushes.map(() => ({ status: 'sent' as const }))
        }
      },
      DEC_21_AT_9
    )
    await expect(run(deps)).rejects.toBeInstanceOf(Killed)
    dead = false
    const later = depsOf(store, deps.push, '2026-12-21T01:10:00Z')
    const result = await run(later.deps)
    expect(result).toMatchObject({ status: 'finished', pushes: { sent: 0, unknown: 4 } })
  })

  it('stops taking batches near the deadline, and the next firings finish what a single run would', async () => {
    const single = makeStore()
    await seedDistrict(single, 8, 3)
    await run(depsOf(single, recordingSender().sender, DEC_21_AT_9).deps, 3)
    const store = makeStore()
    const people = await seedDistrict(store, 8, 3)
    const { sender, sent } = recordingSender()
    // A clock that moves 1 s per reading: an invocation has room for about one batch.
    let t = new Date(DEC_21_AT_9).getTime()
    const deps = { ...depsOf(store, sender, DEC_21_AT_9).deps, clock: { now: () => new Date((t += 1000)) } }
    const results: RemindersResult[] = []
    for (let i = 0; i < 20 && results.at(-1)?.status !== 'finished'; i++) {
      results.push(await run({ ...deps, deadlineMs: t + BATCH_RESERVE_MS + 2500 }, 3))
    }
    expect(results.length).toBeGreaterThan(2)
    expect(results[1].resumed).toBe(true)
    expect(results.at(-1)?.status).toBe('finished')
    const ids = people.map((p) => p.id)
    expect(await inboxOf(store, ids)).toEqual(await inboxOf(single, ids))
    expect(sent.map((p) => p.personId).sort()).toEqual(ids.sort())
    const [a, b] = [await store.reminderRuns.get(DAY), await single.reminderRuns.get(DAY)]
    const same = { invocations: 0, leaseOwner: null, startedAt: '', finishedAt: '', updatedAt: '' }
    expect(a!.batches).toBe(b!.batches)
    expect({ ...a, ...same }).toEqual({ ...b, ...same })
    expect(a!.invocations).toBe(results.filter((r) => r.status !== 'busy').length)
  })

  it('retries a retryable failure after 10 and 30 minutes, then gives up; never retries 43101', async () => {
    const store = makeStore()
    const people = await seedDistrict(store, 1, 2)
    const [flaky, refused] = people.map((p) => p.id)
    const { sender, sent } = recordingSender((push) =>
      push.personId === refused
        ? { status: 'failed', errcode: 43101, errmsg: 'user refuse to accept the msg', retry: false }
        : { status: 'failed', errcode: -1, errmsg: 'system error', retry: true }
    )
    const { deps, at } = depsOf(store, sender, '2026-12-21T01:00:00Z')
    await run(deps)
    expect(sent).toHaveLength(2)
    at('2026-12-21T01:05:00Z')
    expect((await run(deps)).pushes.retried).toBe(0)
    at('2026-12-21T01:10:00Z')
    expect((await run(deps)).pushes).toMatchObject({ retried: 1, failed: 1 })
    at('2026-12-21T01:30:00Z')
    expect((await run(deps)).pushes.retried).toBe(0)
    at('2026-12-21T01:40:00Z')
    expect((await run(deps)).pushes.retried).toBe(1)
    at('2026-12-21T03:00:00Z')
    expect((await run(deps)).pushes.retried).toBe(0)
    expect(sent.map((p) => p.personId)).toEqual(expect.arrayContaining([flaky, refused]))
    expect(sent.filter((p) => p.personId === flaky)).toHaveLength(3)
    expect(sent.filter((p) => p.personId === refused)).toHaveLength(1)
    expect(await store.reminderPushes.get(pushIdOf(DAY, flaky))).toMatchObject({ status: 'failed', attempts: 3, retry: false })
    expect(await store.reminderPushes.get(pushIdOf(DAY, refused))).toMatchObject({
      status: 'failed',
      errcode: 43101,
      retry: false
    })
    const record = await store.reminderRuns.get(DAY)
    expect(record?.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ errcode: 43101, count: 1 }),
        expect.objectContaining({ errcode: -1, count: 3 })
      ])
    )
  })

  it('says plainly when the open-API permission is missing', async () => {
    const store = makeStore()
    await seedDistrict(store, 1, 1)
    const { sender } = recordingSender(() => ({
      status: 'failed',
      errcode: -604101,
      errmsg: 'no permission',
      retry: false,
      permission: true
    }))
    const result = await run(depsOf(store, sender, DEC_21_AT_9).deps)
    expect(result.permissionMissing).toBe(true)
    expect(result.notice).toMatch(/微信开发者工具[\s\S]*上传并部署[\s\S]*permissions\.openapi/)
    expect(await store.reminderRuns.get(DAY)).toMatchObject({ permissionMissing: true })
  })
})
