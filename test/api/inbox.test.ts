import type { Failure, OutputOf } from '../../src/core/contract'
import type { InboxItem } from '../../src/core/model'
import { dataOf, makeWorld } from './world'

// The in-app inbox through the router (TEST_STORE=cloudbase runs it on the CloudBase fake).

type Inbox = OutputOf<'inbox.list'>

const reminder = (personId: string, over: Partial<InboxItem> = {}): InboxItem => ({
  id: `r-${Math.random().toString(36).slice(2)}`,
  personId,
  obligation: 'selfStudy',
  period: '2026-11',
  stage: 'from20th',
  title: '本月自学还差 2 篇',
  body: '本月已学 3 篇，目标 5 篇。',
  route: '/pages/study/record/index',
  createdAt: '2026-11-20T01:00:00.000Z',
  readAt: null,
  ...over
})

describe('the inbox', () => {
  it("lists only the caller's reminders, newest first, with the unread count the home shows too", async () => {
    const w = await makeWorld()
    const mine = [
      reminder(w.people.cadre.id),
      reminder(w.people.cadre.id, { stage: 'last3days', createdAt: '2026-11-28T01:00:00.000Z' })
    ]
    for (const item of [...mine, reminder(w.people.unitLeader.id)]) await w.store.inbox.add(item)
    const inbox = dataOf<Inbox>(await w.as(w.people.cadre)('inbox.list', {}))
    expect(inbox.items.map((i) => i.id)).toEqual([mine[1].id, mine[0].id])
    expect(inbox.items[0]).toEqual({
      id: mine[1].id,
      title: '本月自学还差 2 篇',
      body: '本月已学 3 篇，目标 5 篇。',
      route: '/pages/study/record/index',
      createdAt: '2026-11-28T01:00:00.000Z',
      read: false
    })
    expect(inbox.unread).toBe(2)
    expect(dataOf<OutputOf<'home.get'>>(await w.as(w.people.cadre)('home.get', {})).unread).toBe(2)
    expect(dataOf<Inbox>(await w.as(w.people.admin)('inbox.list', {}))).toEqual({ items: [], unread: 0 })
  })

  it('marks a reminder read once; a retry answers the same; the count goes down', async () => {
    const w = await makeWorld()
    const item = reminder(w.people.cadre.id)
    await w.store.inbox.add(item)
    const cadre = w.as(w.people.cadre)
    const read = dataOf<OutputOf<'inbox.read'>>(await cadre('inbox.read', { id: item.id }, 'read-key-0001'))
    expect(read.read).toBe(true)
    expect(await cadre('inbox.read', { id: item.id }, 'read-key-0001')).toEqual({ ok: true, data: read })
    expect((await w.store.inbox.get(item.id))?.readAt).toBe('2026-11-20T02:00:00.000Z')
    expect(dataOf<Inbox>(await cadre('inbox.list', {})).unread).toBe(0)
  })

  it("answers someone else's reminder like a missing one, and changes nothing", async () => {
    const w = await makeWorld()
    const item = reminder(w.people.unitLeader.id)
    await w.store.inbox.add(item)
    const r = (await w.as(w.people.cadre)('inbox.read', { id: item.id }, 'read-key-0002')) as Failure
    expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'id', message: '找不到这条提醒' })
    expect((await w.store.inbox.get(item.id))?.readAt).toBeNull()
  })
})
