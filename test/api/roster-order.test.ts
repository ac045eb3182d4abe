import type { AreaView, UnitView } from '../../src/core/contract'
import { dataOf, makeWorld } from './world'

// Issue 13 item 7: the admin sets the order of areas and units; every list follows it.

const names = (r: { items: Array<{ name: string }> }) => r.items.map((x) => x.name)

async function district() {
  const w = await makeWorld()
  const admin = w.as(w.people.admin)
  for (const name of ['第三片区', '第二片区']) dataOf(await admin('roster.areas.save', { name }))
  const areas = dataOf<{ items: AreaView[] }>(await admin('roster.areas.list', {}))
  return { w, admin, areas: areas.items }
}

describe('the admin order of areas and units', () => {
  it('lists areas saved before the order by name with numerals read as numbers, then follows the moves', async () => {
    const { admin, areas } = await district()
    expect(areas.map((a) => a.name)).toEqual(['城东片区', '第二片区', '第三片区'])
    const second = areas[1]
    const moved = dataOf<{ items: AreaView[] }>(await admin('roster.areas.move', { id: second.id, direction: 'up' }))
    expect(names(moved)).toEqual(['第二片区', '城东片区', '第三片区'])
    expect(names(dataOf(await admin('roster.areas.list', {})))).toEqual(['第二片区', '城东片区', '第三片区'])
    // A new area goes to the end once every area has a place.
    dataOf(await admin('roster.areas.save', { name: '第一片区' }))
    expect(names(dataOf(await admin('roster.areas.list', {})))).toEqual(['第二片区', '城东片区', '第三片区', '第一片区'])
  })

  it('moves a unit among its area’s units; unit lists and the admin’s unit picker follow', async () => {
    const { admin } = await district()
    expect(names(dataOf(await admin('roster.units.list', {})))).toEqual(['区发展和改革局', '区教育局'])
    const units = dataOf<{ items: UnitView[] }>(await admin('roster.units.move', { id: 'unitB', direction: 'up' }))
    expect(names(units)).toEqual(['区教育局', '区发展和改革局'])
    expect(names(dataOf(await admin('unit.options', {})))).toEqual(['区教育局', '区发展和改革局'])
    // Moving the first one up changes nothing.
    expect(names(dataOf(await admin('roster.units.move', { id: 'unitB', direction: 'up' })))).toEqual([
      '区教育局',
      '区发展和改革局'
    ])
  })

  it('lists units by their area’s place: a unit of an area moved up comes first', async () => {
    const { admin, areas } = await district()
    const third = areas[2]
    const unit = dataOf<UnitView>(
      await admin('roster.units.save', { name: '区文旅局', areaId: third.id, kind: '党组', active: true })
    )
    expect(names(dataOf(await admin('roster.units.list', {})))).toEqual(['区发展和改革局', '区教育局', '区文旅局'])
    for (let i = 0; i < 2; i++) dataOf(await admin('roster.areas.move', { id: third.id, direction: 'up' }))
    expect(names(dataOf(await admin('roster.units.list', {})))).toEqual([unit.name, '区发展和改革局', '区教育局'])
  })

  it('names the field when the area or unit to move does not exist, and refuses everyone but the admin', async () => {
    const { w, admin } = await district()
    const missing = await admin('roster.areas.move', { id: 'nope', direction: 'up' })
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'id' })
    const bad = await admin('roster.units.move', { id: 'unitA', direction: 'left' })
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION', field: 'direction', message: '请选择上移或下移' })
    const cadre = await w.as(w.people.unitLeader)('roster.units.move', { id: 'unitA', direction: 'down' })
    expect(cadre).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
