import type { Person, Role, StudySession } from '../../src/core/model'
import {
  isLeadershipPosition,
  isPlanPeriod,
  leadProblem,
  presentMemberIds,
  sessionName,
  sessionPeopleProblem,
  sessionRecordWishes
} from '../../src/core/rules/central-group'
import { isPresent, presentCount } from '../../src/core/rules/presence'

const session = (over: Partial<StudySession> = {}): StudySession => ({
  id: 's1',
  unitId: 'u1',
  areaId: 'a1',
  startsAt: '2026-12-04T01:00:00.000Z',
  day: '2026-12-04',
  month: '2026-12',
  year: 2026,
  place: '三楼会议室',
  topic: '学习《习近平谈治国理政》第四卷',
  materials: [{ contentType: 'originalWork', title: '《习近平谈治国理政》第四卷', speechId: null, source: null }],
  classics: [],
  leadId: 'lead',
  leadName: '刘建国',
  leadMode: 'lead',
  memberIds: ['lead', 'a', 'b', 'c'],
  absentIds: [],
  speakers: [{ personId: 'a', name: '甲', points: '谈体会' }],
  tiedToWork: '结合年度重点工作',
  followUp: null,
  status: 'completed',
  completedAt: '2026-12-04T06:00:00.000Z',
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  createdAt: 'x',
  createdBy: 'x',
  updatedAt: 'x',
  updatedBy: 'x',
  ...over
})

const person = (
  position: string,
  roles: Role[] = ['cadre'],
  unitId = 'u1'
): Pick<Person, 'unitId' | 'position' | 'roles' | 'active'> => ({
  unitId,
  position,
  roles,
  active: true
})

describe('lead eligibility', () => {
  it.each(['党组书记、局长', '副局长', '党组成员、副局长', '部长', '主任', '党委委员', '班子成员', '镇长', '党工委书记'])(
    'accepts %s as a leadership-team post',
    (position) => expect(isLeadershipPosition(position)).toBe(true)
  )
  it.each(['办公室主任', '机关党支部书记', '综合科科长', '科员', '四级调研员', ''])('refuses %s', (position) =>
    expect(isLeadershipPosition(position)).toBe(false)
  )
  it('accepts the unit leader role whatever the position says', () => {
    expect(leadProblem(person('四级调研员', ['unitLeader']), 'u1')).toBeNull()
  })
  it('refuses a staff member, and a leader of another unit, with a message naming the lead', () => {
    expect(leadProblem(person('科员'), 'u1')).toBe('领学人应为本单位主要负责同志或班子成员')
    expect(leadProblem(person('局长', ['cadre'], 'u2'), 'u1')).toBe('领学人应为本单位在册人员')
    expect(leadProblem(null, 'u1')).toBe('领学人应为本单位在册人员')
    expect(leadProblem({ ...person('局长'), active: false }, 'u1')).toBe('领学人应为本单位在册人员')
  })
})

describe('presence defaults', () => {
  it('counts the listed as present once held, unless marked absent', () => {
    expect(isPresent(true, undefined, true)).toBe(true)
    expect(isPresent(true, false, true)).toBe(false)
    expect(isPresent(true, undefined, false)).toBe(false)
    expect(isPresent(false, true, false)).toBe(true)
    expect(isPresent(false, undefined, true)).toBe(false)
  })
  it('a session recorded after the fact never reads 已到 0 人', () => {
    expect(presentMemberIds(session())).toEqual(['lead', 'a', 'b', 'c'])
    expect(presentMemberIds(session({ absentIds: ['c'] }))).toEqual(['lead', 'a', 'b'])
    expect(presentMemberIds(session({ status: 'planned' }))).toEqual([])
  })
  it('counts walk-ins and unticks for a meeting once', () => {
    const marks = new Map([
      ['b', false],
      ['guest', true]
    ])
    expect(presentCount(['a', 'b'], marks, true)).toBe(2)
    expect(presentCount(['a', 'b'], marks, false)).toBe(1)
    expect(presentCount([], new Map(), true)).toBe(0)
  })
})

describe('session validation', () => {
  it('accepts a normal session', () => expect(sessionPeopleProblem(session())).toBeNull())
  it('names the field of each problem', () => {
    expect(sessionPeopleProblem(session({ absentIds: ['x'] }))?.field).toBe('absentIds')
    expect(sessionPeopleProblem(session({ absentIds: ['lead', 'a', 'b', 'c'] }))?.field).toBe('absentIds')
    expect(sessionPeopleProblem(session({ absentIds: ['lead'] }))).toEqual({ field: 'leadId', message: '领学人不能标为缺席' })
    expect(sessionPeopleProblem(session({ absentIds: ['a'] }))?.field).toBe('speakers')
    expect(sessionPeopleProblem(session({ speakers: [{ personId: 'zz', name: '', points: 'x' }] }))?.field).toBe('speakers')
  })
  it('lets a planned session list absentees-to-be without checking speakers', () => {
    expect(sessionPeopleProblem(session({ status: 'planned', absentIds: ['a'] }))).toBeNull()
  })
  it('plan periods are a month or a quarter of the plan year', () => {
    expect(isPlanPeriod('2026-03', 2026)).toBe(true)
    expect(isPlanPeriod('2026-Q4', 2026)).toBe(true)
    expect(isPlanPeriod('2026-13', 2026)).toBe(false)
    expect(isPlanPeriod('2026-Q5', 2026)).toBe(false)
    expect(isPlanPeriod('2025-03', 2026)).toBe(false)
  })
})

describe('records a session yields', () => {
  it('the records name the session as their occasion, exchanges carry 中心组学习', () => {
    expect(sessionName(session(), '2026-12-10')).toBe('中心组学习 12月4日')
    expect(sessionName(session(), '2027-01-05')).toBe('中心组学习 2026年12月4日')
    expect(sessionRecordWishes(session())).toEqual([
      {
        personId: 'lead',
        kind: 'leadStudy',
        date: '2026-12-04',
        details: {
          meeting: '中心组学习',
          content: '领学原文原著：学习《习近平谈治国理政》第四卷',
          tiedToWork: '结合年度重点工作'
        }
      },
      {
        personId: 'a',
        kind: 'exchange',
        date: '2026-12-04',
        details: {
          occasion: '中心组学习',
          occasionName: '中心组学习',
          content: '围绕“学习《习近平谈治国理政》第四卷”：谈体会'
        }
      }
    ])
  })
  it('yields nothing while planned or once withdrawn', () => {
    expect(sessionRecordWishes(session({ status: 'planned' }))).toEqual([])
    expect(sessionRecordWishes(session({ withdrawnAt: 'x' }))).toEqual([])
  })
})
