import { DuplicateKeyError, type Store } from '../../../cloudfunctions/lib/ports/store.port'
import { id, makeArea, makeCode, makePerson, makeUnit, phone, tag } from '../fixtures'

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Areas, units, people, one-time codes. */
export function rosterContract(store: () => Store): void {
  describe('areas', () => {
    it('stores an area and reads it back by id; an unknown id reads as null', async () => {
      const area = makeArea()
      await store().areas.insert(area)
      expect(await store().areas.get(area.id)).toEqual(area)
      expect(await store().areas.get(id())).toBeNull()
    })

    it('replaces an area on update and lists areas by name', async () => {
      const t = tag()
      const [b, a, c] = [makeArea({ name: `${t}乙` }), makeArea({ name: `${t}甲` }), makeArea({ name: `${t}丙` })]
      for (const x of [b, a, c]) await store().areas.insert(x)
      await store().areas.update({ ...c, name: `${t}丁`, updatedBy: 'p9' })
      expect(await store().areas.get(c.id)).toEqual({ ...c, name: `${t}丁`, updatedBy: 'p9' })
      const ours = (await store().areas.list()).filter((x) => x.name.startsWith(t)).map((x) => x.name)
      expect(ours).toEqual([`${t}丁`, `${t}乙`, `${t}甲`].sort(byCodeUnit))
    })
  })

  describe('the admin order', () => {
    it('keeps each area’s and unit’s position, lists placed ones first by position, the rest by name', async () => {
      const t = tag()
      const legacy = makeArea({ name: `${t}甲` }) // saved before the order existed: no field at all
      const [second, first] = [makeArea({ name: `${t}丙`, order: 1 }), makeArea({ name: `${t}乙`, order: 0 })]
      for (const a of [legacy, second, first]) await store().areas.insert(a)
      expect(await store().areas.get(legacy.id)).toEqual(legacy)
      expect(await store().areas.get(first.id)).toEqual(first)
      const ours = (await store().areas.list()).filter((x) => x.name.startsWith(t)).map((x) => x.id)
      expect(ours).toEqual([first.id, second.id, legacy.id])
      const [u1, u2] = [makeUnit({ name: `${t}a`, areaId: first.id }), makeUnit({ name: `${t}b`, areaId: first.id, order: 0 })]
      for (const u of [u1, u2]) await store().units.insert(u)
      await store().units.update({ ...u1, order: 1 })
      expect(await store().units.get(u1.id)).toEqual({ ...u1, order: 1 })
      expect((await store().units.list()).filter((u) => u.name.startsWith(t)).map((u) => u.id)).toEqual([u2.id, u1.id])
    })
  })

  describe('unique names', () => {
    it('refuses a second area, or unit, of the same name (insert or rename) with DuplicateKeyError', async () => {
      const area = makeArea()
      const other = makeArea()
      for (const a of [area, other]) await store().areas.insert(a)
      await expect(store().areas.insert(makeArea({ name: area.name }))).rejects.toBeInstanceOf(DuplicateKeyError)
      await expect(store().areas.update({ ...other, name: area.name })).rejects.toBeInstanceOf(DuplicateKeyError)
      await store().areas.update({ ...area, updatedBy: 'p9' }) // its own name again is fine
      const unit = makeUnit({ areaId: area.id })
      const sibling = makeUnit({ areaId: other.id })
      for (const u of [unit, sibling]) await store().units.insert(u)
      await expect(store().units.insert(makeUnit({ name: unit.name }))).rejects.toBeInstanceOf(DuplicateKeyError)
      await expect(store().units.update({ ...sibling, name: unit.name })).rejects.toBeInstanceOf(DuplicateKeyError)
      expect(await store().areas.get(other.id)).toEqual(other)
      expect(await store().units.get(sibling.id)).toEqual(sibling)
    })
  })

  describe('units', () => {
    it('round-trips a unit, inactive included, and lists by name', async () => {
      const t = tag()
      const u1 = makeUnit({ name: `${t}b`, active: false })
      const u2 = makeUnit({ name: `${t}a` })
      await store().units.insert(u1)
      await store().units.insert(u2)
      expect(await store().units.get(u1.id)).toEqual(u1)
      expect((await store().units.list()).filter((u) => u.name.startsWith(t))).toEqual([u2, u1])
      await store().units.update({ ...u1, active: true, kind: '党委' })
      expect(await store().units.get(u1.id)).toEqual({ ...u1, active: true, kind: '党委' })
    })
  })

  describe('people', () => {
    it('round-trips a person with roles, no OPENID and inactive', async () => {
      const p = makePerson({ roles: ['cadre', 'unitSecretary'], active: false })
      await store().people.insert(p)
      expect(await store().people.get(p.id)).toEqual(p)
      expect(await store().people.get(id())).toBeNull()
    })

    it('round-trips the demo mark and the session cut-off, and leaves them absent when unset', async () => {
      const p = makePerson({ demo: true, sessionsValidFrom: '2026-03-05T02:00:00.000Z' })
      await store().people.insert(p)
      expect(await store().people.get(p.id)).toEqual(p)
      const plain = makePerson()
      await store().people.insert(plain)
      const back = await store().people.get(plain.id)
      expect(back && ['demo', 'sessionsValidFrom'].filter((f) => f in back)).toEqual([])
    })

    it('finds a person by phone and by bound OPENID', async () => {
      const p = makePerson()
      const openId = `o${tag()}`
      await store().people.insert(p)
      expect(await store().people.getByPhone(p.phone)).toEqual(p)
      expect(await store().people.getByOpenId(openId)).toBeNull()
      await store().people.update({ ...p, openId })
      expect(await store().people.getByOpenId(openId)).toEqual({ ...p, openId })
      await store().people.update({ ...p, openId: null })
      expect(await store().people.getByOpenId(openId)).toBeNull()
      expect(await store().people.getByPhone('10000000000')).toBeNull()
    })

    it('refuses a second person with the same phone', async () => {
      const p = makePerson()
      await store().people.insert(p)
      await expect(store().people.insert(makePerson({ phone: p.phone }))).rejects.toThrow()
      await expect(store().people.insert({ ...p, phone: phone() })).rejects.toThrow()
    })

    it('lists every person of a unit (inactive too) by name, and nobody else', async () => {
      const unitId = id()
      const people = ['王五', '张三', '李四'].map((name, i) => makePerson({ unitId, name, active: i !== 1 }))
      await store().people.insertMany(people)
      await store().people.insert(makePerson())
      const names = (await store().people.listByUnit(unitId)).map((p) => p.name)
      expect(names).toEqual(['王五', '张三', '李四'].sort(byCodeUnit))
      expect(await store().people.listByUnit(id())).toEqual([])
    })

    it('searches by part of the name or phone, within a unit, ordered by unit then name, with paging and total', async () => {
      const t = tag()
      const [u1, u2] = [id(), id()].sort(byCodeUnit)
      const a = makePerson({ unitId: u2, name: `${t}甲` })
      const b = makePerson({ unitId: u1, name: `${t}乙` })
      const c = makePerson({ unitId: u1, name: `${t}丙` })
      const d = makePerson({ unitId: u1, name: `别人${tag()}` })
      await store().people.insertMany([a, b, c, d])

      const all = await store().people.search({ q: t, offset: 0, limit: 10 })
      expect(all.total).toBe(3)
      expect(all.items.map((p) => p.id)).toEqual([...[b, c].sort((x, y) => byCodeUnit(x.name, y.name)), a].map((p) => p.id))

      const inUnit = await store().people.search({ unitId: u1, q: null, offset: 0, limit: 10 })
      expect(inUnit.total).toBe(3)
      expect(inUnit.items.map((p) => p.name)).toEqual([b.name, c.name, d.name].sort(byCodeUnit))

      const page2 = await store().people.search({ unitId: u1, offset: 1, limit: 1 })
      expect(page2).toEqual({ items: [inUnit.items[1]], total: 3 })

      const byPhone = await store().people.search({ unitId: u1, q: c.phone.slice(1), offset: 0, limit: 10 })
      expect(byPhone).toEqual({ items: [c], total: 1 })
      const beyond = await store().people.search({ unitId: u1, q: '', offset: 10, limit: 10 })
      expect(beyond).toEqual({ items: [], total: 3 })
    })

    it('takes search text literally (no wildcards) and ignores ASCII case', async () => {
      const unitId = id()
      const pct = makePerson({ unitId, name: 'Li 100%' })
      const dot = makePerson({ unitId, name: 'A.B_c' })
      const plain = makePerson({ unitId, name: 'AxBzc' })
      await store().people.insertMany([pct, dot, plain])
      const names = async (q: string) =>
        (await store().people.search({ unitId, q, offset: 0, limit: 10 })).items.map((p) => p.name)
      expect(await names('%')).toEqual(['Li 100%'])
      expect(await names('.b_')).toEqual(['A.B_c'])
      expect(await names('(')).toEqual([])
      expect(await names('\\')).toEqual([])
      expect(await names('li 1')).toEqual(['Li 100%'])
    })

    it('counts people per unit', async () => {
      const [u1, u2] = [id(), id()]
      await store().people.insertMany([
        makePerson({ unitId: u1 }),
        makePerson({ unitId: u1, active: false }),
        makePerson({ unitId: u2 })
      ])
      const counts = await store().people.countByUnit()
      expect(counts.get(u1)).toBe(2)
      expect(counts.get(u2)).toBe(1)
      expect(counts.has(id())).toBe(false)
    })

    it('lists the people whose phone is in a list', async () => {
      const [a, b, c] = [makePerson(), makePerson(), makePerson()]
      await store().people.insertMany([a, b, c])
      const found = await store().people.listByPhones([a.phone, c.phone, '10000000000'])
      expect(found.map((p) => p.id).sort()).toEqual([a.id, c.id].sort())
      expect(await store().people.listByPhones([])).toEqual([])
    })
  })

  describe('one-time codes', () => {
    it('stores one code per person and replaces it on put', async () => {
      const code = makeCode()
      expect(await store().codes.get(code.personId)).toBeNull()
      await store().codes.put(code)
      expect(await store().codes.get(code.personId)).toEqual(code)
      const second = { ...code, codeHash: 'b'.repeat(64), usedAt: '2026-03-02T00:00:00.000Z' }
      await store().codes.put(second)
      expect(await store().codes.get(code.personId)).toEqual(second)
    })
  })
}
