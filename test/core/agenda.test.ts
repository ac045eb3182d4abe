import type { FirstAgendaItem, Meeting } from '../../src/core/model'
import {
  awaitsRecord,
  formatInstantZh,
  coverageBy,
  coverageOf,
  isCompliant,
  isLocked,
  isOverdue,
  meetingClock,
  meetingInstant,
  meetingRecordWishes,
  periodLabel,
  periodMonths,
  quarterOf,
  recordDeadline
} from '../../src/core/rules/agenda'
import { checkInProblem, checkInState, windowLabel } from '../../src/core/rules/attendance'
import { dayOf, monthOfDay, yearOf } from '../../src/core/time'

const item = (over: Partial<FirstAgendaItem> = {}): FirstAgendaItem => ({
  contentType: 'latestSpeech',
  title: '学习最新重要讲话',
  speechId: null,
  source: null,
  leadId: 'lead',
  leadName: '刘建国',
  leadMode: 'lead',
  discussion: true,
  speakers: [{ personId: 'a', name: '甲', points: '谈体会' }],
  tiedToWork: '结合重点工作',
  followUp: null,
  classics: [],
  ...over
})

/** A meeting at a district wall-clock time, with its periods derived the way the service does. */
function meeting(day: string, time: string, over: Partial<Meeting> = {}): Meeting {
  const start = meetingInstant(day, time)
  const d = dayOf(start)
  return {
    id: `${day}-${time}`,
    unitId: 'u1',
    areaId: 'a1',
    kind: '党组会',
    startsAt: start.toISOString(),
    day: d,
    month: monthOfDay(d),
    year: yearOf(start),
    place: null,
    status: 'completed',
    attendeeIds: [],
    guests: [],
    firstItem: item(),
    otherItems: [],
    completedAt: start.toISOString(),
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    createdAt: start.toISOString(),
    createdBy: 's',
    updatedAt: start.toISOString(),
    updatedBy: 's',
    ...over
  }
}

describe('a first agenda item', () => {
  it('is compliant when it exists and is one of the four study types', () => {
    for (const contentType of ['latestSpeech', 'instruction', 'originalWork', 'centralDecision'] as const) {
      expect(isCompliant({ firstItem: item({ contentType }) })).toBe(true)
    }
    expect(isCompliant({ firstItem: item({ contentType: 'other' }) })).toBe(false)
    expect(isCompliant({ firstItem: null })).toBe(false)
  })
})

describe('meeting days in China time', () => {
  it('puts an early-morning meeting on its China day, whatever the host zone', () => {
    const start = meetingInstant('2026-04-01', '07:30')
    expect(start.toISOString()).toBe('2026-03-31T23:30:00.000Z')
    expect(dayOf(start)).toBe('2026-04-01')
    expect(meetingClock(start.toISOString())).toBe('07:30')
    const late = meetingInstant('2026-12-31', '23:30')
    expect(yearOf(late)).toBe(2026)
    expect(meeting('2027-01-01', '00:15').year).toBe(2027)
  })
})

describe('coverage', () => {
  const today = '2026-04-20'
  const meetings = [
    meeting('2026-03-31', '15:00'),
    meeting('2026-04-01', '07:30'),
    meeting('2026-04-02', '09:00', { firstItem: item({ contentType: 'other' }) }),
    meeting('2026-04-03', '09:00', { firstItem: null }),
    meeting('2026-04-10', '09:00', { status: 'planned', firstItem: null, completedAt: null }),
    meeting('2026-04-18', '09:00', { status: 'planned', completedAt: null }),
    meeting('2026-04-05', '09:00', { withdrawnAt: '2026-04-06T00:00:00Z' }),
    meeting('2026-07-01', '09:00')
  ]

  it('counts a month: compliant over held meetings plus overdue unrecorded ones', () => {
    const april = coverageOf(meetings, { kind: 'month', month: '2026-04' }, today)
    expect(april).toEqual({ meetings: 4, compliant: 1, nonCompliant: 3, overdue: 1, pending: 1, rate: 25 })
    const march = coverageOf(meetings, { kind: 'month', month: '2026-03' }, today)
    expect(march).toEqual({ meetings: 1, compliant: 1, nonCompliant: 0, overdue: 0, pending: 0, rate: 100 })
  })

  it('counts quarters and the year, and gives no rate without meetings', () => {
    expect(coverageOf(meetings, { kind: 'quarter', year: 2026, quarter: 1 }, today).meetings).toBe(1)
    expect(coverageOf(meetings, { kind: 'quarter', year: 2026, quarter: 2 }, today).meetings).toBe(4)
    expect(coverageOf(meetings, { kind: 'quarter', year: 2026, quarter: 3 }, today)).toMatchObject({ meetings: 1, rate: 100 })
    expect(coverageOf(meetings, { kind: 'year', year: 2026 }, today)).toMatchObject({ meetings: 6, compliant: 3, rate: 50 })
    expect(coverageOf(meetings, { kind: 'year', year: 2025 }, today)).toMatchObject({ meetings: 0, rate: null })
  })

  it('rounds the rate to one decimal', () => {
    const three = [
      meeting('2026-05-01', '09:00'),
      meeting('2026-05-02', '09:00'),
      meeting('2026-05-03', '09:00', { firstItem: null })
    ]
    expect(coverageOf(three, { kind: 'month', month: '2026-05' }, today).rate).toBe(66.7)
  })

  it('groups by unit or area, giving zeros to keys without meetings', () => {
    const mixed = [meeting('2026-04-01', '09:00'), meeting('2026-04-02', '09:00', { unitId: 'u2', firstItem: null })]
    const byUnit = coverageBy(mixed, ['u1', 'u2', 'u3'], (m) => m.unitId, { kind: 'month', month: '2026-04' }, today)
    expect(byUnit.get('u1')?.rate).toBe(100)
    expect(byUnit.get('u2')?.rate).toBe(0)
    expect(byUnit.get('u3')).toMatchObject({ meetings: 0, rate: null })
  })

  it('names periods and their months', () => {
    expect(periodMonths({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(periodMonths({ kind: 'year', year: 2026 })).toHaveLength(12)
    expect(quarterOf('2026-03')).toBe(1)
    expect(quarterOf('2026-10')).toBe(4)
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('2026年第四季度')
    expect(periodLabel({ kind: 'month', month: '2026-11' })).toBe('2026年11月')
    expect(periodLabel({ kind: 'year', year: 2026 })).toBe('2026年')
  })

  it('names the first three quarters and lists their months', () => {
    const quarters = [1, 2, 3].map((quarter) => ({ kind: 'quarter' as const, year: 2027, quarter }))
    expect(quarters.map(periodLabel)).toEqual(['2027年第一季度', '2027年第二季度', '2027年第三季度'])
    expect(quarters.map(periodMonths)).toEqual([
      ['2027-01', '2027-02', '2027-03'],
      ['2027-04', '2027-05', '2027-06'],
      ['2027-07', '2027-08', '2027-09']
    ])
  })
})

describe('recording on time and the lock', () => {
  it('makes an unrecorded meeting overdue more than 3 days after its date', () => {
    const planned = meeting('2026-11-28', '09:00', { status: 'planned', completedAt: null })
    expect(recordDeadline('2026-11-28')).toBe('2026-12-01')
    expect(isOverdue(planned, '2026-12-01')).toBe(false)
    expect(isOverdue(planned, '2026-12-02')).toBe(true)
    expect(isOverdue({ ...planned, status: 'completed' }, '2026-12-31')).toBe(false)
    expect(isOverdue({ ...planned, withdrawnAt: 'x' }, '2026-12-31')).toBe(false)
  })

  it('locks a completed meeting 30 days after it was recorded', () => {
    const m = meeting('2026-11-20', '09:00', { completedAt: '2026-11-20T06:00:00.000Z' })
    expect(isLocked(m, new Date('2026-12-20T06:00:00.000Z'))).toBe(false)
    expect(isLocked(m, new Date('2026-12-20T06:00:00.001Z'))).toBe(true)
    expect(isLocked({ ...m, status: 'planned', completedAt: null }, new Date('2027-06-01T00:00:00Z'))).toBe(false)
  })

  it('never locks a meeting that is not completed, even one recorded as held long ago', () => {
    // A completed meeting edited back to planned keeps its old completedAt.
    const replanned = meeting('2026-11-20', '09:00', { status: 'planned', completedAt: '2026-11-20T06:00:00.000Z' })
    expect(isLocked(replanned, new Date('2027-06-01T00:00:00Z'))).toBe(false)
  })

  it('awaits its record from the very moment it starts', () => {
    const planned = meeting('2026-11-20', '09:00', { status: 'planned', completedAt: null })
    const start = Date.parse(planned.startsAt)
    expect(awaitsRecord(planned, new Date(start - 1))).toBe(false)
    expect(awaitsRecord(planned, new Date(start))).toBe(true)
    expect(awaitsRecord({ ...planned, withdrawnAt: 'x' }, new Date(start))).toBe(false)
    expect(awaitsRecord({ ...planned, status: 'completed' }, new Date(start))).toBe(false)
  })
})

describe('the check-in window', () => {
  const start = '2026-11-20T01:00:00.000Z'
  const at = (iso: string) => new Date(iso)

  it('is open from 30 minutes before to 2 hours after the start, both ends included', () => {
    expect(checkInState(start, at('2026-11-20T00:29:59.999Z'))).toBe('early')
    expect(checkInState(start, at('2026-11-20T00:30:00.000Z'))).toBe('open')
    expect(checkInState(start, at('2026-11-20T03:00:00.000Z'))).toBe('open')
    expect(checkInState(start, at('2026-11-20T03:00:00.001Z'))).toBe('closed')
  })

  it('follows a configured window and explains itself in Chinese', () => {
    const window = { beforeMinutes: 10, afterMinutes: 45 }
    expect(checkInState(start, at('2026-11-20T00:45:00.000Z'), window)).toBe('early')
    expect(checkInState(start, at('2026-11-20T01:45:00.000Z'), window)).toBe('open')
    expect(checkInState(start, at('2026-11-20T01:46:00.000Z'), window)).toBe('closed')
    expect(windowLabel()).toBe('会议开始前30分钟至开始后2小时')
    expect(checkInProblem('early')).toMatch(/签到尚未开始/)
    expect(checkInProblem('closed')).toMatch(/签到已结束/)
    expect(checkInProblem('open')).toBeNull()
  })
})

describe('the records a meeting yields', () => {
  it('gives the lead a lead-study record and each speaker one exchange record once held', () => {
    const m = meeting('2026-11-20', '09:00', {
      firstItem: item({
        speakers: [
          { personId: 'a', name: '甲', points: '谈体会' },
          { personId: 'b', name: '乙', points: '提措施' },
          { personId: 'a', name: '甲', points: '再补充' }
        ]
      })
    })
    const wishes = meetingRecordWishes(m)
    expect(wishes.map((w) => `${w.kind}:${w.personId}`)).toEqual(['leadStudy:lead', 'exchange:a', 'exchange:b'])
    expect(wishes.every((w) => w.date === '2026-11-20')).toBe(true)
    const lead = wishes[0]
    expect(lead.kind === 'leadStudy' && lead.details).toEqual({
      meeting: '党组会',
      content: '领学最新重要讲话：学习最新重要讲话',
      tiedToWork: '结合重点工作'
    })
    const a = wishes[1]
    expect(a.kind === 'exchange' && a.details.occasion).toBe('党委会议')
    // The real kind travels with the record (issue 13 item 6): its title reads 党组会, not 党委会议.
    expect(a.kind === 'exchange' && a.details.occasionName).toBe('党组会')
    expect(a.kind === 'exchange' && a.details.content).toMatch(/谈体会；再补充/)
  })

  it('says 传达 rather than 领学 when the lead relayed the text', () => {
    const wishes = meetingRecordWishes(meeting('2026-11-20', '09:00', { firstItem: item({ leadMode: 'relay' }) }))
    const lead = wishes.find((w) => w.kind === 'leadStudy')
    expect(lead?.details).toMatchObject({ content: '传达最新重要讲话：学习最新重要讲话' })
  })

  it('yields nothing while planned, when withdrawn, or when the first item is not study', () => {
    const m = meeting('2026-11-20', '09:00')
    expect(meetingRecordWishes({ ...m, status: 'planned' })).toEqual([])
    expect(meetingRecordWishes({ ...m, withdrawnAt: 'x' })).toEqual([])
    expect(meetingRecordWishes({ ...m, firstItem: item({ contentType: 'other' }) })).toEqual([])
    expect(meetingRecordWishes({ ...m, firstItem: null })).toEqual([])
  })
})

describe('formatInstantZh', () => {
  it('reads an instant on the district clock, whatever the host zone', () => {
    expect(formatInstantZh('2026-11-20T01:05:00Z', '2026-12-04')).toBe('11月20日 09:05')
    expect(formatInstantZh('2026-11-30T16:30:00Z', '2026-12-04')).toBe('12月1日 00:30')
    // Another year than today's shows the year.
    expect(formatInstantZh('2026-12-31T16:30:00Z', '2026-12-04')).toBe('2027年1月1日 00:30')
  })
})
