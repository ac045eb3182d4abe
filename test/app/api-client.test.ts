import type { ApiRequest } from '@/core/contract'
import { actions, type ActionName } from '@/core/contract'
import { createClient, unwrapResponse, type Transport } from '@/services/api-core'
import { ApiError, NETWORK_MESSAGE } from '@/services/errors'
import { isIdempotencyKey, newIdempotencyKey } from '@/services/idempotency'

/** A transport that records what it was sent and answers with the given body. */
function recording(answer: (r: ApiRequest) => unknown): { transport: Transport; sent: ApiRequest[] } {
  const sent: ApiRequest[] = []
  return {
    sent,
    transport: async (r) => {
      sent.push(r)
      return answer(r)
    }
  }
}

const isWrite = (name: ActionName) => actions[name].write

describe('api client: idempotency keys', () => {
  it('gives every write a key the router accepts', async () => {
    const { transport, sent } = recording(() => ({ ok: true, data: {} }))
    const call = createClient({ transport, isWrite })
    await call('study.record', { title: '讲话', studiedOn: '2026-11-30' })
    expect(sent[0].idempotencyKey).toBeDefined()
    expect(isIdempotencyKey(sent[0].idempotencyKey as string)).toBe(true)
  })

  it('sends the key it was given, so a retry of the same submission reuses it', async () => {
    const { transport, sent } = recording(() => ({ ok: true, data: {} }))
    const call = createClient({ transport, isWrite })
    await call('study.withdraw', { id: 'r1' }, { idempotencyKey: 'attempt-0001' })
    await call('study.withdraw', { id: 'r1' }, { idempotencyKey: 'attempt-0001' })
    expect(sent.map((r) => r.idempotencyKey)).toEqual(['attempt-0001', 'attempt-0001'])
  })

  it('makes a fresh key for each write called without one', async () => {
    const { transport, sent } = recording(() => ({ ok: true, data: {} }))
    const call = createClient({ transport, isWrite })
    await call('speech.save', { title: 'a', date: '2026-11-01', source: 'b' })
    await call('speech.save', { title: 'a', date: '2026-11-01', source: 'b' })
    expect(sent[0].idempotencyKey).not.toEqual(sent[1].idempotencyKey)
  })

  it('sends no key with a read', async () => {
    const { transport, sent } = recording(() => ({ ok: true, data: { items: [], total: 0 } }))
    const call = createClient({ transport, isWrite })
    await call('speech.search', { q: '讲话' })
    expect(sent[0]).toEqual({ action: 'speech.search', input: { q: '讲话' } })
  })

  it('new keys are distinct and well formed', () => {
    const keys = new Set(Array.from({ length: 500 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(500)
    keys.forEach((k) => expect(isIdempotencyKey(k)).toBe(true))
  })
})

describe('api client: responses and errors', () => {
  it('resolves with the data of a success', async () => {
    const call = createClient({ transport: async () => ({ ok: true, data: { now: 'x' } }), isWrite })
    await expect(call('system.ping', {})).resolves.toEqual({ now: 'x' })
  })

  it('rejects with the failure’s code, message, field and rows', async () => {
    const rows = [{ row: 2, column: '手机号', message: '手机号不能为空' }]
    const call = createClient({
      transport: async () => ({ ok: false, code: 'ROSTER.IMPORT_INVALID', message: '名册有误', field: 'storageKey', rows }),
      isWrite
    })
    const error = await call('roster.import.start', { fileName: 'a.csv', storageKey: 'imports/p1/a.csv' }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'ROSTER.IMPORT_INVALID', message: '名册有误', field: 'storageKey', rows })
  })

  it('maps a transport that throws to NETWORK with the Chinese message', async () => {
    const call = createClient({
      transport: async () => {
        throw new Error('request:fail timeout')
      },
      isWrite
    })
    await expect(call('study.month', {})).rejects.toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE })
  })

  it('tells the failure handler about UNAUTHENTICATED before rejecting', async () => {
    const seen: string[] = []
    const call = createClient({
      transport: async () => ({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' }),
      isWrite,
      onFailure: (e, name) => seen.push(`${name}:${e.code}`)
    })
    await expect(call('me.get', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(seen).toEqual(['me.get:UNAUTHENTICATED'])
  })

  it('treats a body it cannot read as an internal error, never as data', () => {
    expect(() => unwrapResponse('<html>502</html>')).toThrow(ApiError)
    expect(() => unwrapResponse({ data: 1 })).toThrow('服务器返回了无法识别的结果')
  })
})
