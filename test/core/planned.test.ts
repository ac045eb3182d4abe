import { lastListedMonth, PLANNED_LEAD_DAYS, plannedDue, plannedStage, type PlannedItem } from '../../src/core/rules/planned'

// Issue 13 item 3: planned items appear in "接下来要做" around their date and until confirmed.

const lecture = (over: Partial<PlannedItem> = {}): PlannedItem => ({
  key: 'lecture.1',
  kind: 'lecture',
  day: '2027-01-12',
  name: '新时代的青年担当（区实验小学）',
  confirmed: false,
  withdrawn: false,
  ...over
})

describe('the window of a planned item', () => {
  it(`appears ${PLANNED_LEAD_DAYS} days before its date, not the day before that`, () => {
    expect(plannedStage(lecture(), '2026-12-29')).toBe('upcoming')
    expect(plannedStage(lecture(), '2026-12-28')).toBeNull()
  })

  it('is coming up on its day and waits to be confirmed from the next day on, with no end', () => {
    expect(plannedStage(lecture(), '2027-01-12')).toBe('upcoming')
    expect(plannedStage(lecture(), '2027-01-13')).toBe('confirm')
    expect(plannedStage(lecture(), '2027-06-30')).toBe('confirm')
  })

  it('leaves once confirmed or withdrawn', () => {
    expect(plannedStage(lecture({ confirmed: true }), '2027-01-13')).toBeNull()
    expect(plannedStage(lecture({ withdrawn: true }), '2027-01-10')).toBeNull()
  })
})

describe('the lines of "接下来要做"', () => {
  it('asks before and after the date, with the year of a date in another year', () => {
    expect(plannedDue([lecture()], '2026-12-30')).toEqual([
      { key: 'lecture.1', kind: 'lecture', text: '计划讲课：新时代的青年担当（区实验小学）', when: '2027年1月12日' }
    ])
    expect(plannedDue([lecture()], '2027-01-13')[0]).toMatchObject({
      text: '讲完后请确认：新时代的青年担当（区实验小学）',
      when: '1月12日'
    })
  })

  it('puts the soonest first and words each kind', () => {
    const meeting: PlannedItem = { ...lecture(), key: 'm', kind: 'meeting', day: '2027-01-05', name: '1月5日党组会' }
    const session: PlannedItem = { ...lecture(), key: 's', kind: 'session', day: '2027-01-08', name: '中心组学习' }
    expect(plannedDue([lecture(), session, meeting], '2027-01-06').map((d) => d.text)).toEqual([
      '会议已召开，请补全记录：1月5日党组会',
      '计划中心组学习：中心组学习',
      '计划讲课：新时代的青年担当（区实验小学）'
    ])
  })
})

describe('how far 我的记录 can move', () => {
  it('reaches the month of a planned record after this month', () => {
    expect(lastListedMonth('2026-12', '2027-01-12')).toBe('2027-01')
  })
  it('stays at this month otherwise', () => {
    expect(lastListedMonth('2026-12', '2026-11-30')).toBe('2026-12')
    expect(lastListedMonth('2026-12', null)).toBe('2026-12')
  })
})
