import { DERIVED_SOURCE_FIELDS, derivedTwins, duplicateMessage, isDerived } from '../../src/core/rules/duplicate-records'
import type { MethodRecord } from '../../src/core/model'

type Candidate = Parameters<typeof derivedTwins>[0][number]

const lead = (over: Partial<Candidate> = {}): Candidate => ({
  id: 'r1',
  kind: 'leadStudy',
  date: '2026-12-04',
  withdrawnAt: null,
  sourceMeetingId: 'm1',
  details: { meeting: '党组会', content: '领学最新讲话', tiedToWork: null },
  ...over
})

describe('no double counting by hand', () => {
  it('finds a meeting’s live record of the same kind on the same day', () => {
    expect(derivedTwins([lead()], 'leadStudy', '2026-12-04').map((r) => r.id)).toEqual(['r1'])
  })

  it.each([
    ['the day before', 'leadStudy', '2026-12-03', {}],
    ['the day after', 'leadStudy', '2026-12-05', {}],
    ['another kind', 'exchange', '2026-12-04', {}],
    ['a withdrawn one', 'leadStudy', '2026-12-04', { withdrawnAt: '2026-12-04T08:00:00Z' }],
    ['one typed by hand', 'leadStudy', '2026-12-04', { sourceMeetingId: null }]
  ] as const)('ignores %s', (_what, kind, date, over) => {
    expect(derivedTwins([lead(over)], kind, date)).toEqual([])
  })

  it('checks only the kinds meetings record (a note on a meeting day is never a duplicate)', () => {
    expect(derivedTwins([lead({ kind: 'note' as MethodRecord['kind'] })], 'note', '2026-12-04')).toEqual([])
  })

  it('names the day, the meeting and what it recorded', () => {
    const today = '2026-12-10'
    expect(duplicateMessage(lead(), today)).toBe('12月4日党组会已为您记录了领学，无需重复填写')
    const named = lead({ details: { meeting: '12月4日党组会', content: '领学', tiedToWork: null } })
    expect(duplicateMessage(named, today)).toBe('12月4日党组会已为您记录了领学，无需重复填写')
    // The real kind, never the category 党委会议 (issue 13 item 6), also for rows stored before it.
    const spoke = lead({ kind: 'exchange', details: { occasion: '党委会议', content: '12月4日党组会交流发言（学习）：要点' } })
    expect(duplicateMessage(spoke, today)).toBe('12月4日党组会已为您记录了交流发言，无需重复填写')
    const stored = lead({ kind: 'exchange', details: { occasion: '党委会议', occasionName: '党工委会', content: '要点' } })
    expect(duplicateMessage(stored, today)).toBe('12月4日党工委会已为您记录了交流发言，无需重复填写')
  })

  it('gives the year of a day outside the current year', () => {
    expect(duplicateMessage(lead(), '2027-01-05')).toBe('2026年12月4日党组会已为您记录了领学，无需重复填写')
  })

  it('treats every source field as a source, so a second source plugs in by its field', () => {
    expect(DERIVED_SOURCE_FIELDS).toContain('sourceMeetingId')
    expect(isDerived({ sourceMeetingId: 'm1' })).toBe(true)
    expect(isDerived({ sourceMeetingId: null })).toBe(false)
  })
})
