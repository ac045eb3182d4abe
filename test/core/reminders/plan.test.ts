import { readFileSync } from 'fs'
import path from 'path'
import { bundle, digestFor, pushFor } from '../../../src/core/reminders/bundle'
import { OBLIGATIONS, REMINDER_ROUTES } from '../../../src/core/reminders/model'
import { RULES, inSendWindow, planDay, planReminders } from '../../../src/core/reminders/plan'
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/core/reminders/settings'
import { at, facts, person, studies } from './fixtures'

describe('the 08:00–21:00 window (China time, whatever the process zone)', () => {
  const f = facts({ people: [person('张三', ['cadre'])] })

  it.each([
    ['07:59', false],
    ['08:00', true],
    ['12:00', true],
    ['20:59', true],
    ['21:00', false],
    ['23:30', false],
    ['00:10', false]
  ])('at %s sendable is %s', (clock, open) => {
    expect(inSendWindow(at('2026-11-20', clock))).toBe(open)
    expect(planReminders(f, at('2026-11-20', clock))).toHaveLength(open ? 1 : 0)
  })

  it('plans the whole day for the preview whatever the hour', () => {
    expect(planDay(f, at('2026-11-20', '23:30'))).toHaveLength(1)
  })
})

describe('the rule list', () => {
  it('has one rule and one switch per obligation', () => {
    expect(Object.keys(RULES).sort()).toEqual([...OBLIGATIONS].sort())
    expect(Object.keys(DEFAULT_REMINDER_SETTINGS).sort()).toEqual([...OBLIGATIONS].sort())
  })

  it('links only to pages the app has', () => {
    const routes = readFileSync(path.join(__dirname, '../../../src/services/routes.ts'), 'utf8')
    for (const route of Object.values(REMINDER_ROUTES)) expect(routes).toContain(`'${route}'`)
  })
})

// One district on 1 December: a cadre behind on study, a district leader behind on lectures and study,
// a unit leader whose cadres were behind in November and whose rectification is overdue.
const district = facts({
  people: [
    person('张三', ['cadre']),
    person('李四', ['cadre', 'districtLeader']),
    person('赵局长', ['unitLeader']),
    person('钱书记', ['unitSecretary'])
  ],
  studies: [...studies('张三', '2026-11-03', 2), ...studies('李四', '2026-12-01', 3)],
  rectifications: [{ id: 'o1', unitId: 'u1', status: 'open', deadline: '2026-11-28' }]
})

describe('one push a day, at most', () => {
  it('bundles everything due for a person into one message with the count', () => {
    const list = planDay(district, at('2026-12-20'))
    const push = pushFor('李四', list)
    expect(push).toMatchObject({ title: '您有 2 项待办', route: REMINDER_ROUTES.home })
    expect(push?.body).toBe('您有 2 项待办：本月自学 3/5 篇；今年讲课 0/2 次')
    expect(push?.keys).toEqual(['李四|studyThisMonth|2026-12|from-day', '李四|lectures|2026|december'])
  })

  it('sends a single reminder as itself, opening the page that resolves it', () => {
    const list = planDay(district, at('2026-12-20'))
    expect(pushFor('张三', list)).toMatchObject({
      title: '本月自学提醒',
      body: '本月已自学 0/5 篇，还差 5 篇。',
      route: REMINDER_ROUTES.studyRecord
    })
  })

  it('gives each recipient exactly one push', () => {
    const list = planDay(district, at('2026-12-20'))
    const pushes = bundle(list)
    expect(pushes.map((p) => p.personId).sort()).toEqual([...new Set(list.map((r) => r.personId))].sort())
    expect(pushes.flatMap((p) => p.keys).sort()).toEqual(list.map((r) => r.dedupeKey).sort())
  })
})

describe('the unit leader’s digest', () => {
  it('lists the unit’s overdue items by obligation with counts and names, in one message', () => {
    const list = planDay(district, at('2026-12-01'))
    const leaders = list.filter((r) => r.personId === '赵局长')
    expect(leaders.map((r) => r.obligation)).toEqual(['studyLastMonth', 'rectificationOverdue'])
    const digest = digestFor('赵局长', list)
    expect(digest?.lines.map((l) => [l.obligation, l.count])).toEqual([
      ['studyLastMonth', 2],
      ['rectificationOverdue', 1]
    ])
    expect(digest?.text).toBe('上月自学未达标 2 人：张三 2/5、李四 0/5；整改逾期 1 项：城建局整改（期限11月28日）')
    expect(pushFor('赵局长', list)?.body).toBe('您有 2 项待办：上月自学未达标 2 人；整改逾期')
  })

  it('is empty for someone with nothing due', () => {
    expect(digestFor('钱书记', planDay(facts(), at('2026-12-01')))).toBeNull()
  })
})
