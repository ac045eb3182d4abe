import ExcelJS from 'exceljs'
import type { Failure } from '../../src/core/contract'
import { dataOf, makeWorld } from './world'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('roster import', () => {
  it('reports every bad row by row and column and imports nothing', async () => {
    const w = await makeWorld()
    const csv = [
      '姓名,手机号,单位,职务,角色',
      '王明,13912345678,区发展和改革局,副局长,党员领导干部',
      ',1391234567,区发展和改革局,科长,',
      '李华,13912345678,不存在的局,科长,cadre',
      '赵强,13900000001,区教育局,局长,老板'
    ].join('\n')
    const r = (await w.as(w.people.admin)('roster.import', { fileName: '名册.csv', contentBase64: b64(csv) })) as Failure
    expect(r.code).toBe('ROSTER.IMPORT_INVALID')
    expect(r.rows).toEqual([
      { row: 3, column: '姓名', message: '姓名不能为空' },
      { row: 3, column: '手机号', message: '手机号“1391234567”格式不对，应为11位手机号码' },
      { row: 4, column: '手机号', message: '手机号与第2行重复' },
      { row: 4, column: '单位', message: '没有名为“不存在的局”的单位，请先在单位管理中添加' },
      { row: 5, column: '手机号', message: '手机号已在名册中（测试1）' },
      { row: 5, column: '角色', message: '不认识的角色“老板”' }
    ])
    expect(await w.store.people.getByPhone('13912345678')).toBeNull()
  })

  it('imports a clean .csv with a BOM and quoted fields', async () => {
    const w = await makeWorld()
    const csv = '\uFEFF姓名,手机号,单位,职务,角色\n王明,13912345678,区发展和改革局,"副局长,党组成员","党员领导干部、区级领导"\n'
    expect(dataOf(await w.as(w.people.admin)('roster.import', { fileName: 'a.csv', contentBase64: b64(csv) }))).toEqual({
      created: 1
    })
    expect(await w.store.people.getByPhone('13912345678')).toMatchObject({
      position: '副局长,党组成员',
      roles: ['cadre', 'districtLeader']
    })
  })

  it('imports an .xlsx sheet', async () => {
    const w = await makeWorld()
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('名册')
    sheet.addRow(['姓名', '手机号', '单位', '职务', '角色'])
    sheet.addRow(['陈静', '13812345670', '区教育局', '副局长', ''])
    sheet.addRow(['周涛', 13812345671, '区教育局', '办公室主任', '单位记录员'])
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
    expect(dataOf(await w.as(w.people.admin)('roster.import', { fileName: '名册.xlsx', contentBase64: content }))).toEqual({
      created: 2
    })
    expect(await w.store.people.getByPhone('13812345671')).toMatchObject({ name: '周涛', roles: ['unitSecretary'] })
  })

  it('refuses a file with a missing column', async () => {
    const w = await makeWorld()
    const r = (await w.as(w.people.admin)('roster.import', {
      fileName: 'a.csv',
      contentBase64: b64('姓名,单位\n王明,区教育局')
    })) as Failure
    expect(r.rows).toEqual([
      { row: 1, column: '手机号', message: '缺少“手机号”列' },
      { row: 1, column: '职务', message: '缺少“职务”列' }
    ])
  })
})
