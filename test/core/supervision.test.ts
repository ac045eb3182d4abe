import { isRectificationOverdue } from '../../src/core/rules/observation'
import { daysOverdue, supervisionFilter } from '../../src/core/rules/supervision'
import { RECTIFICATION_STATUSES } from '../../src/core/model'

describe('supervision list filters', () => {
  it('passes a status through, or none, when overdue is off', () => {
    expect(supervisionFilter(null, false, '2026-11-20')).toEqual({ statuses: null, deadlineBefore: null })
    expect(supervisionFilter('submitted', false, '2026-11-20')).toEqual({ statuses: ['submitted'], deadlineBefore: null })
  })

  it('narrows to the owed statuses before today when overdue is on', () => {
    expect(supervisionFilter(null, true, '2026-11-20')).toEqual({ statuses: ['open', 'returned'], deadlineBefore: '2026-11-20' })
    expect(supervisionFilter('returned', true, '2026-11-20').statuses).toEqual(['returned'])
    // A closed or submitted rectification is never overdue: nothing matches.
    expect(supervisionFilter('closed', true, '2026-11-20').statuses).toEqual([])
    expect(supervisionFilter('submitted', true, '2026-11-20').statuses).toEqual([])
  })

  it('agrees with isRectificationOverdue on every status and the days around the deadline', () => {
    for (const status of RECTIFICATION_STATUSES) {
      for (const deadline of ['2026-11-19', '2026-11-20', '2026-11-21']) {
        const { statuses, deadlineBefore } = supervisionFilter(null, true, '2026-11-20')
        const matched = statuses!.includes(status) && deadline < deadlineBefore!
        expect([status, deadline, matched]).toEqual([
          status,
          deadline,
          isRectificationOverdue({ status, deadline }, '2026-11-20')
        ])
      }
    }
  })

  it('counts whole days past the deadline, 0 when not overdue', () => {
    expect(daysOverdue({ status: 'open', deadline: '2026-11-10' }, '2026-11-20')).toBe(10)
    expect(daysOverdue({ status: 'returned', deadline: '2026-10-31' }, '2026-11-01')).toBe(1)
    expect(daysOverdue({ status: 'open', deadline: '2026-11-20' }, '2026-11-20')).toBe(0)
    expect(daysOverdue({ status: 'submitted', deadline: '2026-11-01' }, '2026-11-20')).toBe(0)
  })
})
