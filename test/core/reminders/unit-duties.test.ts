import type { FirstAgendaItem } from '../../../src/core/model/meeting'
import { planDay } from '../../../src/core/reminders/plan'
import type { ReminderFacts } from '../../../src/core/reminders/facts'
import { at, facts, person } from './fixtures'

type MeetingFact = ReminderFacts['meetings'][number]
const firstItem: FirstAgendaItem = {
  contentType: 'latestSpeech',
  title: '最新讲话',
  speechId: null,
  source: null,
  leadId: '赵局长',
  leadName: '赵局长',
  leadMode: null,
  discussion: false,
  speakers: [],
  tiedToWork: null,
  followUp: null,
  classics: []
}
const meeting = (extra: Partial<MeetingFact> = {}): MeetingFact => ({
  id: 'm1',
  unitId: 'u1',
  kind: '党组会',
  day: '2026-11-20',
  startsAt: '2026-11-20T01:00:00.000Z',
  status: 'planned',
  withdrawnAt: null,
  firstItem: null,
  completedAt: null,
  ...extra
})
const staff = [person('钱书记', ['unitSecretary']), person('赵局长', ['unitLeader']), person('张三', ['cadre'])]
const of = (list: ReturnType<typeof planDay>, obligation: string) => list.filter((r) => r.obligation === obligation)

describe('meeting not recorded / first agenda item missing → the unit secretary', () => {
  const plan = (day: string, m: MeetingFact = meeting(), people = staff) =>
    of(planDay(facts({ people, meetings: [m] }), at(day)), 'meetingRecord')

  it('reminds the secretary 3 days after the meeting date, not before', () => {
    expect(plan('2026-11-22')).toEqual([])
    const [r] = plan('2026-11-23')
    expect(r).toMatchObject({ personId: '钱书记', period: 'm1', stage: 'record', query: { id: 'm1' } })
    expect(r.body).toBe('11月20日党组会已过去 3 天，还没有记录。')
    // A later day still names the meeting once, and says how long it has really been.
    const later = plan('2026-11-30')[0]
    expect(later.dedupeKey).toBe(r.dedupeKey)
    expect(later.body).toBe('11月20日党组会已过去 10 天，还没有记录。')
  })

  it('reminds of a held meeting saved without a first agenda item, until it locks', () => {
    const held = meeting({ status: 'completed', completedAt: '2026-11-21T02:00:00.000Z' })
    expect(plan('2026-11-23', held)[0]).toMatchObject({ stage: 'first-item', body: '11月20日党组会的记录没有第一议题，请补充。' })
    expect(plan('2026-12-25', held)).toEqual([])
  })

  it('says nothing of a held meeting with its first item, a withdrawn one, or one of an inactive unit', () => {
    expect(plan('2026-11-23', meeting({ status: 'completed', firstItem, completedAt: '2026-11-21T02:00:00.000Z' }))).toEqual([])
    expect(plan('2026-11-23', meeting({ withdrawnAt: '2026-11-21T02:00:00.000Z' }))).toEqual([])
    const gone = [person('钱书记', ['unitSecretary'], { unitId: 'u2' })]
    expect(plan('2026-11-23', meeting({ unitId: 'u2' }), gone)).toEqual([])
  })

  it('reminds a secretary who is also the leader once, and not an inactive secretary', () => {
    expect(plan('2026-11-23', meeting(), [person('钱书记', ['unitSecretary', 'unitLeader', 'cadre'])])).toHaveLength(1)
    expect(plan('2026-11-23', meeting(), [person('钱书记', ['unitSecretary'], { active: false })])).toEqual([])
  })
})

type Rect = ReminderFacts['rectifications'][number]
const rect = (extra: Partial<Rect> = {}): Rect => ({ id: 'o1', unitId: 'u1', status: 'open', deadline: '2026-11-30', ...extra })

describe('rectification past its deadline → the unit secretary and leader, the day after, then weekly', () => {
  const plan = (day: string, r: Rect = rect(), people = staff) =>
    of(planDay(facts({ people, rectifications: [r] }), at(day)), 'rectificationOverdue')
  const stages = (day: string, r?: Rect) => [...new Set(plan(day, r).map((x) => x.stage))]

  it('is quiet on the deadline and reminds both on the day after', () => {
    expect(plan('2026-11-30')).toEqual([])
    expect(plan('2026-12-01').map((r) => r.personId)).toEqual(['钱书记', '赵局长'])
    expect(plan('2026-12-01')[0].body).toBe('巡听旁听反馈的整改已超过期限（11月30日）1 天，请尽快提交整改情况。')
  })

  it('keeps one stage a week: deadline+1…+7, then +8…+14', () => {
    expect(stages('2026-12-01')).toEqual(['week-0'])
    expect(stages('2026-12-07')).toEqual(['week-0'])
    expect(stages('2026-12-08')).toEqual(['week-1'])
    expect(stages('2026-12-15')).toEqual(['week-2'])
  })

  it('reminds while returned, not once the unit answered or it was closed', () => {
    expect(plan('2026-12-01', rect({ status: 'returned' }))).toHaveLength(2)
    expect(plan('2026-12-01', rect({ status: 'submitted' }))).toEqual([])
    expect(plan('2026-12-01', rect({ status: 'closed' }))).toEqual([])
  })

  it('reminds a person who is both secretary and leader once', () => {
    expect(plan('2026-12-01', rect(), [person('钱书记', ['unitSecretary', 'unitLeader'])])).toHaveLength(1)
  })
})

describe('observation scored but no feedback → the group members, 5 days after the session', () => {
  const base = {
    people: [
      person('组长', ['observer'], { unitId: 'u3' }),
      person('组员', ['observer'], { unitId: 'u3' }),
      person('离开', ['observer'], { unitId: 'u3', active: false })
    ],
    observations: [{ id: 'o1', unitId: 'u1', groupId: 'g1', status: 'planned' as const, day: '2026-11-20' }],
    groups: [{ id: 'g1', memberIds: ['组长', '组员', '离开'], active: true }],
    sheets: [{ observationId: 'o1' }]
  }
  const plan = (day: string, extra: Partial<ReminderFacts> = {}) =>
    of(planDay(facts({ ...base, ...extra }), at(day)), 'observationFeedback')

  it('reminds the active members on the 5th day after the session, not the 4th', () => {
    expect(plan('2026-11-24')).toEqual([])
    const list = plan('2026-11-25')
    expect(list.map((r) => r.personId)).toEqual(['组长', '组员'])
    expect(list[0]).toMatchObject({
      stage: 'after-session',
      query: { id: 'o1' },
      route: '/packages/observe/pages/feedback/index'
    })
    expect(list[0].body).toBe('11月20日城建局巡听旁听已过去 5 天，已评分但还没有向单位反馈结果。')
  })

  it('says nothing once feedback was sent, before any sheet, or for a cancelled observation', () => {
    expect(plan('2026-11-25', { rectifications: [rect()] }).length).toBe(0)
    expect(plan('2026-11-25', { sheets: [] })).toEqual([])
    expect(plan('2026-11-25', { observations: [{ ...base.observations[0], status: 'cancelled' }] })).toEqual([])
  })
})
