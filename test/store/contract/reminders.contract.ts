import type { InboxItem } from '../../../src/core/model'
import type { ReminderPush, ReminderRun } from '../../../cloudfunctions/lib/ports/reminders.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makePerson, makeStudy, tag } from '../fixtures'
import { makeRecord, randomYear } from '../methods.fixtures'

const item = (over: Partial<InboxItem> = {}): InboxItem => ({
  id: id(),
  personId: id(),
  obligation: 'studyThisMonth',
  period: '2026-12',
  stage: 'from-day',
  title: '本月自学提醒',
  body: '本月已自学 3/5 篇',
  route: '/pages/study/record/index',
  createdAt: '2026-12-20T01:00:00.000Z',
  readAt: null,
  ...over
})

export const makeRun = (over: Partial<ReminderRun> = {}): ReminderRun => ({
  id: `2026-12-${tag()}`,
  status: 'running',
  startedAt: '2026-12-20T01:00:00.000Z',
  finishedAt: null,
  cursor: null,
  leaseOwner: null,
  leaseUntil: '1970-01-01T00:00:00.000Z',
  invocations: 0,
  batches: 0,
  people: 0,
  planned: 0,
  byObligation: {},
  inboxAdded: 0,
  pushes: { sent: 0, skipped: 0, failed: 0, unknown: 0, retried: 0 },
  failures: [],
  permissionMissing: false,
  updatedAt: '2026-12-20T01:00:00.000Z',
  ...over
})

const push = (over: Partial<ReminderPush> = {}): ReminderPush => ({
  id: id(),
  day: `2026-12-${tag()}`,
  personId: id(),
  personName: '张三',
  title: '本月自学提醒',
  body: '本月已自学 3/5 篇',
  route: '/pages/study/record/index',
  query: { a: '1' },
  keys: ['p|studyThisMonth|2026-12|from-day'],
  status: 'sending',
  attempts: 1,
  nextAttemptAt: null,
  reason: null,
  errcode: null,
  errmsg: null,
  retry: false,
  permission: false,
  createdAt: '2026-12-20T01:00:00.000Z',
  updatedAt: '2026-12-20T01:00:00.000Z',
  ...over
})

/** The reminders job's store: bulk inbox adds, batched facts, the run's lease, one push a day. */
export function remindersContract(store: () => Store): void {
  describe('reminders job store', () => {
    it('adds many inbox items at once, each id once, and says how many were new', async () => {
      const old = item()
      expect(await store().inbox.add(old)).toBe(true)
      const fresh = [item(), item()]
      expect(await store().inbox.addMany([{ ...old, title: '改过' }, ...fresh, fresh[0]])).toBe(2)
      expect(await store().inbox.get(old.id)).toEqual(old)
      expect(await store().inbox.addMany([old, ...fresh])).toBe(0)
      expect(await store().inbox.addMany([])).toBe(0)
      const created = await store().inbox.createdAtOf([old.id, fresh[1].id, id()])
      expect(created).toEqual(
        new Map([
          [old.id, old.createdAt],
          [fresh[1].id, fresh[1].createdAt]
        ])
      )
    })

    it('lets two bulk adds of the same items at once add each once', async () => {
      const list = [item(), item(), item()]
      const [a, b] = await Promise.all([store().inbox.addMany(list), store().inbox.addMany(list)])
      expect(a + b).toBe(3)
      expect(await store().inbox.existing(list.map((i) => i.id))).toEqual(new Set(list.map((i) => i.id)))
    })

    it('reads people in batches of whole units, in unit order, active and visible only', async () => {
      const prefix = tag()
      const [ua, ub, uc] = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`)
      const a = [1, 2, 3].map(() => makePerson({ unitId: ua }))
      const b = [1, 2, 3, 4].map(() => makePerson({ unitId: ub }))
      const c = [makePerson({ unitId: uc }), makePerson({ unitId: uc, active: false })]
      await store().people.insertMany([...a, ...b, ...c])
      const first = await store().reminderFacts.peopleOfNextUnits(prefix, 4)
      // 4 people reach into unit b, so the whole of b comes along.
      expect(first.people.map((p) => p.id).sort()).toEqual([...a, ...b].map((p) => p.id).sort())
      expect(first).toMatchObject({ lastUnitId: ub, done: false })
      expect(first.people.find((p) => p.id === a[0].id)).toEqual(a[0])
      const second = await store().reminderFacts.peopleOfNextUnits(ub, 4)
      expect(second.people.filter((p) => p.unitId.startsWith(prefix)).map((p) => p.id)).toEqual([c[0].id])
      expect(second.lastUnitId! >= uc).toBe(true)
    })

    it('counts active self-study per person and month, and counted lectures per person in a year, in the store', async () => {
      const [p1, p2] = [id(), id()]
      const year = randomYear()
      await store().studies.insert(makeStudy({ personId: p1, month: '2026-11', studiedOn: '2026-11-03' }))
      await store().studies.insert(makeStudy({ personId: p1, month: '2026-12', studiedOn: '2026-12-03' }))
      await store().studies.insert(makeStudy({ personId: p1, month: '2026-12', studiedOn: '2026-12-04' }))
      await store().studies.insert(makeStudy({ personId: p1, month: '2026-12', withdrawnAt: '2026-12-05T00:00:00Z' }))
      await store().studies.insert(makeStudy({ personId: p2, month: '2026-10', studiedOn: '2026-10-03' }))
      const counts = await store().reminderFacts.studyCounts([p1, p2], ['2026-11', '2026-12'])
      expect(counts.sort((x, y) => x.month.localeCompare(y.month))).toEqual([
        { personId: p1, month: '2026-11', count: 1 },
        { personId: p1, month: '2026-12', count: 2 }
      ])
      await store().methodRecords.insert(makeRecord('lecture', { personId: p1, year, counted: true }))
      await store().methodRecords.insert(makeRecord('lecture', { personId: p1, year, counted: false }))
      await store().methodRecords.insert(makeRecord('lecture', { personId: p2, year, withdrawnAt: '2026-12-01T00:00:00Z' }))
      expect(await store().reminderFacts.lectureCounts([p1, p2], year)).toEqual([{ personId: p1, year, count: 1 }])
      expect(await store().reminderFacts.studyCounts([], ['2026-12'])).toEqual([])
    })

    it('counts past the 20 groups an aggregation answers by default', async () => {
      const people = Array.from({ length: 25 }, () => id())
      for (const personId of people) await store().studies.insert(makeStudy({ personId, month: '2026-09' }))
      expect((await store().reminderFacts.studyCounts(people, ['2026-09'])).length).toBe(25)
    })

    it('creates a day run once and lets exactly one of two invocations take its lease', async () => {
      const run = makeRun()
      expect(await store().reminderRuns.create(run)).toBe(true)
      expect(await store().reminderRuns.create({ ...run, status: 'finished' })).toBe(false)
      const now = '2026-12-20T01:00:00.000Z'
      const until = '2026-12-20T01:01:00.000Z'
      const taken = await Promise.all([
        store().reminderRuns.acquire(run.id, 'one', now, until),
        store().reminderRuns.acquire(run.id, 'two', now, until)
      ])
      expect(taken.filter(Boolean)).toHaveLength(1)
      const owner = taken[0] ? 'one' : 'two'
      const other = taken[0] ? 'two' : 'one'
      expect(await store().reminderRuns.get(run.id)).toMatchObject({ leaseOwner: owner, leaseUntil: until })
      // Only the holder may write; once the lease runs out another may take it, and the first is refused.
      expect(await store().reminderRuns.save({ ...run, cursor: 'u9', leaseOwner: other, leaseUntil: until }, other)).toBe(false)
      expect(
        await store().reminderRuns.save(
          { ...run, cursor: 'u1', leaseOwner: owner, leaseUntil: until, byObligation: { lectures: 2 } },
          owner
        )
      ).toBe(true)
      expect(await store().reminderRuns.acquire(run.id, other, '2026-12-20T01:00:30.000Z', until)).toBe(false)
      expect(await store().reminderRuns.acquire(run.id, other, '2026-12-20T01:02:00.000Z', '2026-12-20T01:03:00.000Z')).toBe(true)
      expect(await store().reminderRuns.save({ ...run, cursor: 'u2', leaseOwner: owner }, owner)).toBe(false)
      expect(await store().reminderRuns.get(run.id)).toMatchObject({
        cursor: 'u1',
        byObligation: { lectures: 2 },
        leaseOwner: other
      })
      expect(await store().reminderRuns.get('1999-01-01')).toBeNull()
    })

    it('lists the newest runs first', async () => {
      const prefix = tag()
      const day = (d: number) => `2999-${prefix}-${d}`
      const runs = [makeRun({ id: day(1) }), makeRun({ id: day(2) })]
      for (const run of runs) await store().reminderRuns.create(run)
      const recent = await store().reminderRuns.listRecent(30)
      const ids = recent.map((r) => r.id)
      expect(ids.indexOf(runs[0].id)).toBeGreaterThan(ids.indexOf(runs[1].id))
      expect(recent.find((r) => r.id === runs[0].id)).toEqual(runs[0])
    })

    it('creates one push per id, never overwriting, and reports the status of those already there', async () => {
      const day = `2026-12-${tag()}`
      const first = push({ day })
      const { created } = await store().reminderPushes.createMany([first])
      expect(created).toEqual(new Set([first.id]))
      const second = push({ day })
      const again = await store().reminderPushes.createMany([{ ...first, title: '不应覆盖' }, second])
      expect(again.created).toEqual(new Set([second.id]))
      expect(again.existing).toEqual(new Map([[first.id, 'sending']]))
      expect(await store().reminderPushes.get(first.id)).toEqual(first)
      const both = await Promise.all([
        store().reminderPushes.createMany([push({ id: 'x' + first.id, day })]),
        store().reminderPushes.createMany([push({ id: 'x' + first.id, day })])
      ])
      expect(both[0].created.size + both[1].created.size).toBe(1)
    })

    it('settles many pushes at once, and lists due retries and a status of a day', async () => {
      const day = `2026-12-${tag()}`
      const list = [push({ day, personName: '乙' }), push({ day, personName: '甲' }), push({ day })]
      await store().reminderPushes.createMany(list)
      const failed = {
        status: 'failed' as const,
        errcode: -1,
        errmsg: 'system error',
        retry: true,
        permission: false,
        updatedAt: '2026-12-20T01:05:00.000Z'
      }
      await store().reminderPushes.settle([list[0].id], { ...failed, nextAttemptAt: '2026-12-20T01:10:00.000Z' })
      await store().reminderPushes.settle([list[1].id], { ...failed, nextAttemptAt: '2026-12-20T01:30:00.000Z' })
      await store().reminderPushes.settle([list[2].id], {
        status: 'failed',
        errcode: 43101,
        errmsg: 'no quota',
        retry: false,
        nextAttemptAt: null
      })
      expect((await store().reminderPushes.listDue(day, '2026-12-20T01:10:00.000Z', 10)).map((p) => p.id)).toEqual([list[0].id])
      expect((await store().reminderPushes.listDue(day, '2026-12-20T02:00:00.000Z', 10)).map((p) => p.id)).toEqual([
        list[0].id,
        list[1].id
      ])
      expect(await store().reminderPushes.get(list[0].id)).toMatchObject({
        ...failed,
        nextAttemptAt: '2026-12-20T01:10:00.000Z',
        title: list[0].title
      })
      const names = (await store().reminderPushes.listByStatus(day, 'failed', 10)).map((p) => p.personName)
      expect(names).toEqual(['张三', '乙', '甲'].sort())
      await store().reminderPushes.settle([], { status: 'sent' })
      expect(await store().reminderPushes.listByStatus(day, 'sent', 10)).toEqual([])
    })
  })
}
