import { classicUses, closedOnTime, daysOverdue, monthsMet } from '../../src/core/rules/assessment'
import { cadreSheet } from '../../src/core/rules/assessment-sheets'

describe('assessment figures', () => {
  it('counts the months that reach the quota, a month at exactly 5 included', () => {
    expect(monthsMet([5, 4, 6, 0, 5], 5)).toBe(3)
    expect(monthsMet([], 5)).toBe(0)
  })

  it('counts days overdue only while the unit owes an answer', () => {
    expect(daysOverdue({ status: 'open', deadline: '2026-12-01' }, '2026-12-20')).toBe(19)
    expect(daysOverdue({ status: 'returned', deadline: '2026-02-27' }, '2026-03-02')).toBe(3)
    expect(daysOverdue({ status: 'open', deadline: '2026-12-20' }, '2026-12-20')).toBe(0)
    expect(daysOverdue({ status: 'open', deadline: '2026-12-21' }, '2026-12-20')).toBe(0)
    expect(daysOverdue({ status: 'submitted', deadline: '2026-12-01' }, '2026-12-20')).toBe(0)
    expect(daysOverdue({ status: 'closed', deadline: '2026-12-01' }, '2026-12-20')).toBe(0)
  })

  it('calls a rectification closed on time when its last answer came by the deadline', () => {
    expect(closedOnTime({ status: 'closed', deadline: '2026-11-10', answeredOn: '2026-11-10' })).toBe(true)
    expect(closedOnTime({ status: 'closed', deadline: '2026-11-10', answeredOn: '2026-11-11' })).toBe(false)
    expect(closedOnTime({ status: 'submitted', deadline: '2026-11-10', answeredOn: '2026-11-01' })).toBe(false)
    expect(closedOnTime({ status: 'closed', deadline: '2026-11-10', answeredOn: null })).toBe(false)
  })

  it('counts a classic once per held meeting of the year, never withdrawn, planned or other years', () => {
    const m = (over: object) => ({
      status: 'completed' as const,
      day: '2026-05-01',
      withdrawnAt: null,
      firstItem: { classics: [{ classicId: 'c1' }, { classicId: 'c1' }, { classicId: 'c2' }] },
      ...over
    })
    const uses = classicUses(
      [m({}), m({ withdrawnAt: 'x' }), m({ status: 'planned' }), m({ day: '2025-12-31' }), m({ firstItem: null }), m({})],
      { kind: 'year', year: 2026 }
    )
    expect(Object.fromEntries(uses)).toEqual({ c1: 2, c2: 2 })
  })

  it('shows lectures only for those who owe them, as x/quota', () => {
    const base = { unitName: '单位', areaName: '片区', name: '张三', position: '科员', monthsMet: 1, months: 3, studies: 7 }
    const sheet = cadreSheet(
      [
        { ...base, counts: { lecture: 1 }, lectureQuota: 2 },
        { ...base, counts: {}, lectureQuota: null }
      ],
      3
    )
    expect(sheet.columns[4].header).toBe('自学达标月数（共3个月）')
    expect(sheet.rows.map((r) => r[7])).toEqual(['1/2', null])
  })
})
