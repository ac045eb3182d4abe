import { planDay } from '../../../src/core/reminders/plan'
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/core/reminders/settings'
import { at, facts, person, studies } from './fixtures'

const cadre = person('张三', ['cadre'])
const threeOfFive = (month: string) => facts({ people: [cadre], studies: studies('张三', `${month}-02`, 3) })
const stageOn = (day: string) =>
  planDay(threeOfFive(day.slice(0, 7)), at(day))
    .filter((r) => r.obligation === 'studyThisMonth')
    .map((r) => r.stage)

describe('self-study below quota this month → the cadre', () => {
  it('says nothing on the 19th and reminds from the 20th with the count', () => {
    expect(stageOn('2026-11-19')).toEqual([])
    const [r] = planDay(threeOfFive('2026-11'), at('2026-11-20'))
    expect(r).toMatchObject({ personId: '张三', period: '2026-11', stage: 'from-day', route: '/pages/study/record/index' })
    expect(r.body).toBe('本月已自学 3/5 篇，还差 2 篇。')
    expect(r.short).toBe('本月自学 3/5 篇')
  })

  it('says nothing on the 1st of the month', () => {
    expect(stageOn('2026-11-01')).toEqual([])
  })

  it.each([
    ['28-day February', '2026-02-25', '2026-02-26', '2026-02-28'],
    ['29-day February', '2028-02-26', '2028-02-27', '2028-02-29'],
    ['30-day month', '2026-06-27', '2026-06-28', '2026-06-30'],
    ['31-day month', '2026-12-28', '2026-12-29', '2026-12-31']
  ])('reminds again in the last 3 days of a %s', (_, before, first, last) => {
    expect(stageOn(before)).toEqual(['from-day'])
    expect(stageOn(first)).toEqual(['last-days'])
    expect(stageOn(last)).toEqual(['last-days'])
  })

  it('tells how many days are left in the last days', () => {
    const [r] = planDay(threeOfFive('2026-12'), at('2026-12-29'))
    expect(r.body).toBe('本月只剩 3 天，本月已自学 3/5 篇，还差 2 篇。')
  })

  it('does not remind a cadre who met the quota, counting repeats', () => {
    const f = facts({ people: [cadre], studies: studies('张三', '2026-11-02', 5) })
    expect(planDay(f, at('2026-11-20'))).toEqual([])
  })

  it('does not count a withdrawn record', () => {
    const f = facts({
      people: [cadre],
      studies: [...studies('张三', '2026-11-02', 4), ...studies('张三', '2026-11-03', 1, '2026-11-04T01:00:00Z')]
    })
    expect(planDay(f, at('2026-11-20'))[0].short).toBe('本月自学 4/5 篇')
  })

  it('does not count last month towards this month', () => {
    const f = facts({ people: [cadre], studies: studies('张三', '2026-10-31', 5) })
    expect(planDay(f, at('2026-11-20'))[0].short).toBe('本月自学 0/5 篇')
  })

  it('takes the quota from the year settings', () => {
    const f = facts({
      people: [cadre],
      studies: studies('张三', '2026-11-02', 3),
      yearQuotas: [{ year: 2026, speechesPerMonth: 3, lecturesPerYear: 2 }]
    })
    expect(planDay(f, at('2026-11-20'))).toEqual([])
  })

  it('reminds a cadre who is also a district leader once', () => {
    const f = facts({ people: [person('李四', ['cadre', 'districtLeader', 'unitLeader'])] })
    expect(planDay(f, at('2026-11-20')).filter((r) => r.obligation === 'studyThisMonth')).toHaveLength(1)
  })

  it('does not remind secretaries, leaders or observers who hold no study role', () => {
    const f = facts({ people: [person('王五', ['unitSecretary', 'unitLeader', 'observer', 'admin'])] })
    expect(planDay(f, at('2026-11-20'))).toEqual([])
  })

  it('spares a newcomer who joined on or after the 20th, not one who joined before', () => {
    const joined = (day: string) => person('新人', ['cadre'], { createdAt: at(day, '10:00').toISOString() })
    const plan = (day: string) => planDay(facts({ people: [joined(day)] }), at('2026-11-29'))
    expect(plan('2026-11-25')).toEqual([])
    expect(plan('2026-11-20')).toEqual([])
    expect(plan('2026-11-19')).toHaveLength(1)
  })

  it('reads the joining day in China time (00:30 on the 20th in Shanghai is the 19th in UTC)', () => {
    const p = person('新人', ['cadre'], { createdAt: '2026-11-19T16:30:00.000Z' })
    expect(planDay(facts({ people: [p] }), at('2026-11-21'))).toEqual([])
  })

  it('gives nothing to inactive people or to people of an inactive unit', () => {
    const f = facts({ people: [person('甲', ['cadre'], { active: false }), person('乙', ['cadre'], { unitId: 'u2' })] })
    expect(planDay(f, at('2026-11-20'))).toEqual([])
  })

  it('keeps the dedupe key across the runs of a day and the days of a stage, and changes it with the stage', () => {
    const key = (day: string, clock?: string) => planDay(threeOfFive(day.slice(0, 7)), at(day, clock))[0].dedupeKey
    expect(key('2026-11-20', '09:00')).toBe(key('2026-11-20', '20:30'))
    expect(key('2026-11-20')).toBe(key('2026-11-27'))
    expect(key('2026-11-20')).toBe('张三|studyThisMonth|2026-11|from-day')
    expect(key('2026-11-28')).toBe('张三|studyThisMonth|2026-11|last-days')
  })

  it('uses the China day: 16:30 UTC on the 19th is already the 20th', () => {
    expect(planDay(threeOfFive('2026-11'), new Date('2026-11-19T16:30:00Z'))).toHaveLength(1)
    expect(planDay(threeOfFive('2026-11'), new Date('2026-11-19T15:30:00Z'))).toEqual([])
  })

  it('follows the admin: switched off gives nothing, a start on the 18th reminds on the 18th', () => {
    const off = { ...DEFAULT_REMINDER_SETTINGS, studyThisMonth: { enabled: false, fromDay: 20, lastDays: 3 } }
    expect(planDay(threeOfFive('2026-11'), at('2026-11-25'), off)).toEqual([])
    const early = { ...DEFAULT_REMINDER_SETTINGS, studyThisMonth: { enabled: true, fromDay: 18, lastDays: 3 } }
    expect(planDay(threeOfFive('2026-11'), at('2026-11-18'), early)).toHaveLength(1)
  })
})

describe('the optional self-study plan', () => {
  const plan = {
    personId: '张三',
    month: '2026-11',
    items: [
      { speechId: 's0', title: '讲话0' },
      { speechId: 's1', title: '讲话1' },
      { speechId: 'sx', title: '在文化传承发展座谈会上的讲话' },
      { speechId: null, title: '自拟篇目' }
    ]
  }

  it('names the next planned speech not yet studied', () => {
    const f = facts({ people: [cadre], studies: studies('张三', '2026-11-02', 2), studyPlans: [plan] })
    expect(planDay(f, at('2026-11-20'))[0].body).toBe('本月已自学 2/5 篇，还差 3 篇。下一篇：《在文化传承发展座谈会上的讲话》')
  })

  it('matches a typed title by its text and skips it once studied', () => {
    const done = [
      ...studies('张三', '2026-11-02', 2),
      { personId: '张三', speechId: 'sx', title: '在文化传承发展座谈会上的讲话', studiedOn: '2026-11-03', withdrawnAt: null }
    ]
    const f = facts({ people: [cadre], studies: done, studyPlans: [plan] })
    expect(planDay(f, at('2026-11-20'))[0].body).toContain('下一篇：《自拟篇目》')
  })

  it('gives the bare count when every planned speech was studied, or for another month’s plan', () => {
    const other = { ...plan, month: '2026-10' }
    const f = facts({ people: [cadre], studies: studies('张三', '2026-11-02', 1), studyPlans: [other] })
    expect(planDay(f, at('2026-11-20'))[0].body).not.toContain('下一篇')
  })
})
