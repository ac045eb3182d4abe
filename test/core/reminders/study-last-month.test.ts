import { planDay } from '../../../src/core/reminders/plan'
import { at, facts, person, studies } from './fixtures'

const unit = [
  person('张三', ['cadre']),
  person('李四', ['cadre', 'districtLeader']),
  person('王五', ['cadre']),
  person('赵局长', ['unitLeader', 'cadre']),
  person('钱书记', ['unitSecretary'])
]
const octoberRecords = [
  ...studies('张三', '2026-10-05', 2),
  ...studies('王五', '2026-10-05', 5),
  ...studies('赵局长', '2026-10-05', 5),
  ...studies('李四', '2026-10-06', 1, '2026-10-07T00:00:00Z')
]
const digestOn = (day: string, extra = {}) =>
  planDay(facts({ people: unit, studies: octoberRecords, ...extra }), at(day)).filter((r) => r.obligation === 'studyLastMonth')

describe('self-study below quota last month → the unit leader’s digest', () => {
  it('gives the leader one reminder on the 1st naming each cadre with the count, never one per cadre', () => {
    const list = digestOn('2026-11-01')
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ personId: '赵局长', period: '2026-10', stage: 'digest', query: { month: '2026-10' } })
    expect(list[0].body).toBe('2026年10月自学未达 5 篇的有 2 人：张三 2/5、李四 0/5。')
    expect(list[0].short).toBe('上月自学未达标 2 人')
    expect(list[0].subjects.map((s) => s.id)).toEqual(['张三', '李四'])
  })

  it('is planned for a week from the 1st (a failed run catches up) and never after', () => {
    expect(digestOn('2026-10-31')).toEqual([])
    expect(digestOn('2026-11-07')).toHaveLength(1)
    expect(digestOn('2026-11-08')).toEqual([])
    expect(digestOn('2026-11-07')[0].dedupeKey).toBe(digestOn('2026-11-01')[0].dedupeKey)
  })

  it('on 1 January looks at December of the year before, with that year’s quota', () => {
    const records = studies('张三', '2026-12-10', 3)
    const quotas = [
      { year: 2026, speechesPerMonth: 3, lecturesPerYear: 2 },
      { year: 2027, speechesPerMonth: 6, lecturesPerYear: 2 }
    ]
    const list = planDay(facts({ people: unit, studies: records, yearQuotas: quotas }), at('2027-01-01')).filter(
      (r) => r.obligation === 'studyLastMonth'
    )
    expect(list[0].period).toBe('2026-12')
    expect(list[0].body).toBe('2026年12月自学未达 3 篇的有 3 人：李四 0/3、王五 0/3、赵局长 0/3。')
  })

  it('leaves out a cadre who joined on or after the 20th of last month', () => {
    const late = person('新人', ['cadre'], { createdAt: at('2026-10-25').toISOString() })
    const list = digestOn('2026-11-01', { people: [...unit, late] })
    expect(list[0].subjects.map((s) => s.id)).not.toContain('新人')
  })

  it('gives nothing when everyone met the quota, and nothing to another unit’s leader', () => {
    const all = ['张三', '李四'].flatMap((id) => studies(id, '2026-10-05', 5))
    expect(digestOn('2026-11-01', { studies: [...octoberRecords, ...all] })).toEqual([])
    const other = person('孙局长', ['unitLeader'], { unitId: 'u3' })
    expect(digestOn('2026-11-01', { people: [...unit, other] }).map((r) => r.personId)).toEqual(['赵局长'])
  })
})
