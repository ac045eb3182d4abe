// The client's asks for WeChat subscribe messages: the dialog must start inside the tap (no await
// before it), only worthwhile templates are asked for, and the answer is recorded without errMsg.
const requested: string[][] = []
let wechatAnswer: Record<string, string> = {}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    requestSubscribeMessage: ({ tmplIds }: { tmplIds: string[] }) => {
      requested.push(tmplIds)
      return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', ...wechatAnswer })
    }
  }
}))

const calls: Array<[string, unknown]> = []
let statusAnswer: unknown = null
jest.mock('@/services/api', () => ({
  call: async (name: string, input: unknown) => {
    calls.push([name, input])
    return name === 'subscribe.grant' ? grantAnswer(input) : statusAnswer
  }
}))

import type { SubscribeStatus, SubscribeTemplateView } from '@/core/contract'
import { askAfterRecord, askFromInbox, idsToAsk, primeSubscribe, setDemoConsent, subscribeStatus } from '@/services/subscribe'

const template = (over: Partial<SubscribeTemplateView> = {}): SubscribeTemplateView => ({
  purpose: 'reminder',
  templateId: 'T-REMIND',
  longTerm: false,
  remaining: 0,
  accepted: false,
  lastResult: null,
  ...over
})
const status = (templates: SubscribeTemplateView[], needsGrant = true): SubscribeStatus => ({
  configured: true,
  templates,
  needsGrant
})
function grantAnswer(input: unknown): SubscribeStatus {
  const results = (input as { results: Record<string, string> }).results
  return status([template({ remaining: results['T-REMIND'] === 'accept' ? 1 : 0, lastResult: 'accept' })], false)
}

beforeEach(() => {
  requested.length = 0
  calls.length = 0
  wechatAnswer = {}
})

describe('asking for subscribe messages', () => {
  it('opens the WeChat dialog synchronously in the tap, then records the answer without errMsg', async () => {
    process.env.TARO_ENV = 'weapp'
    statusAnswer = status([template(), template({ purpose: 'digest', templateId: 'T-DIGEST' })])
    await primeSubscribe()
    wechatAnswer = { 'T-REMIND': 'accept', 'T-DIGEST': 'reject' }
    const asked = askFromInbox()
    // Before any await: the dialog has already been requested.
    expect(requested).toEqual([['T-REMIND', 'T-DIGEST']])
    expect((await asked)?.templates[0].remaining).toBe(1)
    expect(calls.at(-1)).toEqual(['subscribe.grant', { results: { 'T-REMIND': 'accept', 'T-DIGEST': 'reject' } }])
    expect(subscribeStatus()?.needsGrant).toBe(false)
  })

  it('never asks for a template WeChat banned or filtered, nor an accepted long-term one, nor mixes kinds', () => {
    expect(idsToAsk(status([template({ lastResult: 'ban' }), template({ templateId: 'T2', lastResult: 'filter' })]))).toEqual([])
    expect(idsToAsk(status([template({ longTerm: true, accepted: true })]))).toEqual([])
    expect(idsToAsk(status([template({ longTerm: true }), template({ templateId: 'T2' })]))).toEqual(['T-REMIND'])
    expect(idsToAsk({ configured: false, templates: [], needsGrant: false })).toEqual([])
  })

  it('asks after a record only when no message is left and the person did not just refuse', async () => {
    process.env.TARO_ENV = 'weapp'
    statusAnswer = status([template({ remaining: 2 })], false)
    await primeSubscribe()
    await askAfterRecord()
    statusAnswer = status([template({ lastResult: 'reject' })])
    await primeSubscribe()
    await askAfterRecord()
    expect(requested).toEqual([])
    statusAnswer = status([template({ lastResult: 'accept' })])
    await primeSubscribe()
    void askAfterRecord()
    expect(requested).toEqual([['T-REMIND']])
  })

  it('records nothing when the dialog answers no template (cancelled)', async () => {
    process.env.TARO_ENV = 'weapp'
    statusAnswer = status([template()])
    await primeSubscribe()
    calls.length = 0
    await askFromInbox()
    expect(calls).toEqual([])
  })

  it('on H5 never opens the demo sheet after a save, only from the inbox button', async () => {
    process.env.TARO_ENV = 'h5'
    const sheet: string[][] = []
    setDemoConsent(async (ids) => {
      sheet.push(ids)
      return {}
    })
    statusAnswer = status([template()])
    await primeSubscribe()
    await askAfterRecord()
    expect(sheet).toEqual([])
    await askFromInbox()
    expect(sheet).toEqual([['T-REMIND']])
    setDemoConsent(null)
  })
})
