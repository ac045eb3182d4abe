import { DEFAULT_QUOTAS, canWithdrawStudy, countStudiesInMonth, progress, studyDateProblem } from '../../src/core/rules/quota'
import { dayOf } from '../../src/core/time'

const rec = (studiedOn: string, withdrawnAt: string | null = null) => ({ studiedOn, withdrawnAt })

describe('self-study quota', () => {
  it('asks for five speeches a month by default', () => {
    expect(DEFAULT_QUOTAS.speechesPerMonth).toBe(5)
  })

  it('shows 3/5 not met when three speeches were studied', () => {
    expect(progress(3, 5)).toEqual({ count: 3, quota: 5, met: false })
  })

  it('counts the same speech studied twice as two (反复学习研读)', () => {
    expect(countStudiesInMonth([rec('2026-11-02'), rec('2026-11-02'), rec('2026-10-31')], '2026-11')).toBe(2)
  })

  it('does not count withdrawn records', () => {
    expect(countStudiesInMonth([rec('2026-11-02', '2026-11-03T00:00:00Z'), rec('2026-11-05')], '2026-11')).toBe(1)
  })

  it('refuses a study date in the future', () => {
    expect(studyDateProblem('2026-12-01', '2026-11-30')).toBe('学习日期不能晚于今天')
  })

  it('accepts a late entry for last month but not for the month before', () => {
    expect(studyDateProblem('2026-10-31', '2026-11-01')).toBeNull()
    expect(studyDateProblem('2026-09-30', '2026-11-01')).toBe('只能补记本月和上月的学习')
  })

  it('judges "today" by China time, so 23:30 UTC on the 30th is already 1 Dec', () => {
    const today = dayOf(new Date('2026-11-30T23:30:00Z'))
    expect(today).toBe('2026-12-01')
    expect(studyDateProblem('2026-12-01', today)).toBeNull()
  })

  it('lets a record be withdrawn only during its own month', () => {
    expect(canWithdrawStudy(rec('2026-11-03'), '2026-11-30')).toBe(true)
    expect(canWithdrawStudy(rec('2026-10-30'), '2026-11-01')).toBe(false)
    expect(canWithdrawStudy(rec('2026-11-03', '2026-11-04T00:00:00Z'), '2026-11-30')).toBe(false)
  })
})
