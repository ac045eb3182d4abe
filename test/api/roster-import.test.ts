import ExcelJS from 'exceljs'
import type { Failure, ImportJobView } from '../../src/core/contract'
import { FakeCloudbase } from '../store/cloudbase-fake'
import type { FakeTransaction } from '../store/cloudbase-fake-tx'
import { ENGINES, HEADER, makeImportWorld, phoneOf, rosterCsv } from './import.world'
import { dataOf } from './world'

type World = Awaited<ReturnType<typeof makeImportWorld>>

/** Uploads and starts; the job's view. */
async function start(w: World, csv: string | Buffer, name = '名册.csv'): Promise<ImportJobView> {
  return dataOf<ImportJobView>(await w.call('roster.import.start', { fileName: name, storageKey: w.upload(name, csv) }))
}

const step = async (w: World, jobId: string, key?: string): Promise<ImportJobView> =>
  dataOf<ImportJobView>(await w.call('roster.import.step', { jobId }, key))

/** How many people of unitB anyone can see: the list, the counts and login all agree. */
async function visibleInUnitB(w: World): Promise<number> {
  const listed = (await w.store.people.search({ unitId: 'unitB', offset: 0, limit: 1 })).total
  expect((await w.store.people.countByUnit()).get('unitB') ?? 0).toBe(listed)
  expect((await w.store.people.listByUnit('unitB')).length).toBe(listed)
  return listed
}

describe.each(ENGINES)('roster import as a job (%s)', (_engine, makeStore) => {
  it('reports every bad row by row and column and imports nothing', async () => {
    const w = await makeImportWorld(makeStore)
    const csv = [
      HEADER,
      '王明,13912345678,区发展和改革局,副局长,党员领导干部',
      ',1391234567,区发展和改革局,科长,',
      '李华,13912345678,不存在的局,科长,cadre',
      '赵强,13900000001,区教育局,局长,老板'
    ].join('\n')
    const key = w.upload('名册.csv', csv)
    const r = (await w.call('roster.import.start', { fileName: '名册.csv', storageKey: key })) as Failure
    expect(r.code).toBe('ROSTER.IMPORT_INVALID')
    expect(r.rows).toEqual([
      { row: 3, column: '姓名', message: '姓名不能为空' },
      { row: 3, column: '手机号', message: '手机号“1391234567”格式不对，应为11位手机号码' },
      { row: 4, column: '手机号', message: '手机号与第2行重复' },
      { row: 4, column: '单位', message: '没有名为“不存在的局”的单位，请先在单位管理中添加' },
      { row: 5, column: '手机号', message: '手机号已在名册中（测试1）' },
      { row: 5, column: '角色', message: '不认识的角色“老板”' }
    ])
    expect(await w.store.people.listByPhones(['13912345678'])).toEqual([])
    expect(dataOf(await w.call('roster.import.status', {}))).toEqual({ job: null })
    expect(w.stored(key)).toBe(false) // a refused file does not linger
  })

  it('imports a clean .csv with a BOM and quoted fields', async () => {
    const w = await makeImportWorld(makeStore)
    const csv = '\uFEFF姓名,手机号,单位,职务,角色\n王明,13912345678,区发展和改革局,"副局长,党组成员","党员领导干部、区级领导"\n'
    const job = await start(w, csv)
    expect(job).toMatchObject({ status: 'writing', total: 1, written: 0 })
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', total: 1, written: 1 })
    expect(await w.store.people.getByPhone('13912345678')).toMatchObject({
      position: '副局长,党组成员',
      roles: ['cadre', 'districtLeader']
    })
  })

  it('imports an .xlsx sheet', async () => {
    const w = await makeImportWorld(makeStore)
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('名册')
    sheet.addRow(['姓名', '手机号', '单位', '职务', '角色'])
    sheet.addRow(['陈静', '13812345670', '区教育局', '副局长', ''])
    sheet.addRow(['周涛', 13812345671, '区教育局', '办公室主任', '单位记录员'])
    const job = await start(w, Buffer.from(await book.xlsx.writeBuffer()), '名册.xlsx')
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', written: 2 })
    expect(await w.store.people.getByPhone('13812345671')).toMatchObject({ name: '周涛', roles: ['unitSecretary'] })
  })

  it('refuses a file with a missing column', async () => {
    const w = await makeImportWorld(makeStore)
    const r = (await w.call('roster.import.start', {
      fileName: 'a.csv',
      storageKey: w.upload('a.csv', '姓名,单位\n王明,区教育局')
    })) as Failure
    expect(r.rows).toEqual([
      { row: 1, column: '手机号', message: '缺少“手机号”列' },
      { row: 1, column: '职务', message: '缺少“职务”列' }
    ])
  })

  it('imports a 1,200-row file in steps, nobody visible until the last one commits', async () => {
    const w = await makeImportWorld(makeStore)
    const before = await visibleInUnitB(w)
    const job = await start(w, rosterCsv(1200))
    expect(job).toMatchObject({ status: 'writing', total: 1200, written: 0 })
    expect(await step(w, job.id)).toMatchObject({ status: 'writing', written: 500 })
    expect(await step(w, job.id)).toMatchObject({ status: 'writing', written: 1000 })
    expect(await visibleInUnitB(w)).toBe(before)
    expect(await w.store.people.getByPhone(phoneOf(0))).toBeNull()
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', written: 1200 })
    expect(await visibleInUnitB(w)).toBe(before + 1200)
    expect(await w.store.people.getByPhone(phoneOf(1199))).toMatchObject({ name: '导入1199', unitId: 'unitB', roles: ['cadre'] })
    // Done is done: another step changes nothing.
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', written: 1200 })
    expect(await visibleInUnitB(w)).toBe(before + 1200)
  })

  it('imports nothing from a 1,200-row file with one bad row', async () => {
    const w = await makeImportWorld(makeStore)
    const csv = rosterCsv(1200).replace(`导入700,${phoneOf(700)}`, `导入700,12345`)
    const r = (await w.call('roster.import.start', { fileName: 'a.csv', storageKey: w.upload('a.csv', csv) })) as Failure
    expect(r.rows).toEqual([{ row: 702, column: '手机号', message: '手机号“12345”格式不对，应为11位手机号码' }])
    expect(await w.store.people.listByPhones([phoneOf(0), phoneOf(1199)])).toEqual([])
    expect(dataOf(await w.call('roster.import.status', {}))).toEqual({ job: null })
  })

  it('leaves nobody visible when abandoned midway, shows the job on return, and completes when resumed', async () => {
    const w = await makeImportWorld(makeStore)
    const before = await visibleInUnitB(w)
    const job = await start(w, rosterCsv(1200))
    await step(w, job.id)
    // The page was closed here. Nobody of the file is listed, counted, or can be found to log in.
    expect(await visibleInUnitB(w)).toBe(before)
    expect(await w.store.people.getByPhone(phoneOf(10))).toBeNull()
    expect((await w.store.people.search({ q: phoneOf(10), offset: 0, limit: 10 })).total).toBe(0)
    // Back on the page: the unfinished job, and a second import is refused until it is settled.
    expect(dataOf(await w.call('roster.import.status', {}))).toEqual({ job: { ...job, written: 500 } })
    const again = (await w.call('roster.import.start', {
      fileName: 'b.csv',
      storageKey: w.upload('b.csv', rosterCsv(1, 5000))
    })) as Failure
    expect(again).toMatchObject({ code: 'CONFLICT', message: '还有一次未完成的导入（名册.csv），请先继续或放弃它' })
    // 继续
    await step(w, job.id)
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', written: 1200 })
    expect(await visibleInUnitB(w)).toBe(before + 1200)
    expect(dataOf(await w.call('roster.import.status', {}))).toEqual({ job: null })
  })

  it('discard deletes the hidden people, frees their phones, and cannot undo a finished import', async () => {
    const w = await makeImportWorld(makeStore)
    const before = await visibleInUnitB(w)
    const job = await start(w, rosterCsv(1200))
    await step(w, job.id)
    expect(dataOf(await w.call('roster.import.discard', { jobId: job.id }))).toMatchObject({ status: 'discarded', written: 500 })
    expect(await w.store.people.listByPhones([phoneOf(0), phoneOf(499)])).toEqual([])
    expect(await visibleInUnitB(w)).toBe(before)
    expect(await step(w, job.id)).toMatchObject({ status: 'discarded' })
    // The same people import cleanly afterwards.
    const next = await start(w, rosterCsv(3))
    expect(await step(w, next.id)).toMatchObject({ status: 'committed', written: 3 })
    const r = (await w.call('roster.import.discard', { jobId: next.id })) as Failure
    expect(r).toMatchObject({ code: 'CONFLICT', message: '这次导入已完成，不能放弃' })
    expect(await visibleInUnitB(w)).toBe(before + 3)
  })

  it("refuses a storage key outside the caller's own import folder", async () => {
    const w = await makeImportWorld(makeStore)
    const theirs = w.upload('a.csv', rosterCsv(2), 'p-other')
    for (const storageKey of [
      theirs,
      `imports/${w.admin.id}/../p-other/a.csv`,
      `uploads/${w.admin.id}/a.csv`,
      `cloud://env.bucket/imports/p-other/a.csv`,
      `cloud://env.bucket/x/imports/${w.admin.id}/a.csv`
    ]) {
      const r = (await w.call('roster.import.start', { fileName: 'a.csv', storageKey })) as Failure
      expect(r).toMatchObject({ code: 'FORBIDDEN', field: 'storageKey' })
    }
    expect(await w.store.people.listByPhones([phoneOf(0)])).toEqual([])
  })

  it('a retried step (same key, or a fresh key after a lost answer) writes nobody twice', async () => {
    const w = await makeImportWorld(makeStore)
    const before = await visibleInUnitB(w)
    const job = await start(w, rosterCsv(1200))
    const first = await step(w, job.id, 'retry-key-1')
    expect(await step(w, job.id, 'retry-key-1')).toEqual(first)
    await step(w, job.id)
    await step(w, job.id)
    expect(await visibleInUnitB(w)).toBe(before + 1200)
  })

  it('names the phone someone took after the import started, and writes nothing of that batch visibly', async () => {
    const w = await makeImportWorld(makeStore)
    const job = await start(w, rosterCsv(600))
    await step(w, job.id)
    await w.store.people.insert({ ...w.people.cadre, id: 'late', name: '后来者', phone: phoneOf(550) })
    const r = (await w.call('roster.import.step', { jobId: job.id })) as Failure
    expect(r).toMatchObject({ code: 'CONFLICT', field: 'jobId' })
    expect(r.message).toContain(`手机号${phoneOf(550)}在导入开始后已被“后来者”使用`)
    expect(await w.store.people.getByPhone(phoneOf(0))).toBeNull()
    expect(dataOf(await w.call('roster.import.discard', { jobId: job.id }))).toMatchObject({ status: 'discarded' })
    expect(await w.store.people.listByPhones([phoneOf(0), phoneOf(599)])).toEqual([])
  })
})

/** A fake whose transactions fail on their first write of an import job: a step timing out after its bulk insert. */
class FlakyJobWrites extends FakeCloudbase {
  failures = 0
  override runTransaction(fn: (tx: FakeTransaction) => Promise<unknown>, times?: number): Promise<unknown> {
    return super.runTransaction((tx) => fn(this.flaky(tx)), times)
  }

  private flaky(tx: FakeTransaction): FakeTransaction {
    const collection = (name: string) => {
      const coll = tx.collection(name)
      if (name !== 'import_jobs' || this.failures === 0) return coll
      return {
        doc: (id: string) => ({
          ...coll.doc(id),
          set: async () => {
            this.failures--
            throw new Error('function timed out')
          }
        })
      }
    }
    // Only collection() is what the adapter calls on a transaction.
    return { state: tx.state, collection } as unknown as FakeTransaction
  }
}

describe('roster import on CloudBase: a step rerun after its transaction failed', () => {
  it('skips the people its first run already inserted outside the transaction', async () => {
    const db = new FlakyJobWrites()
    const w = await makeImportWorld(ENGINES[1][1], db)
    const job = await start(w, rosterCsv(1200))
    db.failures = 1
    expect(await w.call('roster.import.step', { jobId: job.id })).toMatchObject({ ok: false, code: 'INTERNAL' })
    // The bulk insert landed (hidden) although the job did not advance.
    expect([...db.table('people').values()].filter((d) => d.pendingImport === job.id)).toHaveLength(500)
    expect(await step(w, job.id)).toMatchObject({ written: 500 })
    expect([...db.table('people').values()].filter((d) => d.pendingImport === job.id)).toHaveLength(500)
    await step(w, job.id)
    expect(await step(w, job.id)).toMatchObject({ status: 'committed', written: 1200 })
    expect([...db.table('people').values()].filter((d) => String(d.phone).startsWith('137'))).toHaveLength(1200)
  })
})
