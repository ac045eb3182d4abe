import { planDay } from '../../../src/core/reminders/plan'
import type { ReminderFacts } from '../../../src/core/reminders/facts'
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/core/reminders/settings'
import { at, facts, person } from './fixtures'

type NominationFact = NonNullable<ReminderFacts['nominations']>[number]

// Filed at 23:30 China time on 2026-11-20 (15:30 UTC): its China day is the 20th, not the 21st.
const waiting: NominationFact = {
  id: 'model.2026.demoSession.session.s1',
  kind: 'demoSession',
  year: 2026,
  subjectName: '区财政局中心组学习',
  state: 'nominated',
  createdAt: '2026-11-20T15:30:00.000Z'
}

describe('nomination waiting for review → the admins, 7 days after it was filed', () => {
  const base = {
    people: [
      person('管理员甲', ['admin']),
      person('管理员乙', ['admin', 'cadre']),
      person('干部', ['cadre']),
      person('离开', ['admin'], { active: false })
    ],
    nominations: [waiting]
  }
  const plan = (day: string, extra: Partial<ReminderFacts> = {}, settings = DEFAULT_REMINDER_SETTINGS) =>
    planDay(facts({ ...base, ...extra }), at(day), settings).filter((r) => r.obligation === 'nominationReview')

  it('reminds every active admin on the 7th day after filing (China day), not the 6th', () => {
    expect(plan('2026-11-26')).toEqual([])
    const list = plan('2026-11-27')
    expect(list.map((r) => r.personId)).toEqual(['管理员甲', '管理员乙'])
    expect(list[0]).toMatchObject({
      period: waiting.id,
      stage: 'waiting',
      route: '/packages/models/pages/detail/index',
      query: { id: waiting.id },
      title: '先进典型推荐待审核'
    })
    expect(list[0].body).toBe('区财政局中心组学习（2026年度中心组学习示范课）的推荐已提交 7 天，还没有审核。')
    // Later days plan the same key again; the sender stores each key once.
    expect(plan('2026-12-10').map((r) => r.dedupeKey)).toEqual(list.map((r) => r.dedupeKey))
  })

  it('says nothing once it is named, rejected or revoked, when there are none, or when switched off', () => {
    for (const state of ['named', 'rejected', 'revoked'] as const) {
      expect(plan('2026-11-28', { nominations: [{ ...waiting, state }] })).toEqual([])
    }
    expect(plan('2026-11-28', { nominations: undefined })).toEqual([])
    const off = { ...DEFAULT_REMINDER_SETTINGS, nominationReview: { enabled: false, afterDays: 7 } }
    expect(plan('2026-11-28', {}, off)).toEqual([])
  })

  it('follows the admin’s days', () => {
    const three = { ...DEFAULT_REMINDER_SETTINGS, nominationReview: { enabled: true, afterDays: 3 } }
    expect(plan('2026-11-22', {}, three)).toEqual([])
    expect(plan('2026-11-23', {}, three)).toHaveLength(2)
  })
})
