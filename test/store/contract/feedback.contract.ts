import type { Feedback } from '../../../src/core/model'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id } from '../fixtures'

const at = (day: number, hour = 1) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`

const feedbackOf = (over: Partial<Feedback> = {}): Feedback => ({
  id: id(),
  personId: id(),
  unitId: id(),
  message: '自学打卡页面的讲话目录希望能按时间筛选',
  screenshots: [],
  status: 'open',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  closedBy: null,
  closedAt: null,
  createdAt: at(20),
  createdBy: 'p',
  updatedAt: at(20),
  updatedBy: 'p',
  ...over
})

/** 意见反馈: stored whole, an author's newest first, the admin's pages by status with totals. */
export function feedbackContract(store: () => Store): void {
  describe('feedback', () => {
    it('stores a message whole (screenshots in order) and replaces it with its answer', async () => {
      const sent = feedbackOf({ screenshots: [id(), id()] })
      await store().feedback.insert(sent)
      expect(await store().feedback.get(sent.id)).toEqual(sent)
      expect(await store().feedback.get(id())).toBeNull()
      const answered: Feedback = {
        ...sent,
        status: 'answered',
        answer: '已安排',
        answeredBy: 'a',
        answeredAt: at(21),
        updatedAt: at(21)
      }
      await store().feedback.update(answered)
      expect(await store().feedback.get(sent.id)).toEqual(answered)
    })

    it('refuses a second message with the same id', async () => {
      const sent = feedbackOf()
      await store().feedback.insert(sent)
      await expect(store().feedback.insert({ ...sent, message: '另一条' })).rejects.toMatchObject({ code: 'CONFLICT' })
      expect((await store().feedback.get(sent.id))?.message).toBe(sent.message)
    })

    it("lists an author's own messages newest first, up to the limit", async () => {
      const personId = id()
      for (const day of [3, 28, 15]) await store().feedback.insert(feedbackOf({ personId, createdAt: at(day) }))
      await store().feedback.insert(feedbackOf({ createdAt: at(29) })) // someone else's
      expect((await store().feedback.listByPerson(personId, 10)).map((f) => f.createdAt)).toEqual([at(28), at(15), at(3)])
      expect((await store().feedback.listByPerson(personId, 2)).map((f) => f.createdAt)).toEqual([at(28), at(15)])
      expect(await store().feedback.listByPerson(id(), 10)).toEqual([])
    })

    it('pages the admin’s list by status newest first, with the total of that status', async () => {
      const mine = [
        feedbackOf({ createdAt: at(1, 1) }),
        feedbackOf({ createdAt: at(1, 3) }),
        feedbackOf({ createdAt: at(1, 2), status: 'answered' }),
        feedbackOf({ createdAt: at(1, 4), status: 'closed' }),
        feedbackOf({ createdAt: at(1, 5) })
      ]
      for (const f of mine) await store().feedback.insert(f)
      const ids = new Set(mine.map((f) => f.id))
      const open = await store().feedback.list({ status: 'open', offset: 0, limit: 100 })
      expect(open.items.filter((f) => ids.has(f.id)).map((f) => f.createdAt)).toEqual([at(1, 5), at(1, 3), at(1, 1)])
      expect(open.items.every((f) => f.status === 'open')).toBe(true)
      expect(open.total).toBe(open.items.length)
      const first = await store().feedback.list({ status: 'open', offset: 0, limit: 2 })
      const second = await store().feedback.list({ status: 'open', offset: 2, limit: 2 })
      expect([...first.items, ...second.items].map((f) => f.id)).toEqual(open.items.slice(0, 4).map((f) => f.id))
      expect(first.total).toBe(open.total)
      const every = await store().feedback.list({ status: null, offset: 0, limit: 100 })
      expect(every.items.filter((f) => ids.has(f.id)).map((f) => f.status)).toEqual([
        'open',
        'closed',
        'open',
        'answered',
        'open'
      ])
      expect(every.total).toBeGreaterThanOrEqual(5)
    })
  })
}
