import { createCloudbaseStore } from '../../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../../cloudfunctions/lib/adapters/sqlite'
import { outboxNotifier } from '../../../cloudfunctions/lib/adapters/wechat/outbox-notifier'
import type { Notifier, NotifyResult, SubscribeMessage } from '../../../cloudfunctions/lib/ports/notifier.port'
import { classifyWechatError } from '../../../cloudfunctions/lib/ports/notifier.port'
import { inboxOnlySender } from '../../../cloudfunctions/lib/ports/push.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { createPushSender, pushSenderFor } from '../../../cloudfunctions/lib/services/subscribe/push-sender'
import type { Push } from '../../../src/core/reminders/bundle'
import { DEMO_TEMPLATES, type SubscribeTemplates } from '../../../src/core/reminders/templates'
import { FakeCloudbase } from '../../store/cloudbase-fake'
import { makePerson } from '../../store/fixtures'

const NOW = new Date('2026-11-20T01:05:00Z')
const AT = NOW.toISOString()

const push = (personId: string, over: Partial<Push> = {}): Push => ({
  personId,
  title: '本月自学提醒',
  body: '本月已学 3 篇，还差 2 篇',
  route: '/pages/study/record/index',
  query: { month: '2026-11' },
  keys: [`${personId}|studyThisMonth|2026-11|from-day`],
  ...over
})

/** A notifier answering from a script, recording what it was asked to send. */
function scripted(...answers: Array<NotifyResult | Error>) {
  const sent: SubscribeMessage[] = []
  const notifier: Notifier = {
    async send(message) {
      sent.push(message)
      const answer = answers.shift() ?? { ok: true }
      if (answer instanceof Error) throw answer
      return answer
    }
  }
  return { sent, notifier }
}

const stores: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase fake', () => createCloudbaseStore(new FakeCloudbase())]
]

describe.each(stores)('the push sender on %s', (_name, makeStore) => {
  let store: Store
  beforeEach(() => {
    store = makeStore()
  })
  afterEach(() => store.close())

  async function person(openId: string | null = `openid-${Math.random()}`) {
    const p = makePerson({ openId })
    await store.people.insert(p)
    return p
  }
  const remaining = async (personId: string, templateId = 'demo-reminder') =>
    (await store.grants.listByPerson(personId)).find((g) => g.templateId === templateId)?.remaining ?? 0

  it('spends one grant and sends the push with its page and the template fields', async () => {
    const p = await person('oABC')
    await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const { sent, notifier } = scripted()
    const outcomes = await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send([push(p.id)], NOW)
    expect(outcomes).toEqual([{ status: 'sent' }])
    expect(sent).toEqual([
      {
        personId: p.id,
        touser: 'oABC',
        templateId: 'demo-reminder',
        page: 'pages/study/record/index?month=2026-11',
        data: {
          thing1: { value: '本月自学提醒' },
          thing2: { value: '本月已学 3 篇，还差 2 篇' },
          time3: { value: '2026年11月20日 09:05' }
        }
      }
    ])
    expect(await remaining(p.id)).toBe(1)
  })

  it('leaves the push to the inbox when no grant is left, without calling WeChat', async () => {
    const [never, spent] = [await person(), await person()]
    await store.grants.record(spent.id, 'demo-reminder', 'accept', false, AT)
    await store.grants.spend(spent.id, 'demo-reminder', AT)
    const { sent, notifier } = scripted()
    const outcomes = await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send(
      [push(never.id), push(spent.id)],
      NOW
    )
    expect(outcomes).toEqual([
      { status: 'skipped', reason: 'no-grant' },
      { status: 'skipped', reason: 'no-grant' }
    ])
    expect(sent).toEqual([])
  })

  it('skips a person without an OPENID on CloudBase, and records them by id locally', async () => {
    const p = await person(null)
    await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const { sent, notifier } = scripted()
    expect(await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send([push(p.id)], NOW)).toEqual([
      { status: 'skipped', reason: 'no-openid' }
    ])
    expect(await remaining(p.id)).toBe(1)
    const local = createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier, requireOpenId: false })
    expect(await local.send([push(p.id)], NOW)).toEqual([{ status: 'sent' }])
    expect(sent[0].touser).toBe(`person:${p.id}`)
  })

  it('empties the grant on 43101 and does not retry', async () => {
    const p = await person()
    for (let i = 0; i < 3; i++) await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const { notifier } = scripted(classifyWechatError(43101, 'user refuse to accept the msg'))
    const [outcome] = await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send([push(p.id)], NOW)
    expect(outcome).toEqual({ status: 'failed', errcode: 43101, errmsg: 'user refuse to accept the msg', retry: false })
    expect(await remaining(p.id)).toBe(0)
  })

  it.each([
    ['WeChat is busy (-1)', classifyWechatError(-1, 'system error'), { retry: true }],
    ['the network fails', new Error('socket hang up'), { retry: true, errcode: -1, errmsg: 'socket hang up' }],
    ['a value breaks its rule (47003)', classifyWechatError(47003, 'argument invalid! data.thing1.value'), { retry: false }],
    [
      'the cloud-call permission is missing (-604101)',
      classifyWechatError(-604101, 'function has no permission to call this API'),
      { retry: true, permission: true }
    ]
  ])('gives the grant back when %s', async (_case, answer, expected) => {
    const p = await person()
    await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const { notifier } = scripted(answer)
    const [outcome] = await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send([push(p.id)], NOW)
    expect(outcome).toMatchObject({ status: 'failed', ...expected })
    expect(await remaining(p.id)).toBe(1)
  })

  it('counts nothing for a long-term template: the acceptance is enough, and 43101 clears it', async () => {
    const templates: SubscribeTemplates = { reminder: { ...DEMO_TEMPLATES.reminder, longTerm: true } }
    const [yes, no] = [await person(), await person()]
    await store.grants.record(yes.id, 'demo-reminder', 'accept', true, AT)
    const { sent, notifier } = scripted({ ok: true }, { ok: true }, classifyWechatError(43101, 'off'))
    const sender = createPushSender({ templates, repos: store, notifier })
    expect(await sender.send([push(yes.id), push(no.id)], NOW)).toEqual([
      { status: 'sent' },
      { status: 'skipped', reason: 'no-grant' }
    ])
    expect(await sender.send([push(yes.id)], NOW)).toEqual([{ status: 'sent' }])
    expect((await sender.send([push(yes.id)], NOW))[0]).toMatchObject({ status: 'failed', errcode: 43101 })
    expect(await sender.send([push(yes.id)], NOW)).toEqual([{ status: 'skipped', reason: 'no-grant' }])
    expect(sent).toHaveLength(3)
  })

  it("sends a unit leader's digest with the digest template, spending that template's grant", async () => {
    const leader = await person()
    await store.grants.record(leader.id, 'demo-reminder', 'accept', false, AT)
    await store.grants.record(leader.id, 'demo-digest', 'accept', false, AT)
    const { sent, notifier } = scripted()
    const digest = push(leader.id, {
      title: '上月自学汇总',
      body: '上月自学未达标 2 人：张三 2/5、李四 0/5',
      keys: [`${leader.id}|studyLastMonth|2026-10|digest`]
    })
    await createPushSender({ templates: DEMO_TEMPLATES, repos: store, notifier }).send([digest], NOW)
    expect(sent[0].templateId).toBe('demo-digest')
    expect(sent[0].data.thing4).toEqual({ value: '1 项待办' })
    expect([await remaining(leader.id, 'demo-digest'), await remaining(leader.id)]).toEqual([0, 1])
  })

  it('reads the people and the grants of a batch once each, whatever its size', async () => {
    const people = await Promise.all(Array.from({ length: 30 }, () => person()))
    for (const p of people) await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const calls = { people: 0, grants: 0 }
    const repos = {
      people: { ...store.people, listByIds: (ids: readonly string[]) => (calls.people++, store.people.listByIds(ids)) },
      grants: { ...store.grants, listByPeople: (ids: readonly string[]) => (calls.grants++, store.grants.listByPeople(ids)) }
    }
    const { notifier } = scripted()
    const outcomes = await createPushSender({ templates: DEMO_TEMPLATES, repos, notifier }).send(
      people.map((p) => push(p.id)),
      NOW
    )
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true)
    expect(calls).toEqual({ people: 1, grants: 1 })
  })

  it('records what would have been sent in the outbox locally', async () => {
    const p = await person(null)
    await store.grants.record(p.id, 'demo-reminder', 'accept', false, AT)
    const notifier = outboxNotifier(store.outbox, { now: () => NOW })
    const sender = pushSenderFor(DEMO_TEMPLATES, store, notifier, { requireOpenId: false })
    expect(await sender.send([push(p.id)], NOW)).toEqual([{ status: 'sent' }])
    expect(await store.outbox.latest(10)).toEqual([
      expect.objectContaining({
        personId: p.id,
        templateId: 'demo-reminder',
        page: 'pages/study/record/index?month=2026-11',
        at: AT
      })
    ])
  })

  it('is inbox-only without templates', () => {
    expect(pushSenderFor(null, store, scripted().notifier)).toBe(inboxOnlySender)
  })
})
