import type { InboxItem } from '../../../src/core/model'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

const itemOf = (over: Partial<InboxItem> = {}): InboxItem => ({
  id: id(),
  personId: id(),
  obligation: 'selfStudy',
  period: '2026-11',
  stage: 'from20th',
  title: '本月自学还差 2 篇',
  body: '本月已学 3 篇，目标 5 篇',
  route: '/pages/study/record/index',
  createdAt: '2026-11-20T01:00:00.000Z',
  readAt: null,
  ...over
})

/** The in-app inbox: one item per reminder id, newest first, unread counts, read marks, expiry of old read items. */
export function inboxContract(store: () => Store): void {
  describe('inbox', () => {
    it('adds an item once: a second add of its id changes nothing and says so', async () => {
      const item = itemOf()
      expect(await store().inbox.add(item)).toBe(true)
      expect(await store().inbox.add({ ...item, title: '另一个标题' })).toBe(false)
      expect(await store().inbox.get(item.id)).toEqual(item)
      expect(await store().inbox.existing([item.id, id(), item.id])).toEqual(new Set([item.id]))
      expect(await store().inbox.existing([])).toEqual(new Set())
    })

    it('lets only one of two simultaneous adds of one reminder land', async () => {
      const item = itemOf()
      const added = await Promise.all([store().inbox.add(item), store().inbox.add({ ...item, body: '第二次' })])
      expect(added.filter(Boolean)).toHaveLength(1)
      expect((await store().inbox.listByPerson(item.personId, 10)).length).toBe(1)
    })

    it("lists a person's items newest first up to the limit, and counts the unread", async () => {
      const personId = id()
      const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T01:00:00.000Z`
      const items = [20, 28, 1].map((day) => itemOf({ personId, createdAt: at(day), stage: `d${day}` }))
      for (const item of items) await store().inbox.add(item)
      await store().inbox.add(itemOf()) // someone else's
      expect((await store().inbox.listByPerson(personId, 10)).map((i) => i.createdAt)).toEqual([at(28), at(20), at(1)])
      expect(await store().inbox.listByPerson(personId, 2)).toHaveLength(2)
      expect(await store().inbox.countUnread(personId)).toBe(3)
      expect(await store().inbox.countUnread(id())).toBe(0)
    })

    it('marks an item read once (a second mark keeps the first time) and knows no missing item', async () => {
      const item = itemOf()
      await store().inbox.add(item)
      expect(await store().inbox.markRead(item.id, '2026-11-21T02:00:00.000Z')).toEqual({
        ...item,
        readAt: '2026-11-21T02:00:00.000Z'
      })
      expect((await store().inbox.markRead(item.id, '2026-11-22T02:00:00.000Z'))?.readAt).toBe('2026-11-21T02:00:00.000Z')
      expect(await store().inbox.countUnread(item.personId)).toBe(0)
      expect(await store().inbox.markRead(id(), '2026-11-22T02:00:00.000Z')).toBeNull()
    })

    it('deletes items read before a time, oldest first and at most the limit; unread ones stay', async () => {
      const personId = id()
      const read = ['2026-01-03', '2026-01-01', '2026-01-02'].map((day) => itemOf({ personId, readAt: `${day}T00:00:00.000Z` }))
      const unread = itemOf({ personId, createdAt: '2025-12-01T00:00:00.000Z' })
      const recent = itemOf({ personId, readAt: '2026-03-01T00:00:00.000Z' })
      for (const item of [...read, unread, recent]) await store().inbox.add(item)
      const cutoff = '2026-02-01T00:00:00.000Z'
      expect(await store().inbox.removeReadBefore(cutoff, 2)).toBe(2)
      expect(await store().inbox.get(read[0].id)).not.toBeNull() // the 3rd, newest of the three, is left
      expect(await store().inbox.removeReadBefore(cutoff, 10)).toBe(1)
      expect((await store().inbox.listByPerson(personId, 10)).map((i) => i.id).sort()).toEqual([unread.id, recent.id].sort())
    })
  })
}
