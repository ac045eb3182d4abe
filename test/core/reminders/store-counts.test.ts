import { planDay } from '../../../src/core/reminders/plan'
import { at, facts, person, studies } from './fixtures'

// The scheduler's loader gives the planner store-side counts (active self-study per person and
// month, counted lectures per person and year) instead of records: the plan must be the same.

const people = [
  person('张三', ['cadre']),
  person('王五', ['cadre']),
  person('赵局长', ['unitLeader', 'cadre']),
  person('刘区长', ['districtLeader'], { unitId: 'u3' })
]
const records = [
  ...studies('张三', '2026-09-05', 2),
  ...studies('张三', '2026-10-03', 1),
  ...studies('王五', '2026-09-05', 5),
  ...studies('王五', '2026-10-02', 4),
  ...studies('王五', '2026-10-04', 1, '2026-10-05T00:00:00Z'),
  ...studies('赵局长', '2026-09-05', 5),
  ...studies('赵局长', '2026-10-05', 5)
]
const lectures = [{ personId: '刘区长', kind: 'lecture' as const, year: 2026, counted: true, withdrawnAt: null }]

describe('the planner on store-side counts', () => {
  it.each(['2026-10-01', '2026-10-20', '2026-10-29', '2026-10-31'])('plans on %s what it plans from the records', (day) => {
    const fromRecords = planDay(facts({ people, studies: records, records: lectures }), at(day))
    const fromCounts = planDay(
      facts({
        people,
        studyCounts: [
          { personId: '张三', month: '2026-09', count: 2 },
          { personId: '张三', month: '2026-10', count: 1 },
          { personId: '王五', month: '2026-09', count: 5 },
          { personId: '王五', month: '2026-10', count: 4 },
          { personId: '赵局长', month: '2026-09', count: 5 },
          { personId: '赵局长', month: '2026-10', count: 5 }
        ],
        lectureCounts: [{ personId: '刘区长', year: 2026, count: 1 }]
      }),
      at(day)
    )
    expect(fromRecords.length).toBeGreaterThan(0)
    expect(fromCounts).toEqual(fromRecords)
  })

  it('adds a count to the records given for the same person', () => {
    const plan = planDay(
      facts({
        people: [person('张三', ['cadre'])],
        studies: studies('张三', '2026-10-03', 2),
        studyCounts: [{ personId: '张三', month: '2026-10', count: 3 }]
      }),
      at('2026-10-20')
    )
    expect(plan).toEqual([])
  })
})
