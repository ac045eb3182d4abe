import { planDay } from '../../../src/core/reminders/plan'
import { at, facts, person } from './fixtures'

const leader = person('区领导', ['districtLeader', 'cadre'])
const lecture = (status: 'given' | 'withdrawn' | 'planned', year = 2026) => ({
  personId: '区领导',
  kind: 'lecture' as const,
  year,
  counted: status !== 'planned',
  withdrawnAt: status === 'withdrawn' ? '2026-05-01T00:00:00Z' : null
})
const stageOn = (day: string, records = [lecture('planned')], people = [leader]) =>
  planDay(facts({ people, records }), at(day))
    .filter((r) => r.obligation === 'lectures')
    .map((r) => r.stage)

describe('school lectures below quota this year → the district leader', () => {
  it('reminds at the end of June (30 June) only when none was given', () => {
    expect(stageOn('2026-06-29')).toEqual([])
    expect(stageOn('2026-06-30')).toEqual(['june'])
    expect(stageOn('2026-06-30', [lecture('given')])).toEqual([])
  })

  it('does not count a planned, a withdrawn, or last year’s lecture', () => {
    expect(stageOn('2026-06-30', [lecture('planned'), lecture('withdrawn'), lecture('given', 2025)])).toEqual(['june'])
  })

  it('reminds from 1 October when below quota, not on 30 September', () => {
    expect(stageOn('2026-09-30', [lecture('given')])).toEqual([])
    expect(stageOn('2026-10-01', [lecture('given')])).toEqual(['october'])
    expect(stageOn('2026-10-01', [lecture('given'), lecture('given')])).toEqual([])
  })

  it('reminds again in December', () => {
    expect(stageOn('2026-11-30', [lecture('given')])).toEqual(['october'])
    expect(stageOn('2026-12-01', [lecture('given')])).toEqual(['december'])
    expect(stageOn('2026-12-31', [lecture('given')])).toEqual(['december'])
  })

  it('says how many are given and missing', () => {
    const [r] = planDay(facts({ people: [leader], records: [lecture('given')] }), at('2026-10-01')).filter(
      (x) => x.obligation === 'lectures'
    )
    expect(r).toMatchObject({ period: '2026', route: '/packages/methods/pages/form/index', query: { kind: 'lecture' } })
    expect(r.body).toBe('今年已进学校讲课 1/2 次，还差 1 次。')
    expect(r.dedupeKey).toBe('区领导|lectures|2026|october')
  })

  it('reminds nobody without the lecture quota', () => {
    expect(stageOn('2026-12-01', [], [person('干部', ['cadre', 'unitLeader'])])).toEqual([])
  })

  it('spares a leader who joined after the stage began, at that stage only', () => {
    const newcomer = person('区领导', ['districtLeader'], { createdAt: at('2026-10-05').toISOString() })
    expect(stageOn('2026-10-20', [], [newcomer])).toEqual([])
    expect(stageOn('2026-12-01', [], [newcomer])).toEqual(['december'])
  })

  it('takes the quota from the year settings', () => {
    const f = facts({
      people: [leader],
      records: [lecture('given')],
      yearQuotas: [{ year: 2026, speechesPerMonth: 5, lecturesPerYear: 1 }]
    })
    expect(planDay(f, at('2026-12-01')).filter((r) => r.obligation === 'lectures')).toEqual([])
  })
})
