import type { StudySession } from '../../src/core/model'
import {
  isObserverOf,
  isUpcomingSession,
  reviewWindow,
  sessionDrift,
  sessionDriftNotice,
  sessionPlanProblem,
  windowCandidates
} from '../../src/core/rules/observation-session'
import { verifyDraw, drawUnits } from '../../src/core/rules/random-draw'

type S = Pick<StudySession, 'id' | 'day' | 'status' | 'startsAt' | 'withdrawnAt'>
const now = new Date('2026-12-05T02:00:00Z') // 10:00 on 12-05 in China
const session = (id: string, day: string, over: Partial<S> = {}): S => ({
  id,
  day,
  status: 'planned',
  startsAt: `${day}T01:00:00.000Z`, // 09:00 China time
  withdrawnAt: null,
  ...over
})

describe('sessions an observation can be planned for', () => {
  it('takes a planned session from its start on, not one a second earlier, withdrawn or held', () => {
    const atNow = session('s', '2026-12-05', { startsAt: now.toISOString() })
    expect(isUpcomingSession(atNow, now)).toBe(true)
    expect(isUpcomingSession({ ...atNow, startsAt: new Date(now.getTime() - 1000).toISOString() }, now)).toBe(false)
    expect(sessionPlanProblem(atNow, now)).toBeNull()
    expect(sessionPlanProblem({ ...atNow, withdrawnAt: now.toISOString() }, now)).toContain('已撤销')
    expect(sessionPlanProblem({ ...atNow, status: 'completed' }, now)).toContain('已经开始或已召开')
  })
})

describe('draw candidates from a window', () => {
  const list = [
    session('s-before', '2026-12-06'),
    session('s-from', '2026-12-07'),
    session('s-b-to', '2026-12-20'),
    session('s-a-to', '2026-12-20'),
    session('s-after', '2026-12-21'),
    session('s-gone', '2026-12-10', { withdrawnAt: '2026-12-01T00:00:00.000Z' }),
    session('s-held', '2026-12-10', { status: 'completed' })
  ]

  it('includes the sessions on the first and last day, excludes the days outside and withdrawn or held ones', () => {
    expect(windowCandidates(list, '2026-12-07', '2026-12-20', now)).toEqual(['s-a-to', 's-b-to', 's-from'])
  })

  it('a one-day window holds that day only; a window starting today drops what already began', () => {
    expect(windowCandidates(list, '2026-12-06', '2026-12-06', now)).toEqual(['s-before'])
    const today = [session('s-early', '2026-12-05'), session('s-late', '2026-12-05', { startsAt: '2026-12-05T06:00:00.000Z' })]
    expect(windowCandidates(today, '2026-12-05', '2026-12-05', now)).toEqual(['s-late'])
  })

  it('gives the same sorted list whatever order the store returns, so the stored seed redoes the draw', () => {
    const a = windowCandidates(list, '2026-12-06', '2026-12-21', now)
    const b = windowCandidates([...list].reverse(), '2026-12-06', '2026-12-21', now)
    expect(b).toEqual(a)
    const picked = drawUnits(a, 2, 12345)
    expect(verifyDraw({ candidateIds: b, count: 2, seed: 12345, pickedIds: picked })).toBe(true)
    expect(verifyDraw({ candidateIds: b.slice(1), count: 2, seed: 12345, pickedIds: picked })).toBe(false)
  })
})

describe('a session that changed after the plan', () => {
  const planned = { sessionId: 's1', startsAt: '2026-12-10T01:00:00.000Z' }
  it('is unchanged at the same instant, moved at another, withdrawn when withdrawn', () => {
    expect(sessionDrift(planned, { startsAt: '2026-12-10T01:00:00.000Z', withdrawnAt: null })).toBeNull()
    expect(sessionDrift(planned, { startsAt: '2026-12-10T01:01:00.000Z', withdrawnAt: null })).toBe('moved')
    expect(sessionDrift(planned, { startsAt: planned.startsAt, withdrawnAt: '2026-12-06T00:00:00.000Z' })).toBe('withdrawn')
  })

  it('says nothing for a plan typed before sessions existed, or a session no longer found', () => {
    expect(sessionDrift({ ...planned, sessionId: null }, { startsAt: 'x', withdrawnAt: 'y' })).toBeNull()
    expect(sessionDrift(planned, null)).toBeNull()
  })

  it('names the new day and time of a moved session', () => {
    expect(sessionDriftNotice('moved', { startsAt: '2026-12-11T06:30:00.000Z' }, '14:30')).toContain('2026-12-11 14:30')
    expect(sessionDriftNotice('withdrawn', null, '')).toContain('已撤销')
    expect(sessionDriftNotice(null, null, '')).toBeNull()
  })
})

describe('who observes an observation', () => {
  const group = ['leader', 'member']
  it('is a group member, or a chosen partner person of a mutual observation only', () => {
    expect(isObserverOf({ mode: 'fixed', partnerMemberIds: [] }, group, 'member')).toBe(true)
    expect(isObserverOf({ mode: 'mutual', partnerMemberIds: ['p1'] }, group, 'p1')).toBe(true)
    expect(isObserverOf({ mode: 'mutual', partnerMemberIds: ['p1'] }, group, 'p2')).toBe(false)
    // A stale partner list on another mode grants nothing.
    expect(isObserverOf({ mode: 'fixed', partnerMemberIds: ['p1'] }, group, 'p1')).toBe(false)
  })

  it('reads the meetings of the 90 days up to the session day, both ends included, across a year end', () => {
    expect(reviewWindow('2026-12-05')).toEqual({ from: '2026-09-07', to: '2026-12-05' })
    expect(reviewWindow('2027-01-10')).toEqual({ from: '2026-10-13', to: '2027-01-10' })
  })
})
