import type { MethodRecord } from '../../src/core/model'
import { derivedOccasionName, derivedRecordTitle } from '../../src/core/rules/occasion-records'

// Issue 13 item 6: a record a meeting or session produced names the real meeting kind and its date.

type Derived = Pick<MethodRecord, 'kind' | 'date' | 'details'>
const exchange = (details: object, date = '2026-12-04'): Derived => ({ kind: 'exchange', date, details }) as Derived
const leadStudy = (meeting: string, content = '领学最新重要讲话：学习'): Derived =>
  ({ kind: 'leadStudy', date: '2026-12-04', details: { meeting, content, tiedToWork: null } }) as Derived
const TODAY = '2026-12-10'

describe('the title of a derived record', () => {
  it('names the real kind and the date of a committee meeting', () => {
    const r = exchange({ occasion: '党委会议', occasionName: '党组会', content: '学习“x”交流发言：要点' })
    expect(derivedRecordTitle(r, TODAY)).toBe('党组会 12月4日 · 交流发言')
    expect(derivedRecordTitle(leadStudy('党组会'), TODAY)).toBe('党组会 12月4日 · 领学')
    expect(derivedRecordTitle(leadStudy('党工委会', '传达重要指示批示精神：x'), TODAY)).toBe('党工委会 12月4日 · 传达')
  })

  it('names a central-group session 中心组学习', () => {
    expect(derivedRecordTitle(leadStudy('中心组学习'), TODAY)).toBe('中心组学习 12月4日 · 领学')
    expect(derivedRecordTitle(exchange({ occasion: '中心组学习', content: '…' }), TODAY)).toBe('中心组学习 12月4日 · 交流发言')
  })

  it('gives the year of a record outside the current year', () => {
    expect(derivedRecordTitle(leadStudy('党组会'), '2027-01-05')).toBe('党组会 2026年12月4日 · 领学')
  })

  it('reads the real kind from rows stored before it was kept (no migration)', () => {
    expect(derivedOccasionName(leadStudy('12月4日党组会'))).toBe('党组会')
    // 党工委会 ends with 工委会 too: the longer kind wins.
    expect(derivedOccasionName(leadStudy('12月4日党工委会'))).toBe('党工委会')
    expect(derivedOccasionName(leadStudy('中心组学习 12月4日 · 领学'))).toBe('中心组学习')
    const old = exchange({ occasion: '党委会议', content: '12月4日党组会交流发言（学习最新讲话）：要点' })
    expect(derivedRecordTitle(old, TODAY)).toBe('党组会 12月4日 · 交流发言')
  })

  it('has no title for a record it cannot place', () => {
    expect(derivedRecordTitle(leadStudy('区委全会'), TODAY)).toBeNull()
    expect(derivedRecordTitle(exchange({ occasion: '党委会议', content: '谈体会' }), TODAY)).toBeNull()
    expect(derivedRecordTitle({ kind: 'outreach', date: '2026-12-04', details: {} } as unknown as Derived, TODAY)).toBeNull()
  })
})
