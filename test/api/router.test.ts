import type { Failure } from '../../src/core/contract'
import { dataOf, makeWorld } from './world'

type Month = { count: number; quota: number; records: { id: string; title: string }[] }

const failure = (r: unknown) => r as Failure

describe('router: identity', () => {
  it('refuses an anonymous caller with a Chinese message', async () => {
    const w = await makeWorld()
    expect(await w.call({ kind: 'anonymous' }, 'me.get', {})).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  })

  it('asks an unknown WeChat user to bind first', async () => {
    const w = await makeWorld()
    const r = failure(await w.call({ kind: 'openId', openId: 'o-new' }, 'me.get', {}))
    expect([r.code, r.message]).toEqual(['NOT_BOUND', '请先绑定身份'])
  })

  it('binds a WeChat user with name, phone and the one-time code the admin issued, once', async () => {
    const w = await makeWorld()
    const issued = dataOf<{ code: string }>(await w.as(w.people.admin)('roster.codes.issue', { personId: w.people.cadre.id }))
    const wechat = { kind: 'openId', openId: 'o-cadre' } as const
    const bound = await w.call(wechat, 'auth.bind', { name: w.people.cadre.name, phone: w.people.cadre.phone, code: issued.code })
    expect(dataOf<{ person: { id: string; bound: boolean } }>(bound).person).toMatchObject({ id: w.people.cadre.id, bound: true })
    expect(dataOf<{ person: { id: string } }>(await w.call(wechat, 'me.get', {})).person.id).toBe(w.people.cadre.id)
    // The code is one-time: another WeChat account cannot reuse it.
    const again = failure(
      await w.call({ kind: 'openId', openId: 'o-thief' }, 'auth.bind', {
        name: w.people.cadre.name,
        phone: w.people.cadre.phone,
        code: issued.code
      })
    )
    expect(again.code).toBe('AUTH.BAD_CODE')
  })

  it('refuses a bind with a wrong code and names the code field', async () => {
    const w = await makeWorld()
    const r = failure(
      await w.call({ kind: 'openId', openId: 'o1' }, 'auth.bind', {
        name: w.people.cadre.name,
        phone: w.people.cadre.phone,
        code: '000000'
      })
    )
    expect([r.code, r.field]).toEqual(['AUTH.BAD_CODE', 'code'])
  })

  it('takes the caller from the platform, never from the payload', async () => {
    const w = await makeWorld()
    await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-20', personId: w.people.districtLeader.id })
    expect(dataOf<Month>(await w.as(w.people.districtLeader)('study.month', {})).count).toBe(0)
    expect(dataOf<Month>(await w.as(w.people.cadre)('study.month', {})).count).toBe(1)
  })

  it('refuses a deactivated person', async () => {
    const w = await makeWorld()
    await w.store.people.update({ ...w.people.cadre, active: false })
    expect(failure(await w.as(w.people.cadre)('me.get', {})).code).toBe('FORBIDDEN')
  })
})

describe('router: validation and errors', () => {
  it('answers an unknown action with NOT_FOUND', async () => {
    const w = await makeWorld()
    expect(failure(await w.handle({ action: 'nope' }, { kind: 'person', personId: w.people.cadre.id })).code).toBe('NOT_FOUND')
  })

  it('names the field of a malformed date', async () => {
    const w = await makeWorld()
    const r = failure(await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026/11/20' }))
    expect([r.code, r.field]).toEqual(['VALIDATION', 'studiedOn'])
  })

  it('refuses a study date in the future, judged in China time', async () => {
    const w = await makeWorld({ now: '2026-11-20T15:30:00Z' }) // 23:30 in Beijing
    const r = failure(await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-21' }))
    expect([r.code, r.field, r.message]).toEqual(['VALIDATION', 'studiedOn', '学习日期不能晚于今天'])
    w.setNow('2026-11-20T16:30:00Z') // 00:30 on the 21st in Beijing
    expect((await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-21' })).ok).toBe(true)
  })

  it('requires an idempotency key on writes', async () => {
    const w = await makeWorld()
    const r = failure(
      await w.handle(
        { action: 'study.record', input: { title: '学习', studiedOn: '2026-11-20' } },
        { kind: 'person', personId: w.people.cadre.id }
      )
    )
    expect([r.code, r.field]).toEqual(['VALIDATION', 'idempotencyKey'])
  })

  it('maps an unexpected failure to INTERNAL without leaking details', async () => {
    const w = await makeWorld()
    w.store.studies.listByPersonMonth = async () => {
      throw new Error('disk on fire at /var/lib/secret')
    }
    const r = await w.as(w.people.cadre)('study.month', {})
    expect(r).toEqual({ ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' })
  })
})

describe('router: writes', () => {
  it('records once when the same idempotency key is sent twice', async () => {
    const w = await makeWorld()
    const cadre = w.as(w.people.cadre)
    const first = dataOf<{ id: string }>(
      await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-19' }, 'retry-key-001')
    )
    const second = dataOf<{ id: string }>(
      await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-19' }, 'retry-key-001')
    )
    expect(second.id).toBe(first.id)
    expect(dataOf<Month>(await cadre('study.month', {})).count).toBe(1)
  })

  it('counts the same speech studied again with a new key (反复学习研读)', async () => {
    const w = await makeWorld()
    const cadre = w.as(w.people.cadre)
    await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-19' })
    await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-11-20' })
    const month = dataOf<Month>(await cadre('study.month', {}))
    expect([month.count, month.quota]).toEqual([2, 5])
    expect(month.records.map((r) => r.title)).toEqual([
      '在二十届中央政治局第一次集体学习时的讲话',
      '在二十届中央政治局第一次集体学习时的讲话'
    ])
  })

  it('writes nothing when a write fails halfway', async () => {
    const w = await makeWorld()
    const realTransaction = w.store.transaction.bind(w.store)
    // The record is inserted first, then the audit entry fails: the insert must not survive.
    w.store.transaction = (fn) =>
      realTransaction((tx) =>
        fn({
          ...tx,
          audit: {
            ...tx.audit,
            append: async () => {
              throw new Error('audit down')
            }
          }
        })
      )
    const r = await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-20' })
    expect(r.ok).toBe(false)
    expect((await w.store.studies.listByPersonMonth(w.people.cadre.id, '2026-11')).length).toBe(0)
  })

  it('withdraws only the caller’s own record, and only during its month', async () => {
    const w = await makeWorld()
    const rec = dataOf<{ id: string }>(await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-20' }))
    expect(failure(await w.as(w.people.districtLeader)('study.withdraw', { id: rec.id })).code).toBe('NOT_FOUND')
    w.setNow('2026-12-01T02:00:00Z')
    expect(failure(await w.as(w.people.cadre)('study.withdraw', { id: rec.id })).code).toBe('STUDY.WITHDRAW_CLOSED')
    w.setNow('2026-11-25T02:00:00Z')
    expect((await w.as(w.people.cadre)('study.withdraw', { id: rec.id, reason: '记错了' })).ok).toBe(true)
    expect(dataOf<Month>(await w.as(w.people.cadre)('study.month', {})).count).toBe(0)
    const trail = await w.store.audit.listByEntity('study', rec.id)
    expect(trail.map((e) => e.action)).toEqual(['create', 'withdraw'])
  })
})

describe('router: unit views', () => {
  type Table = { unitId: string; rows: { name: string; counts: { study?: number }; studyMet: boolean }[] }

  it('shows a secretary their own unit’s cadres with this month’s count, in roster order', async () => {
    const w = await makeWorld()
    await w.as(w.people.cadre)('study.record', { title: '学习', studiedOn: '2026-11-20' })
    const view = dataOf<Table>(await w.as(w.people.unitSecretary)('unit.methodsOverview', {}))
    expect(view.unitId).toBe('unitA')
    expect(view.rows.map((r) => [r.name, r.counts.study, r.studyMet])).toEqual([
      [w.people.cadre.name, 1, false],
      [w.people.districtLeader.name, 0, false]
    ])
  })

  it('keeps a unit leader out of another unit', async () => {
    const w = await makeWorld()
    expect(failure(await w.as(w.people.unitLeader)('unit.methodsOverview', { unitId: 'unitB' })).code).toBe('FORBIDDEN')
  })

  it('lets the admin open any unit', async () => {
    const w = await makeWorld()
    const view = dataOf<Table>(await w.as(w.people.admin)('unit.methodsOverview', { unitId: 'unitB' }))
    expect(view.rows.map((r) => r.name)).toEqual(['外单位干部'])
  })
})
