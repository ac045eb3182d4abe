import { nameSortKey, byAdminOrder, inAdminOrder, moveInOrder, nextOrder, unitsInAreaOrder } from '../../src/core/rules/order'

const area = (id: string, name: string, order?: number) => (order === undefined ? { id, name } : { id, name, order })

describe('the admin order of areas and units', () => {
  it('sorts records saved before the order existed by name, numerals read as numbers', () => {
    const names = inAdminOrder([area('b', '第二片区'), area('c', '第三片区'), area('t', '第十片区'), area('a', '第一片区')])
    // By code point 第三 (三 U+4E09) came before 第二 (二 U+4E8C): the order SQLite's ORDER BY name gave.
    expect(names.map((a) => a.name)).toEqual(['第一片区', '第二片区', '第三片区', '第十片区'])
    expect(nameSortKey('第二十三片区')).toBe('第023片区')
    // Other characters keep code-point order (乙 U+4E59 before 甲 U+7532), as before.
    expect(inAdminOrder([area('x', '甲局'), area('y', '乙局')]).map((a) => a.id)).toEqual(['y', 'x'])
  })

  it('puts records with a position first, by position, then the rest by name', () => {
    const list = inAdminOrder([
      area('x', '甲', undefined),
      area('c', '第三片区', 2),
      area('b', '第二片区', 1),
      area('a', '第一片区', 0)
    ])
    expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c', 'x'])
  })

  it('breaks a tie of position and name by id, so the order is total', () => {
    expect(byAdminOrder(area('b', '同名', 1), area('a', '同名', 1))).toBeGreaterThan(0)
    expect(byAdminOrder(area('a', '同名'), area('a', '同名'))).toBe(0)
  })

  it('moves 第三片区 above 第二片区 and gives every area a position', () => {
    const areas = [area('a', '第一片区'), area('b', '第二片区'), area('c', '第三片区')]
    const changes = moveInOrder(areas, 'c', 'up')
    expect(changes.map((c) => [c.item.id, c.order])).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 2]
    ])
  })

  it('writes only the positions that change, and nothing at either end', () => {
    const areas = [area('a', '一', 0), area('b', '二', 1), area('c', '三', 2)]
    expect(moveInOrder(areas, 'c', 'up').map((c) => [c.item.id, c.order])).toEqual([
      ['c', 1],
      ['b', 2]
    ])
    expect(moveInOrder(areas, 'a', 'up')).toEqual([])
    expect(moveInOrder(areas, 'c', 'down')).toEqual([])
  })

  it('refuses to move a record that is not among the siblings', () => {
    expect(() => moveInOrder([area('a', '一')], 'z', 'down')).toThrow('not among')
  })

  it('adds a new record at the end once every sibling has a position, and leaves it unplaced before', () => {
    expect(nextOrder([])).toBe(0)
    expect(nextOrder([area('a', '一', 0), area('b', '二', 4)])).toBe(5)
    expect(nextOrder([area('a', '一', 0), area('b', '二')])).toBeUndefined()
  })

  it('lists units by their area’s position, then their own', () => {
    const areas = [area('a2', '第二片区', 1), area('a1', '第一片区', 0)]
    const units = [
      { id: 'u1', name: '乙局', areaId: 'a2' },
      { id: 'u2', name: '甲局', areaId: 'a1', order: 1 },
      { id: 'u3', name: '丙局', areaId: 'a1', order: 0 },
      { id: 'u4', name: '丁局', areaId: 'gone' }
    ]
    expect(unitsInAreaOrder(units, areas).map((u) => u.id)).toEqual(['u3', 'u2', 'u1', 'u4'])
  })
})
