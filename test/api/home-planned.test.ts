import type { OutputOf } from '../../src/core/contract'
import { dataOf } from './world'
import type { Person } from '../../src/core/model'
import { makeMeetingWorld } from './meeting.world'
import { makeObservationWorld, sheetInput } from './observation.world'

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
    expect(home.plannedDue.map((d) => [d.kind, d.text, d.when])).toEqual([['meeting', '计划召开：11月30日党组会', '11月30日']])

    world.setNow('2026-12-02T02:00:00Z')
    home = dataOf<Home>(await sec('home.get', {}))
    expect(home.plannedDue.map((d) => d.text)).toEqual(['会议已召开，请补全记录：11月30日党组会'])

    await sec('meeting.save', world.heldMeeting({ id: soon.item.id, day: '2026-11-30' }))
    home = dataOf<Home>(await sec('home.get', {}))
    expect(home.plannedDue).toEqual([])

    // Only the secretary is asked: the cadre's home has no unit list.
    expect(dataOf<Home>(await world.as(world.people.cadre)('home.get', {})).plannedDue).toEqual([])
  })
})

describe("an observer's 接下来要做", () => {
  it('lists a planned observation of their group until they have scored it; a member of no group sees nothing', async () => {
    const w = await makeObservationWorld() // today 2026-11-20
    const planned = await w.planFixed('2026-11-20', '14:30')
    const due = async (who: Person) => dataOf<Home>(await w.as(who)('home.get', {})).plannedDue
    expect((await due(w.member)).map((d) => [d.kind, d.text, d.when])).toEqual([
      ['observation', '巡听旁听：区发展和改革局 14:30', '11月20日']
    ])
    expect(await due(w.outsider)).toEqual([])
    w.setNow('2026-11-20T07:00:00Z') // 15:00 China time: the session has begun, scoring is open
    dataOf(await w.as(w.member)('observe.sheet.submit', sheetInput(planned.id)))
    expect(await due(w.member)).toEqual([])
    // The leader has not scored yet: still asked, the day after too.
    w.setNow('2026-11-21T02:00:00Z')
    expect((await due(w.leader)).map((d) => d.text)).toEqual(['请完成现场评分：区发展和改革局 14:30'])
  })
})
