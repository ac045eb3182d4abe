import { planDay } from '../../../src/core/reminders/plan'
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/core/reminders/settings'
import { at, facts, person, studies } from './fixtures'

const unit = [
  person('张三', ['cadre']),
  person('李四', ['cadre', 'districtLeader']),
  person('王五', ['cadre']),
  person('赵局长', ['unitLeader', 'cadre']),
  person('钱书记', ['unitSecretary'])
]
const decemberRecords = [
  ...studies('张三', '2026-12-05', 2),
  ...studies('王五', '2026-12-05', 5),
  ...studies('赵局长', '2026-12-05', 1),
  ...studies('李四', '2026-12-06', 4, '2026-12-07T00:00:00Z')
]
const digestsOn = (day: string, extra = {}) =>
  planDay(facts({ people: unit, studies: decemberRecords, ...extra }), at(day)).filter(
    (r) => r.obligation === 'studyThisMonth' && r.stage.startsWith('digest')
  )

describe('self-study below quota this month → the unit leader’s digest on the cadres’ days', () => {
  it('gives the leader one digest from the 20th naming the others behind, with counts, never one per cadre', () => {
    expect(digestsOn('2026-12-19')).toEqual([])
    const list = digestsOn('2026-12-20')
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      personId: '赵局长',
      period: '2026-12',
      stage: 'digest-from-day',
      route: '/packages/unit/pages/methods/index',
      query: { month: '2026-12' }
    })
    // The withdrawn records of 李四 do not count; the leader's own 1/5 is in the leader's own reminder.
    expect(list[0].body).toBe('本月还剩 12 天，城建局自学未达 5 篇的有 2 人：张三 2/5、李四 0/5。')
    expect(list[0].short).toBe('本单位本月自学未达标 2 人')
    expect(list[0].subjects.map((s) => s.id)).toEqual(['张三', '李四'])
  })

  it('comes again, once, in the last 3 days, with its own dedupe key', () => {
    const first = digestsOn('2026-12-28')[0]
    const last = digestsOn('2026-12-29')[0]
    expect(first.stage).toBe('digest-from-day')
    expect(last.stage).toBe('digest-last-days')
    expect(last.dedupeKey).not.toBe(first.dedupeKey)
    expect(digestsOn('2026-12-31')[0].dedupeKey).toBe(last.dedupeKey)
  })

  it('says nothing when only the leader is behind, and nothing when the obligation is switched off', () => {
    const onlyLeader = [
      ...studies('张三', '2026-12-05', 5),
      ...studies('李四', '2026-12-05', 5),
      ...studies('王五', '2026-12-05', 5)
    ]
    expect(digestsOn('2026-12-20', { studies: onlyLeader })).toEqual([])
    const off = { ...DEFAULT_REMINDER_SETTINGS, studyThisMonth: { ...DEFAULT_REMINDER_SETTINGS.studyThisMonth, enabled: false } }
    expect(
      planDay(facts({ people: unit, studies: decemberRecords }), at('2026-12-20'), off).some(
        (r) => r.obligation === 'studyThisMonth'
      )
    ).toBe(false)
  })

  it('leaves out a newcomer who joined on or after the 20th', () => {
    const late = [...unit, person('新人', ['cadre'], { createdAt: '2026-12-21T02:00:00.000Z' })]
    expect(digestsOn('2026-12-22', { people: late })[0].subjects.map((s) => s.id)).toEqual(['张三', '李四'])
  })
})
