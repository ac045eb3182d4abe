import type { ObservationGroup, Person } from '../../src/core/model'
import { dataOf } from './world'
import { failure, makeObservationWorld, type View } from './observation.world'

// 各级党组织: an observation group's leader plans observations for the units of the group's areas,
// beside the district admin; a member who does not lead it, or another group's leader, cannot.

describe('an area group leader plans within the area', () => {
  async function world() {
    const w = await makeObservationWorld()
    const s = await w.planSession('2026-11-26')
    const fixed = { mode: 'fixed', sessionIds: [s.item.id], groupId: w.group.id }
    return { w, s, fixed }
  }

  it('lets the leader plan a fixed observation and draw in the area, and accept an invitation', async () => {
    const { w, fixed } = await world()
    const planned = await w.dayBefore('2026-11-26', async () =>
      dataOf<{ items: View[] }>(await w.as(w.leader)('observe.plan', fixed))
    )
    expect(planned.items).toHaveLength(1)
    await w.planSession('2026-11-27', '09:00', '学习党章', w.otherSecretary)
    const drawn = await w.dayBefore('2026-11-26', async () =>
      dataOf<{ items: View[] }>(
        await w.as(w.leader)('observe.draw', {
          areaId: 'area1',
          count: 1,
          groupId: w.group.id,
          from: '2026-11-27',
          to: '2026-11-27'
        })
      )
    )
    expect(drawn.items).toHaveLength(1)
    const invited = await w.planSession('2026-11-28')
    const request = dataOf<View>(await w.as(w.secretary)('observe.request', { sessionId: invited.item.id }))
    expect(dataOf<View>(await w.as(w.leader)('observe.accept', { id: request.id, groupId: w.group.id })).status).toBe('planned')
  })

  it('refuses a member who does not lead the group, and a leader planning with another group', async () => {
    const { w, fixed } = await world()
    const byMember = await w.dayBefore('2026-11-26', async () => failure(await w.as(w.member)('observe.plan', fixed)))
    expect([byMember.code, byMember.field]).toEqual(['FORBIDDEN', 'groupId'])
    const other: ObservationGroup = {
      ...(await w.store.observationGroups.get(w.group.id))!,
      id: 'g2',
      name: '第二组',
      leaderId: w.outsider.id,
      memberIds: [w.outsider.id]
    }
    await w.store.observationGroups.insert(other)
    const withOther = await w.dayBefore('2026-11-26', async () =>
      failure(await w.as(w.leader)('observe.plan', { ...fixed, groupId: 'g2' }))
    )
    expect(withOther.code).toBe('FORBIDDEN')
    expect(await w.store.observations.listByUnit('unitA')).toEqual([])
  })

  it('refuses the leader a unit outside the group’s areas', async () => {
    const { w } = await world()
    await w.store.areas.insert({ ...(await w.store.areas.get('area1'))!, id: 'area2', name: '城西片区' })
    await w.store.units.insert({ ...(await w.store.units.get('unitB'))!, id: 'unitC', name: '城西实验学校', areaId: 'area2' })
    const secretaryC = { ...w.otherSecretary, id: 'p-secretary-c', phone: '13900000093', unitId: 'unitC' }
    await w.store.people.insert(secretaryC)
    const c = await w.planSession('2026-11-26', '09:00', '学习党章', secretaryC)
    const r = await w.dayBefore('2026-11-26', async () =>
      failure(await w.as(w.leader)('observe.plan', { mode: 'fixed', sessionIds: [c.item.id], groupId: w.group.id }))
    )
    expect([r.code, r.field]).toEqual(['VALIDATION', 'groupId'])
  })

  it('shows the leader the area’s open invitations with the groups to assign, not a member, and refuses a withdrawn one', async () => {
    const { w } = await world()
    const invited = await w.planSession('2026-11-28')
    const request = dataOf<View>(await w.as(w.secretary)('observe.request', { sessionId: invited.item.id, note: '请指导' }))
    type Mine = { invitations: (View & { groups: { id: string; name: string }[] })[] }
    const mine = dataOf<Mine>(await w.as(w.leader)('observe.mine', {}))
    expect(mine.invitations.map((i) => [i.id, i.groups.map((g) => g.id)])).toEqual([[request.id, [w.group.id]]])
    expect(dataOf<Mine>(await w.as(w.member)('observe.mine', {})).invitations).toEqual([])
    dataOf(await w.as(w.secretary)('centralGroup.session.withdraw', { id: invited.item.id, reason: '改期' }))
    const late = failure(await w.as(w.leader)('observe.accept', { id: request.id, groupId: w.group.id }))
    expect([late.code, late.message]).toEqual(['CONFLICT', '该次中心组学习已撤销，请选择其他学习'])
  })
})

describe('the plans list of a group leader', () => {
  type Listed = { items: { unitId: string }[]; draws: { areaName: string }[]; groups: { id: string }[] }

  /** A second area with unit C and its own group (led by the outsider), planned by the admin in both areas. */
  async function twoAreas() {
    const w = await makeObservationWorld()
    await w.store.areas.insert({ ...(await w.store.areas.get('area1'))!, id: 'area2', name: '城西片区' })
    await w.store.units.insert({ ...(await w.store.units.get('unitB'))!, id: 'unitC', name: '城西实验学校', areaId: 'area2' })
    const secretaryC = { ...w.otherSecretary, id: 'p-secretary-c', phone: '13900000093', unitId: 'unitC' }
    await w.store.people.insert(secretaryC)
    const west = dataOf<{ id: string }>(
      await w.as(w.admin)('observe.groups.save', {
        name: '城西巡听组',
        leaderId: w.outsider.id,
        memberIds: [],
        areaIds: ['area2']
      })
    )
    const a = await w.planSession('2026-11-26')
    await w.planSession('2026-11-27', '09:00', '学习党章', secretaryC)
    await w.dayBefore('2026-11-26', async () => {
      dataOf(await w.as(w.admin)('observe.plan', { mode: 'fixed', sessionIds: [a.item.id], groupId: w.group.id }))
      dataOf(
        await w.as(w.admin)('observe.draw', { areaId: 'area2', count: 1, groupId: west.id, from: '2026-11-27', to: '2026-11-27' })
      )
    })
    const list = async (who: Person) => w.as(who)('observe.plans.list', { year: 2026 })
    return { w, west, list }
  }

  it('shows a leader the plans, draws and groups of the led areas only', async () => {
    const { w, west, list } = await twoAreas()
    const east = dataOf<Listed>(await list(w.leader))
    expect([east.items.map((o) => o.unitId), east.draws, east.groups.map((g) => g.id)]).toEqual([['unitA'], [], [w.group.id]])
    const westSide = dataOf<Listed>(await list(w.outsider))
    expect([
      westSide.items.map((o) => o.unitId),
      westSide.draws.map((d) => d.areaName),
      westSide.groups.map((g) => g.id)
    ]).toEqual([['unitC'], ['城西片区'], [west.id]])
  })

  it('shows the admin every plan and group, and refuses a member who leads no group', async () => {
    const { w, west, list } = await twoAreas()
    const all = dataOf<Listed>(await list(w.admin))
    expect([all.items.map((o) => o.unitId).sort(), all.draws.length, all.groups.map((g) => g.id).sort()]).toEqual([
      ['unitA', 'unitC'],
      1,
      [w.group.id, west.id].sort()
    ])
    const refused = failure(await list(w.member))
    expect([refused.code, refused.message]).toEqual(['FORBIDDEN', '只有区委宣传部或巡听旁听组组长可以安排巡听旁听'])
  })
})

describe('相互 and cancelling by a group leader', () => {
  type Partners = { units: { id: string }[]; people: { id: string }[] }

  it('lists the led areas’ units and a unit’s people, and plans 相互 with a unit of the area only', async () => {
    const { w, secretaryC } = await twoAreasWorld()
    const east = dataOf<Partners>(await w.as(w.leader)('observe.partners', { unitId: 'unitB' }))
    expect(east.units.map((u) => u.id).sort()).toEqual(['unitA', 'unitB'])
    expect(east.people.map((p) => p.id)).toContain(w.otherSecretary.id)
    const outside = failure(await w.as(w.leader)('observe.partners', { unitId: 'unitC' }))
    expect([outside.code, outside.field]).toEqual(['FORBIDDEN', 'unitId'])
    expect(
      dataOf<Partners>(await w.as(w.admin)('observe.partners', {}))
        .units.map((u) => u.id)
        .sort()
    ).toEqual(['unitA', 'unitB', 'unitC'])
    expect(failure(await w.as(w.member)('observe.partners', {})).code).toBe('FORBIDDEN')

    const s = await w.planSession('2026-11-26')
    const mutual = (partnerUnitId: string, partnerMemberIds: string[]) => ({
      mode: 'mutual',
      sessionIds: [s.item.id],
      groupId: w.group.id,
      partnerUnitId,
      partnerMemberIds
    })
    const far = await w.dayBefore('2026-11-26', async () =>
      failure(await w.as(w.leader)('observe.plan', mutual('unitC', [secretaryC.id])))
    )
    expect([far.code, far.field]).toEqual(['FORBIDDEN', 'partnerUnitId'])
    expect(await w.store.observations.listByUnit('unitA')).toEqual([])
    const paired = await w.dayBefore('2026-11-26', async () =>
      dataOf<{ items: View[] }>(await w.as(w.leader)('observe.plan', mutual('unitB', [w.otherSecretary.id])))
    )
    expect(paired.items).toHaveLength(1)
  })

  it('lets the leader cancel a plan of the led area, not another area’s nor a member', async () => {
    const { w, secretaryC } = await twoAreasWorld()
    const a = await w.planSession('2026-11-26')
    const c = (await w.planSession('2026-11-26', '15:00', '学习党章', secretaryC)).item.id
    const plan = (sessionId: string, groupId: string) =>
      w.dayBefore('2026-11-26', async () =>
        dataOf<{ items: View[] }>(await w.as(w.admin)('observe.plan', { mode: 'fixed', sessionIds: [sessionId], groupId }))
      )
    const east = (await plan(a.item.id, w.group.id)).items[0]
    const west = (await plan(c, 'g-west')).items[0]
    const byMember = failure(await w.as(w.member)('observe.cancel', { id: east.id, reason: '时间冲突' }))
    expect(byMember.code).toBe('FORBIDDEN')
    const otherArea = failure(await w.as(w.leader)('observe.cancel', { id: west.id, reason: '时间冲突' }))
    expect([otherArea.code, otherArea.field]).toEqual(['FORBIDDEN', 'id'])
    expect(dataOf<View>(await w.as(w.leader)('observe.cancel', { id: east.id, reason: '时间冲突' })).status).toBe('cancelled')
    expect((await w.store.observations.get(west.id))?.status).toBe('planned')
  })
})

/** A second area (城西片区) with unit C, its secretary, and a group 'g-west' led by the outsider. */
async function twoAreasWorld() {
  const w = await makeObservationWorld()
  await w.store.areas.insert({ ...(await w.store.areas.get('area1'))!, id: 'area2', name: '城西片区' })
  await w.store.units.insert({ ...(await w.store.units.get('unitB'))!, id: 'unitC', name: '城西实验学校', areaId: 'area2' })
  const secretaryC = { ...w.otherSecretary, id: 'p-secretary-c', phone: '13900000093', unitId: 'unitC' }
  await w.store.people.insert(secretaryC)
  await w.store.observationGroups.insert({
    ...(await w.store.observationGroups.get(w.group.id))!,
    id: 'g-west',
    name: '城西巡听组',
    leaderId: w.outsider.id,
    memberIds: [w.outsider.id],
    areaIds: ['area2']
  })
  return { w, secretaryC }
}

describe('the home tells a group leader they plan', () => {
  it('marks the leader of an active group, not a plain member nor the leader of a stopped group', async () => {
    const w = await makeObservationWorld()
    const leads = async (who: Person) =>
      dataOf<{ leadsObservationGroup: boolean }>(await w.as(who)('home.get', {})).leadsObservationGroup
    expect([await leads(w.leader), await leads(w.member), await leads(w.admin)]).toEqual([true, false, false])
    dataOf(
      await w.as(w.admin)('observe.groups.save', {
        id: w.group.id,
        name: '第一巡听旁听组',
        leaderId: w.leader.id,
        memberIds: [w.member.id],
        areaIds: ['area1'],
        active: false
      })
    )
    expect(await leads(w.leader)).toBe(false)
  })
})
