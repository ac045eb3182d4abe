import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import type { Failure } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { dataOf, makeWorld } from './world'

// Wrong one-time codes are limited on both runtimes: the attempt state is written on the code
// document and must survive the failed transaction that counted it.

const failure = (r: unknown) => r as Failure
type Status = { outstandingUntil: string | null; voided: boolean; recentFailures: number; lockedUntil: string | null }

describe.each<[string, () => Store]>([
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
])('one-time code attempts on %s', (_name, makeStore) => {
  // 2026-11-20 10:00 in Beijing.
  const world = (demoMode = false) => makeWorld({ store: makeStore(), now: '2026-11-20T02:00:00Z', demoMode })
  type World = Awaited<ReturnType<typeof world>>

  const issue = async (w: World, person: Person) =>
    dataOf<{ code: string }>(await w.as(w.people.admin)('roster.codes.issue', { personId: person.id })).code
  const status = async (w: World, person: Person) =>
    dataOf<Status>(await w.as(w.people.admin)('roster.codes.status', { personId: person.id }))
  let wechat = 0
  const bind = (w: World, person: Person, code: string, openId = `o-${++wechat}`) =>
    w.call({ kind: 'openId', openId }, 'auth.bind', { name: person.name, phone: person.phone, code }).then(failure)
  const wrong = (code: string) => (code === '000000' ? '111111' : '000000')

  it('voids a code after five wrong tries: even the right code is then refused until the admin issues a new one', async () => {
    const w = await world()
    const cadre = w.people.cadre
    const code = await issue(w, cadre)
    for (let i = 0; i < 3; i++) expect((await bind(w, cadre, wrong(code))).message).toMatch(/手机号或验证码不正确/)
    // Far enough apart that no lock-out is involved: the code itself has run out of tries.
    w.setNow('2026-11-20T02:20:00Z')
    expect((await bind(w, cadre, wrong(code))).code).toBe('AUTH.BAD_CODE')
    const fifth = await bind(w, cadre, wrong(code))
    expect([fifth.code, fifth.field, fifth.message]).toEqual([
      'AUTH.BAD_CODE',
      'code',
      '验证码错误次数过多，已作废，请联系区委宣传部管理员重新发放'
    ])
    expect((await bind(w, cadre, code)).message).toMatch(/已作废/)
    expect(await status(w, cadre)).toMatchObject({ voided: true, outstandingUntil: null })
    const fresh = await issue(w, cadre)
    expect(await bind(w, cadre, fresh)).toMatchObject({ ok: true })
  })

  it('locks a person out for 15 minutes after five failures within 15 minutes, and says until when', async () => {
    const w = await world()
    const cadre = w.people.cadre
    for (let i = 0; i < 3; i++) await bind(w, cadre, '000000')
    const code = await issue(w, cadre)
    await bind(w, cadre, wrong(code))
    const fifth = await bind(w, cadre, wrong(code))
    expect([fifth.code, fifth.field, fifth.message]).toEqual(['AUTH.LOCKED', 'code', '验证失败次数过多，请于 10:15 后再试'])
    expect(await status(w, cadre)).toMatchObject({ lockedUntil: '2026-11-20T02:15:00.000Z', recentFailures: 5, voided: false })
    w.setNow('2026-11-20T02:14:59Z')
    expect((await bind(w, cadre, code)).code).toBe('AUTH.LOCKED')
    w.setNow('2026-11-20T02:15:01Z')
    expect(await bind(w, cadre, code)).toMatchObject({ ok: true })
  })

  it('clears the failures on a correct code, and logs every failure for the admin', async () => {
    const w = await world()
    const cadre = w.people.cadre
    const code = await issue(w, cadre)
    for (let i = 0; i < 4; i++) await bind(w, cadre, wrong(code))
    expect(await status(w, cadre)).toMatchObject({ recentFailures: 4, lockedUntil: null, voided: false })
    const failed = (await w.store.audit.listByEntity('person', cadre.id)).filter((e) => e.action === 'code-failed')
    expect(failed).toHaveLength(4)
    // Same instant for all four (a fixed clock), so compare as a set.
    expect(failed.map((e) => (e.after as { attempts: number }).attempts).sort()).toEqual([1, 2, 3, 4])
    expect(failed.every((e) => e.actorId === 'system' && e.entity === 'person')).toBe(true)
    expect(await bind(w, cadre, code)).toMatchObject({ ok: true })
    expect(await status(w, cadre)).toEqual({ outstandingUntil: null, voided: false, recentFailures: 0, lockedUntil: null })
  })

  it('counts concurrent wrong tries one by one: every try told "wrong" is counted, the others learn nothing', async () => {
    const w = await world()
    const cadre = w.people.cadre
    const code = await issue(w, cadre)
    const answers = await Promise.all([1, 2, 3].map(() => bind(w, cadre, wrong(code))))
    // On CloudBase a transaction that keeps meeting others' writes gives up after its reruns and
    // answers "busy" without saying whether the code was right; the counter misses only those.
    for (const answer of answers) expect(['AUTH.BAD_CODE', 'CONFLICT']).toContain(answer.code)
    const told = answers.filter((answer) => answer.code === 'AUTH.BAD_CODE').length
    expect(told).toBeGreaterThanOrEqual(1)
    expect((await status(w, cadre)).recentFailures).toBe(told)
  })

  it('answers an unknown phone exactly as a wrong code', async () => {
    const w = await world()
    const cadre = w.people.cadre
    await issue(w, cadre)
    const unknown = await bind(w, { ...cadre, phone: '13912345678' }, '000000')
    expect(unknown).toEqual(await bind(w, cadre, '000000'))
  })

  it('accepts the demo code only from demo people, and only in demo mode', async () => {
    const demo = await world(true)
    const imported = demo.people.cadre
    expect((await bind(demo, imported, '123456')).code).toBe('AUTH.BAD_CODE')
    await demo.store.people.update({ ...demo.people.otherCadre, demo: true })
    expect(await bind(demo, demo.people.otherCadre, '123456')).toMatchObject({ ok: true })
    const off = await world(false)
    await off.store.people.update({ ...off.people.otherCadre, demo: true })
    expect((await bind(off, off.people.otherCadre, '123456')).code).toBe('AUTH.BAD_CODE')
  })
})
