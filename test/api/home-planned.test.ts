import type { OutputOf } from '../../src/core/contract'
import { dataOf } from './world'
import { makeMeetingWorld } from './meeting.world'

// Issue 13 item 3: a unit secretary's planned meetings appear in "接下来要做" around their day and
// until recorded (core/rules/planned.ts).

type Home = OutputOf<'home.get'>

describe("a secretary's 接下来要做", () => {
  it('lists a planned meeting from two weeks before its day until it is recorded, and not one further ahead', async () => {
    const world = await makeMeetingWorld('2026-11-20T02:00:00Z')
    const sec = world.as(world.people.unitSecretary)
    const soon = await world.record({ status: 'planned', day: '2026-11-30' })
    await world.record({ status: 'planned', day: '2026-12-20' })
    await world.record({ day: '2026-11-18' })
    let home = dataOf<Home>(await sec('home.get', {}))
    expect(home.unitDue.map((d) => [d.kind, d.text, d.when])).toEqual([['meeting', '计划召开：11月30日党组会', '11月30日']])

    world.setNow('2026-12-02T02:00:00Z')
    home = dataOf<Home>(await sec('home.get', {}))
    expect(home.unitDue.map((d) => d.text)).toEqual(['会议已召开，请补全记录：11月30日党组会'])

    await sec('meeting.save', world.heldMeeting({ id: soon.item.id, day: '2026-11-30' }))
    home = dataOf<Home>(await sec('home.get', {}))
    expect(home.unitDue).toEqual([])

    // Only the secretary is asked: the cadre's home has no unit list.
    expect(dataOf<Home>(await world.as(world.people.cadre)('home.get', {})).unitDue).toEqual([])
  })
})
