import type { Failure, OutputOf } from '../../src/core/contract'
import { DEMO_TEMPLATES, type SubscribeTemplates } from '../../src/core/reminders/templates'
import { dataOf, makeWorld } from './world'

// Subscribe grants and the outbox through the router (TEST_STORE=cloudbase runs them on the CloudBase fake).

type Status = OutputOf<'subscribe.status'>

describe('subscribe.status and subscribe.grant', () => {
  it('says WeChat reminders are off, and records nothing, where no template is configured', async () => {
    const w = await makeWorld()
    const cadre = w.as(w.people.cadre)
    const off = { configured: false, templates: [], needsGrant: false }
    expect(dataOf<Status>(await cadre('subscribe.status', {}))).toEqual(off)
    expect(dataOf<Status>(await cadre('subscribe.grant', { results: { 'demo-reminder': 'accept' } }))).toEqual(off)
    expect(await w.store.grants.listByPerson(w.people.cadre.id)).toEqual([])
  })

  it('asks a cadre for the reminder template; each accept adds one; a retry of the same tap adds nothing', async () => {
    const w = await makeWorld({ subscribe: DEMO_TEMPLATES })
    const cadre = w.as(w.people.cadre)
    const before = dataOf<Status>(await cadre('subscribe.status', {}))
    expect(before).toEqual({
      configured: true,
      templates: [
        { purpose: 'reminder', templateId: 'demo-reminder', longTerm: false, remaining: 0, accepted: false, lastResult: null }
      ],
      needsGrant: true
    })
    // requestSubscribeMessage's answer as WeChat gives it: errMsg and an id we never asked for are ignored.
    const answer = { results: { errMsg: 'requestSubscribeMessage:ok', 'demo-reminder': 'accept', 'someone-else': 'accept' } }
    const first = dataOf<Status>(await cadre('subscribe.grant', answer, 'grant-key-0001'))
    expect(first.templates[0]).toMatchObject({ remaining: 1, lastResult: 'accept' })
    expect(first.needsGrant).toBe(false)
    expect(await cadre('subscribe.grant', answer, 'grant-key-0001')).toEqual({ ok: true, data: first })
    await cadre('subscribe.grant', answer, 'grant-key-0002')
    expect(dataOf<Status>(await cadre('subscribe.status', {})).templates[0].remaining).toBe(2)
    expect((await w.store.grants.listByPerson(w.people.cadre.id)).map((g) => g.templateId)).toEqual(['demo-reminder'])
  })

  it('keeps a refusal silent: nothing is added, and the answer is remembered', async () => {
    const w = await makeWorld({ subscribe: DEMO_TEMPLATES })
    const status = dataOf<Status>(await w.as(w.people.cadre)('subscribe.grant', { results: { 'demo-reminder': 'reject' } }))
    expect(status.templates[0]).toMatchObject({ remaining: 0, lastResult: 'reject' })
    expect(status.needsGrant).toBe(true)
  })

  it("asks a unit leader for the digest template too, and counts each template's grants apart", async () => {
    const w = await makeWorld({ subscribe: DEMO_TEMPLATES })
    const leader = w.as(w.people.unitLeader)
    const status = dataOf<Status>(
      await leader('subscribe.grant', { results: { 'demo-reminder': 'reject', 'demo-digest': 'accept' } })
    )
    expect(status.templates.map((t) => [t.purpose, t.templateId, t.remaining])).toEqual([
      ['reminder', 'demo-reminder', 0],
      ['digest', 'demo-digest', 1]
    ])
    // A cadre is never asked for the digest: an accept of it from a cadre does not count.
    const cadre = dataOf<Status>(await w.as(w.people.cadre)('subscribe.grant', { results: { 'demo-digest': 'accept' } }))
    expect(cadre.templates.map((t) => t.templateId)).toEqual(['demo-reminder'])
    expect(await w.store.grants.listByPerson(w.people.cadre.id)).toEqual([])
  })

  it('treats a long-term template as accepted or not, never counted', async () => {
    const templates: SubscribeTemplates = { reminder: { ...DEMO_TEMPLATES.reminder, longTerm: true } }
    const w = await makeWorld({ subscribe: templates })
    const cadre = w.as(w.people.cadre)
    expect(dataOf<Status>(await cadre('subscribe.status', {})).needsGrant).toBe(true)
    const status = dataOf<Status>(await cadre('subscribe.grant', { results: { 'demo-reminder': 'accept' } }))
    expect(status.templates[0]).toMatchObject({ longTerm: true, accepted: true, remaining: 0 })
    expect(status.needsGrant).toBe(false)
  })

  it('refuses a malformed answer, naming the field', async () => {
    const w = await makeWorld({ subscribe: DEMO_TEMPLATES })
    const r = (await w.as(w.people.cadre)('subscribe.grant', { results: 'accept' })) as Failure
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'results', message: '订阅结果格式不对' })
  })
})

describe('reminders.outbox', () => {
  it('lists what the local notifier recorded, newest first, with the people and the field labels in Chinese', async () => {
    const w = await makeWorld({ subscribe: DEMO_TEMPLATES })
    const message = (at: string, personId: string) => ({
      id: `m-${at}`,
      personId,
      touser: `person:${personId}`,
      templateId: 'demo-reminder',
      page: 'pages/study/record/index?month=2026-11',
      data: { thing1: { value: '本月自学提醒' }, time3: { value: '2026年11月20日 09:05' } },
      at
    })
    await w.store.outbox.add(message('2026-11-20T01:05:00.000Z', w.people.cadre.id))
    await w.store.outbox.add(message('2026-11-21T01:05:00.000Z', 'gone'))
    const { items } = dataOf<OutputOf<'reminders.outbox'>>(await w.as(w.people.admin)('reminders.outbox', {}))
    expect(items.map((i) => i.personName)).toEqual(['（已不在名册）', w.people.cadre.name])
    expect(items[1]).toEqual({
      id: 'm-2026-11-20T01:05:00.000Z',
      personName: w.people.cadre.name,
      templateId: 'demo-reminder',
      page: 'pages/study/record/index?month=2026-11',
      at: '2026-11-20T01:05:00.000Z',
      lines: [
        { key: 'thing1', label: '事项', value: '本月自学提醒' },
        { key: 'time3', label: '时间', value: '2026年11月20日 09:05' }
      ]
    })
  })
})
