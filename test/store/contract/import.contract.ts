import type { ImportJob } from '../../../src/core/model'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makePerson, tag } from '../fixtures'

const makeJob = (over: Partial<ImportJob> = {}): ImportJob => ({
  id: id(),
  fileName: '名册.csv',
  storageKey: `imports/p1/${tag()}.csv`,
  status: 'writing',
  total: 3,
  written: 0,
  batches: 2,
  nextBatch: 0,
  createdAt: '2026-11-20T02:00:00.000Z',
  createdBy: `admin${tag()}`,
  updatedAt: '2026-11-20T02:00:00.000Z',
  updatedBy: 'admin',
  ...over
})

/** Roster imports: hidden people until the job commits, jobs and their batches. */
export function importContract(store: () => Store): void {
  describe('people of an unfinished import', () => {
    it('are hidden from every read but listByPhones until committed, then read like anyone', async () => {
      const unitId = `u${tag()}`
      const jobId = id()
      const [a, b] = [makePerson({ unitId, name: 'A甲' }), makePerson({ unitId, name: 'B乙' })]
      await store().people.insertPending(jobId, 0, [a, b])
      expect(await store().people.get(a.id)).toBeNull()
      expect(await store().people.getByPhone(a.phone)).toBeNull()
      expect(await store().people.listByUnit(unitId)).toEqual([])
      expect((await store().people.search({ unitId, offset: 0, limit: 10 })).total).toBe(0)
      expect((await store().people.search({ q: a.phone, offset: 0, limit: 10 })).items).toEqual([])
      expect((await store().people.countByUnit()).get(unitId)).toBeUndefined()
      // The duplicate check of the next import must see them.
      expect(await store().people.listByPhones([a.phone, b.phone])).toEqual(expect.arrayContaining([a, b]))
      await store().people.commitImport(jobId)
      expect(await store().people.get(a.id)).toEqual(a)
      expect(await store().people.getByPhone(b.phone)).toEqual(b)
      expect(await store().people.listByUnit(unitId)).toEqual([a, b])
      expect((await store().people.countByUnit()).get(unitId)).toBe(2)
      await store().people.commitImport(jobId) // again: harmless
      expect(await store().people.listByUnit(unitId)).toEqual([a, b])
    })

    it('a batch inserted again adds nobody twice; a taken phone fails the batch', async () => {
      const unitId = `u${tag()}`
      const jobId = id()
      const batch = [makePerson({ unitId }), makePerson({ unitId })]
      await store().people.insertPending(jobId, 0, batch)
      await store().people.insertPending(jobId, 0, batch)
      const taken = makePerson({ unitId })
      await store().people.insert(taken)
      await expect(store().people.insertPending(jobId, 1, [makePerson({ unitId, phone: taken.phone })])).rejects.toThrow()
      await store().people.commitImport(jobId)
      expect((await store().people.listByUnit(unitId)).map((p) => p.id).sort()).toEqual([...batch, taken].map((p) => p.id).sort())
    })

    it('discardImport deletes only that job’s hidden people', async () => {
      const unitId = `u${tag()}`
      const [kept, other, gone] = [makePerson({ unitId }), makePerson({ unitId }), makePerson({ unitId })]
      await store().people.insert(kept)
      const otherJob = id()
      await store().people.insertPending(otherJob, 0, [other])
      const jobId = id()
      await store().people.insertPending(jobId, 0, [gone])
      await store().people.discardImport(jobId)
      expect(await store().people.listByPhones([kept.phone, other.phone, gone.phone])).toEqual(
        expect.arrayContaining([kept, other])
      )
      expect(await store().people.listByPhones([gone.phone])).toEqual([])
      await store().people.commitImport(otherJob)
      expect(await store().people.listByUnit(unitId)).toHaveLength(2)
    })
  })

  describe('import jobs', () => {
    it('round-trips a job, finds the creator’s newest one still writing, and stores batches', async () => {
      const older = makeJob({ createdAt: '2026-11-19T02:00:00.000Z' })
      const newer = makeJob({ createdBy: older.createdBy })
      const done = makeJob({ createdBy: older.createdBy, status: 'committed', createdAt: '2026-11-21T02:00:00.000Z' })
      for (const job of [older, newer, done]) await store().importJobs.insert(job)
      expect(await store().importJobs.get(older.id)).toEqual(older)
      expect(await store().importJobs.get(id())).toBeNull()
      expect(await store().importJobs.openBy(older.createdBy)).toEqual(newer)
      await store().importJobs.update({ ...newer, status: 'discarded', written: 2, nextBatch: 1 })
      expect(await store().importJobs.get(newer.id)).toEqual({ ...newer, status: 'discarded', written: 2, nextBatch: 1 })
      expect(await store().importJobs.openBy(older.createdBy)).toEqual(older)
      expect(await store().importJobs.openBy(`nobody${tag()}`)).toBeNull()

      const people = [makePerson({ roles: ['cadre', 'admin'] }), makePerson()]
      await store().importJobs.putBatch({ jobId: older.id, index: 0, people })
      await store().importJobs.putBatch({ jobId: older.id, index: 1, people: [] })
      expect(await store().importJobs.getBatch(older.id, 0)).toEqual({ jobId: older.id, index: 0, people })
      expect(await store().importJobs.getBatch(older.id, 2)).toBeNull()
      await store().importJobs.removeBatches(older.id)
      expect(await store().importJobs.getBatch(older.id, 0)).toBeNull()
      expect(await store().importJobs.getBatch(older.id, 1)).toBeNull()
    })
  })
}
