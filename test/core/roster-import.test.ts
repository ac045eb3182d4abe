import { batchesOf, isOwnImportKey, validateRosterRows } from '../../src/core/rules/roster-import'

const UNITS = [{ id: 'u1', name: '区教育局' }]
const HEADER = ['姓名', '手机号', '单位', '职务', '角色']
const check = (rows: string[][], header = HEADER) => validateRosterRows([header, ...rows], UNITS, new Map())

describe('roster rows', () => {
  it('gives a person with an empty 角色 cell, or no 角色 column at all, the cadre role', () => {
    expect(check([['王明', '13912345678', '区教育局', '科员', '']]).rows[0].roles).toEqual(['cadre'])
    const noRoles = check([['王明', '13912345678', '区教育局', '科员']], HEADER.slice(0, 4))
    expect(noRoles).toEqual({
      rows: [{ row: 2, name: '王明', phone: '13912345678', unitId: 'u1', position: '科员', roles: ['cadre'] }],
      errors: []
    })
  })

  it('strips control and bidi characters from every cell, as the forms do', () => {
    const r = check([['王\u202E明', '13912345678\u0000', '区教育局\u2066', '科\u007f员', '']])
    expect(r.errors).toEqual([])
    expect(r.rows[0]).toMatchObject({ name: '王明', phone: '13912345678', unitId: 'u1', position: '科员' })
  })

  it('skips blank lines but keeps counting rows, so errors name the line the user sees', () => {
    const r = check([
      ['王明', '13912345678', '区教育局', '科员', ''],
      ['', '  ', '', '', ''],
      [],
      ['李华', '139', '区教育局', '科员', '']
    ])
    expect(r.rows.map((x) => x.row)).toEqual([2])
    expect(r.errors).toEqual([{ row: 5, column: '手机号', message: '手机号“139”格式不对，应为11位手机号码' }])
  })

  it('says so when the file holds only headers and blank lines', () => {
    expect(check([['', '', '', '', '']]).errors).toEqual([{ row: 2, column: '姓名', message: '文件中没有人员数据' }])
  })

  it('takes names up to 20 characters and positions up to 40, and names the cell past that', () => {
    const ok = check([['名'.repeat(20), '13912345678', '区教育局', '职'.repeat(40), '']])
    expect(ok.errors).toEqual([])
    const long = check([['名'.repeat(21), '13912345678', '区教育局', '职'.repeat(41), '']])
    expect(long.errors).toEqual([
      { row: 2, column: '姓名', message: '姓名不能超过20个字' },
      { row: 2, column: '职务', message: '职务不能超过40个字' }
    ])
    expect(long.rows).toEqual([])
  })

  it('asks for the unit when its cell is empty, and for the position likewise', () => {
    expect(check([['王明', '13912345678', '', '', '']]).errors).toEqual([
      { row: 2, column: '单位', message: '单位不能为空' },
      { row: 2, column: '职务', message: '职务不能为空' }
    ])
  })
})

describe('import storage keys', () => {
  it("accepts only a plain file directly in the caller's own import folder", () => {
    expect(isOwnImportKey('imports/p1/abc-123.csv', 'p1')).toBe(true)
    expect(isOwnImportKey('cloud://env-1.7465-env-1-1300/imports/p1/abc.xlsx', 'p1')).toBe(true)
    expect(isOwnImportKey('imports/p2/abc.csv', 'p1')).toBe(false)
    expect(isOwnImportKey('imports/p1/../p2/abc.csv', 'p1')).toBe(false)
    expect(isOwnImportKey('imports/p1/sub/abc.csv', 'p1')).toBe(false)
    expect(isOwnImportKey('imports/p1/..', 'p1')).toBe(false)
    expect(isOwnImportKey('imports/p1/', 'p1')).toBe(false)
    expect(isOwnImportKey('imports/p10/abc.csv', 'p1')).toBe(false)
    expect(isOwnImportKey('uploads/p1/abc.csv', 'p1')).toBe(false)
    expect(isOwnImportKey('cloud://env/x/imports/p1/abc.csv', 'p1')).toBe(false)
  })

  it('cuts people into batches in file order', () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(batchesOf([], 2)).toEqual([])
  })
})
