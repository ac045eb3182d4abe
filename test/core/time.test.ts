import {
  dayOf,
  formatDayZh,
  isDayKey,
  isMonthKey,
  monthOf,
  monthRange,
  monthsBetween,
  shiftMonth,
  yearOf
} from '../../src/core/time'

// The whole file runs under TZ=UTC and TZ=America/Los_Angeles (see time-zones.test.ts) and must give the same answers.

describe('district periods (Asia/Shanghai)', () => {
  it('puts 16:30 UTC on 31 Oct into November in China', () => {
    const at = new Date('2026-10-31T16:30:00Z')
    expect(monthOf(at)).toBe('2026-11')
    expect(dayOf(at)).toBe('2026-11-01')
  })

  it('keeps 15:59 UTC on 31 Oct in October', () => {
    const at = new Date('2026-10-31T15:59:00Z')
    expect(monthOf(at)).toBe('2026-10')
    expect(dayOf(at)).toBe('2026-10-31')
  })

  it('starts the new year at Beijing midnight, not UTC midnight', () => {
    expect(yearOf(new Date('2026-12-31T16:00:00Z'))).toBe(2027)
    expect(yearOf(new Date('2026-12-31T15:00:00Z'))).toBe(2026)
  })

  it('shifts months across year ends', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
  })

  it('knows the last day of February in a leap year', () => {
    expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' })
    expect(monthRange('2026-02').last).toBe('2026-02-28')
  })

  it('lists the months between two months inclusive', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
  })

  it('rejects impossible days and months', () => {
    expect(isDayKey('2026-02-30')).toBe(false)
    expect(isDayKey('2026-2-3')).toBe(false)
    expect(isDayKey('2026-11-30')).toBe(true)
    expect(isMonthKey('2026-13')).toBe(false)
    expect(isMonthKey('2026-11')).toBe(true)
  })

  it('accepts every month of the year, January to September included', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
    expect(months.filter((m) => !isMonthKey(m))).toEqual([])
    expect(months.map((m) => `${m}-15`).filter((d) => !isDayKey(d))).toEqual([])
    expect(['2026-00', '2026-1', '2026-001', '2026-10-'].filter(isMonthKey)).toEqual([])
  })
})

describe('a day in Chinese (issue 13 item 3: a date outside the current year shows its year)', () => {
  it('leaves the year out within the year of today', () => {
    expect(formatDayZh('2026-01-01', '2026-12-31')).toBe('1月1日')
    expect(formatDayZh('2026-12-31', '2026-01-01')).toBe('12月31日')
  })

  it('gives the year of a day in the next or the last year, right at the turn of the year', () => {
    expect(formatDayZh('2027-01-12', '2026-12-31')).toBe('2027年1月12日')
    expect(formatDayZh('2026-12-31', '2027-01-01')).toBe('2026年12月31日')
  })
})
