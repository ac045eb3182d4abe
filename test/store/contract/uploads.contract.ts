import type { UploadUsage } from '../../../src/core/model'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'
import { makeFile } from '../methods.fixtures'

const usageOf = (over: Partial<UploadUsage> = {}): UploadUsage => ({
  personId: id(),
  month: '2026-11',
  files: 1,
  bytes: 1000,
  day: '2026-11-05',
  dayFiles: 1,
  updatedAt: '2026-11-05T02:00:00.000Z',
  ...over
})

/** Upload usage per person and month, and the files the clean-up job looks for. Safe on a shared real environment. */
export function uploadsContract(store: () => Store): void {
  describe('upload usage', () => {
    it('keeps one usage per person and month, replaced on put', async () => {
      const usage = usageOf()
      expect(await store().uploadUsage.get(usage.personId, usage.month)).toBeNull()
      await store().uploadUsage.put(usage)
      expect(await store().uploadUsage.get(usage.personId, '2026-11')).toEqual(usage)
      const more = { ...usage, files: 2, bytes: 3000, dayFiles: 2, updatedAt: '2026-11-05T03:00:00.000Z' }
      await store().uploadUsage.put(more)
      expect(await store().uploadUsage.get(usage.personId, '2026-11')).toEqual(more)
      expect(await store().uploadUsage.get(usage.personId, '2026-12')).toBeNull()
      expect(await store().uploadUsage.get(id(), '2026-11')).toBeNull()
      const december = usageOf({ personId: usage.personId, month: '2026-12', day: '2026-12-01' })
      await store().uploadUsage.put(december)
      expect(await store().uploadUsage.get(usage.personId, '2026-11')).toEqual(more)
      expect(await store().uploadUsage.get(usage.personId, '2026-12')).toEqual(december)
    })

    it('loses no count when two transactions add to one usage at once', async () => {
      const personId = id()
      const add = () =>
        store().transaction(async (tx) => {
          const usage = await tx.uploadUsage.get(personId, '2026-11')
          await tx.uploadUsage.put(usageOf({ personId, files: (usage?.files ?? 0) + 1 }))
        })
      await Promise.all([add(), add()])
      expect((await store().uploadUsage.get(personId, '2026-11'))?.files).toBe(2)
    })
  })

  describe('unattached files', () => {
    it('deletes a file row, and deleting a missing one is fine; a rolled-back delete keeps it', async () => {
      const file = makeFile()
      await store().files.insert(file)
      await expect(
        store().transaction(async (tx) => {
          await tx.files.remove(file.id)
          throw new Error('rolled back')
        })
      ).rejects.toThrow('rolled back')
      expect(await store().files.get(file.id)).toEqual(file)
      await store().transaction((tx) => tx.files.remove(file.id))
      expect(await store().files.get(file.id)).toBeNull()
      await store().files.remove(file.id)
      await store().files.remove(id())
    })

    it('lists files attached to nothing and registered before a time, oldest first then by id, up to a limit', async () => {
      const at = (minute: number) => `2026-11-05T02:${String(minute).padStart(2, '0')}:00.000Z`
      const [a, b] = [id(), id()].sort()
      const files = [
        makeFile({ id: b, createdAt: at(1) }),
        makeFile({ id: a, createdAt: at(1) }),
        makeFile({ createdAt: at(0) }),
        makeFile({ createdAt: at(2), recordId: 'r1' }), // attached
        makeFile({ createdAt: at(2), recordId: 'scoreSheet:s1' }), // attached to a score sheet
        makeFile({ createdAt: at(3) }) // not old enough
      ]
      for (const f of files) await store().files.insert(f)
      try {
        const mine = new Set(files.map((f) => f.id))
        const listed = await store().files.listUnattachedBefore(at(3), 1000)
        expect(listed.filter((f) => mine.has(f.id))).toEqual([files[2], files[1], files[0]])
        // Whatever else a shared database holds, the order is by time then id and the limit holds.
        const times = listed.map((f) => `${f.createdAt}|${f.id}`)
        expect(times).toEqual([...times].sort())
        expect(listed.every((f) => f.recordId === null && f.createdAt < at(3))).toBe(true)
        expect(await store().files.listUnattachedBefore(at(3), 2)).toEqual(listed.slice(0, 2))
      } finally {
        for (const f of files) await store().files.remove(f.id)
      }
    })
  })
}
