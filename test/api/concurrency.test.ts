import type { Failure, Result } from '../../src/core/contract'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { BUSY_MESSAGE } from '../../cloudfunctions/lib/adapters/cloudbase/store'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { xuexiId } from '../../cloudfunctions/lib/services/methods/methods.service'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { failure, makeObservationWorld, sheetInput, type View } from './observation.world'
import { dataOf, makeWorld } from './world'

// Invariants that two simultaneous requests must not break, through the router, on SQLite (writes
// serialised) and on the CloudBase fake (concurrent transactions with snapshot reads: a query
// inside a transaction reads committed data, so only ids and unique indexes can hold them).

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

const failures = (results: Array<Result<unknown>>): Failure[] => results.filter((r): r is Failure => !r.ok)

describe.each(STORES)('concurrent requests on %s', (_name, makeStore) => {
  it('keeps one 学习强国 report per person and month when two different reports arrive at once', async () => {
    const w = await makeWorld({ store: makeStore() })
    const cadre = w.as(w.people.cadre)
    const results = await Promise.all([
      cadre('xuexi.report', { month: '2026-11', note: '甲' }),
      cadre('xuexi.report', { month: '2026-11', note: '丙' })
    ])
    expect(failures(results)).toEqual([])
    const list = dataOf<{ items: Array<{ id: string }> }>(await cadre('record.list', { month: '2026-11', kind: 'xuexi' }))
    expect(list.items).toHaveLength(1)
  })

  it('lets only one of two simultaneous new areas of one name through, naming the field', async () => {
    const w = await makeWorld({ store: makeStore() })
    const admin = w.as(w.people.admin)
    const results = await Promise.all([
      admin('roster.areas.save', { name: '城南片区' }),
      admin('roster.areas.save', { name: '城南片区' })
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(failures(results).map((f) => [f.code, f.field, f.message])).toEqual([['CONFLICT', 'name', '已有名为“城南片区”的片区']])
    const areas = dataOf<{ items: Array<{ name: string }> }>(await admin('roster.areas.list', {}))
    expect(areas.items.filter((a) => a.name === '城南片区')).toHaveLength(1)
  })

  it('lets only one of two simultaneous units of one name through, naming the field', async () => {
    const w = await makeWorld({ store: makeStore() })
    const admin = w.as(w.people.admin)
    const unit = { name: '区卫健委', areaId: 'area1', kind: '党组', active: true }
    const renamed = { ...unit, id: 'unitB' }
    const results = await Promise.all([admin('roster.units.save', unit), admin('roster.units.save', renamed)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(failures(results).map((f) => [f.code, f.field, f.message])).toEqual([['CONFLICT', 'name', '已有名为“区卫健委”的单位']])
  })

  it('names the field when only the unique index catches a taken name (the check before missed it)', async () => {
    const base = makeStore()
    // The handlers' check lists committed names; make it miss them, as it misses a concurrent save's.
    const blind = <R extends Store['areas'] | Store['units']>(repo: R): R => ({ ...repo, list: async () => [] })
    const store: Store = {
      ...base,
      areas: blind(base.areas),
      units: blind(base.units),
      transaction: (fn) => base.transaction((tx) => fn({ ...tx, areas: blind(tx.areas), units: blind(tx.units) }))
    }
    const w = await makeWorld({ store })
    const admin = w.as(w.people.admin)
    const area = failure(await admin('roster.areas.save', { name: '城东片区' }))
    expect([area.code, area.field, area.message]).toEqual(['CONFLICT', 'name', '已有名为“城东片区”的片区'])
    const unit = failure(
      await admin('roster.units.save', { id: 'unitA', name: '区教育局', areaId: 'area1', kind: '党组', active: true })
    )
    expect([unit.code, unit.field, unit.message]).toEqual(['CONFLICT', 'name', '已有名为“区教育局”的单位'])
  })

  it('never lets a cancellation and a score both win', async () => {
    const w = await makeObservationWorld({ store: makeStore() })
    const planned = await w.planFixed()
    const [cancel, sheet] = await Promise.all([
      w.as(w.admin)('observe.cancel', { id: planned.id, reason: '单位临时有会' }),
      w.as(w.leader)('observe.sheet.submit', sheetInput(planned.id, 3))
    ])
    expect([cancel.ok, sheet.ok].filter(Boolean)).toHaveLength(1)
    const list = dataOf<{ items: View[] }>(await w.as(w.admin)('observe.plans.list', {}))
    const after = list.items.find((o) => o.id === planned.id)
    expect(after).toMatchObject(cancel.ok ? { status: 'cancelled', sheetCount: 0 } : { status: 'planned', sheetCount: 1 })
  })

  it('answers CONFLICT with a plain message, never INTERNAL, when many rename one area at once', async () => {
    const w = await makeWorld({ store: makeStore() })
    const admin = w.as(w.people.admin)
    const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((n) => `城东${n}片区`)
    const results = await Promise.all(names.map((name) => admin('roster.areas.save', { id: 'area1', name })))
    for (const f of failures(results)) expect([f.code, f.message]).toEqual(['CONFLICT', BUSY_MESSAGE])
    expect(results.some((r) => r.ok)).toBe(true)
  })
})

describe.each(STORES)('the 学习强国 report of a month on %s', (_name, makeStore) => {
  type Detail = { item: { id: string }; body: { details: { note: string | null } } }

  it('has an id from person and month; reporting again after withdrawing starts a new report in its place', async () => {
    const w = await makeWorld({ store: makeStore() })
    const cadre = w.as(w.people.cadre)
    const first = dataOf<Detail>(await cadre('xuexi.report', { month: '2026-11', note: '甲' }))
    expect(first.item.id).toBe(xuexiId(w.people.cadre.id, '2026-11'))
    dataOf(await cadre('record.withdraw', { id: first.item.id, reason: '填错了' }))
    const again = dataOf<Detail>(await cadre('xuexi.report', { month: '2026-11', note: '乙' }))
    expect([again.item.id, again.body.details.note]).toEqual([first.item.id, '乙'])
    const list = dataOf<{ items: Array<{ id: string }> }>(await cadre('record.list', { month: '2026-11', kind: 'xuexi' }))
    expect(list.items.map((i) => i.id)).toEqual([first.item.id])
  })

  it('still corrects a report stored before ids came from the month', async () => {
    // A report made in another world serves as the template of one stored under a random id.
    const template = await makeWorld({ store: makeStore() })
    const made = dataOf<Detail>(await template.as(template.people.cadre)('xuexi.report', { month: '2026-11', note: '甲' }))
    const stored = await template.store.methodRecords.get(made.item.id)
    if (!stored) throw new Error('not stored')
    const w = await makeWorld({ store: makeStore() })
    const cadre = w.as(w.people.cadre)
    await w.store.methodRecords.insert({ ...stored, id: 'legacy-xuexi-report' })
    const corrected = dataOf<Detail>(await cadre('xuexi.report', { month: '2026-11', note: '丙' }))
    expect([corrected.item.id, corrected.body.details.note]).toEqual(['legacy-xuexi-report', '丙'])
  })
})

describe('writes that read several documents inside one CloudBase transaction (one at a time)', () => {
  it('saves a group, plans several sessions, and saves a method record on the CloudBase fake', async () => {
    const w = await makeObservationWorld({ store: createCloudbaseStore(new FakeCloudbase()) })
    const a = await w.planSession('2026-11-25')
    const b = await w.planSession('2026-11-25', '09:00', '学习贯彻全会精神', w.otherSecretary)
    const plan = await w.as(w.admin)('observe.plan', {
      mode: 'special',
      theme: '学习贯彻全会精神',
      sessionIds: [a.item.id, b.item.id],
      groupId: w.group.id
    })
    expect(dataOf<{ items: View[] }>(plan).items).toHaveLength(2)
    const exchange = await w.as(w.people.cadre)('exchange.save', { date: '2026-11-15', occasion: '谈心', content: '谈心谈话' })
    expect(exchange.ok).toBe(true)
  })
})
