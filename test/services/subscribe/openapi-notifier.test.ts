import { openApiNotifier, type WxOpenApiCaller } from '../../../cloudfunctions/lib/adapters/wechat/openapi-notifier'
import type { SubscribeMessage } from '../../../cloudfunctions/lib/ports/notifier.port'

const message: SubscribeMessage = {
  personId: 'p1',
  touser: 'oOPENID',
  templateId: 'T-REMIND',
  page: 'pages/home/index',
  data: { thing1: { value: '您有 2 项待办' } }
}

/** A node-sdk app answering one fixed thing, recording the calls. */
function caller(answer: unknown | Error) {
  const calls: Array<{ apiName: string; requestData: unknown }> = []
  const app: WxOpenApiCaller = {
    async callWxOpenApi(options) {
      calls.push(options)
      if (answer instanceof Error) throw answer
      return answer
    }
  }
  return { app, calls }
}

describe('the WeChat open-API notifier', () => {
  it('calls subscribeMessage.send with the HTTPS body, opening the formal version', async () => {
    const { app, calls } = caller({ result: { errcode: 0, errmsg: 'ok' }, requestId: 'r' })
    expect(await openApiNotifier(app).send(message)).toEqual({ ok: true })
    expect(calls).toEqual([
      {
        apiName: 'subscribeMessage.send',
        requestData: {
          touser: 'oOPENID',
          template_id: 'T-REMIND',
          page: 'pages/home/index',
          data: { thing1: { value: '您有 2 项待办' } },
          miniprogram_state: 'formal',
          lang: 'zh_CN'
        }
      }
    ])
  })

  it.each([
    [
      '43101: no grant left, never retried',
      { result: { errcode: 43101, errmsg: 'user refuse' } },
      { errcode: 43101, retry: false }
    ],
    [
      '47003: a bad value, not retried',
      { result: '{"errcode":47003,"errmsg":"argument invalid"}' },
      { errcode: 47003, retry: false }
    ],
    [
      '40003: a bad OPENID, not retried',
      { result: { errcode: 40003, errmsg: 'invalid openid' } },
      { errcode: 40003, retry: false }
    ],
    ['-1: WeChat busy, retried', { result: { errcode: -1, errmsg: 'system error' } }, { errcode: -1, retry: true }],
    [
      'a CloudBase refusal naming -604101: the permission',
      { code: 'SYS_ERR', message: 'errCode: -604101 function has no permission to call this API' },
      { errcode: -604101, retry: true, permission: true }
    ],
    ['another CloudBase refusal: retried', { code: 'SERVER_TIMEOUT', message: 'timeout' }, { errcode: -1, retry: true }],
    ['a thrown network error: retried', new Error('ECONNRESET'), { errcode: -1, errmsg: 'ECONNRESET', retry: true }]
  ])('maps %s', async (_case, answer, expected) => {
    const result = await openApiNotifier(caller(answer).app).send(message)
    expect(result).toMatchObject({ ok: false, ...expected })
    if (!('permission' in expected)) expect(result).not.toHaveProperty('permission')
  })
})
