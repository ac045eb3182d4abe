import { dueMonths, sharePercent, sumFigures, unitFigures, type UnitFacts } from '../../src/core/rules/dashboard'

const facts = (over: Partial<UnitFacts> = {}): UnitFacts => ({
  cadres: 4,
  studyMet: new Map(),
  methods: [],
  meetings: [],
  observations: [],
  sheets: new Map(),
  rectifications: [],
  ...over
})
const observation = (id: string, day: string) => ({
  id,
  unitId: 'u1',
  year: 2026,
  mode: 'fixed' as const,
  status: 'planned' as const,
  sessionId: null,
  day
})

describe('dashboard figures', () => {
  it('owes the quota only for months already begun', () => {
    expect(dueMonths({ kind: 'quarter', year: 2026, quarter: 4 }, '2026-11')).toEqual(['2026-10', '2026-11'])
    const f = unitFigures(
      'u1',
      facts({
        studyMet: new Map([
          ['2026-10', 3],
          ['2026-11', 1],
          ['2026-12', 4]
        ])
      }),
      { kind: 'quarter', year: 2026, quarter: 4 },
      '2026-11-20'
    )
    expect(f.study).toEqual({ cadres: 4, met: 4, due: 8, share: 50 })
  })

  it('scores a session by the mean of its sheets and grades the unit by the mean of its sessions', () => {
    const f = unitFigures(
      'u1',
      facts({
        observations: [observation('o1', '2026-11-02'), observation('o2', '2026-11-09'), observation('o3', '2026-10-01')],
        sheets: new Map([
          ['o1', { sheets: 2, sum: 179 }], // 89.5
          ['o2', { sheets: 1, sum: 92 }],
          ['o3', { sheets: 1, sum: 50 }] // October: outside the month
        ])
      }),
      { kind: 'month', month: '2026-11' },
      '2026-11-20'
    )
    expect(f.observation).toEqual({
      sessions: 2,
      scored: 2,
      scoreSum: 181.5,
      meanScore: 90.8,
      grade: '优秀',
      grades: { 优秀: 1, 良好: 1, 一般: 0, 较差: 0 }
    })
  })

  it('adds units up, recomputing shares and the mean over every session rather than averaging the units’ means', () => {
    const month = { kind: 'month' as const, month: '2026-11' }
    const one = unitFigures(
      'u1',
      facts({ observations: [observation('a', '2026-11-02')], sheets: new Map([['a', { sheets: 1, sum: 70 }]]) }),
      month,
      '2026-11-20'
    )
    const twoObs = [
      { ...observation('b', '2026-11-03'), unitId: 'u2' },
      { ...observation('c', '2026-11-04'), unitId: 'u2' }
    ]
    const two = unitFigures(
      'u2',
      facts({
        cadres: 1,
        studyMet: new Map([['2026-11', 1]]),
        observations: twoObs,
        sheets: new Map([
          ['b', { sheets: 1, sum: 100 }],
          ['c', { sheets: 1, sum: 100 }]
        ])
      }),
      month,
      '2026-11-20'
    )
    const sum = sumFigures([one, two])
    expect(sum.study).toEqual({ cadres: 5, met: 1, due: 5, share: 20 })
    expect(sum.observation.meanScore).toBe(90) // (70 + 100 + 100) / 3, not (70 + 100) / 2
    expect(sum.observation.grade).toBe('优秀')
    expect(sumFigures([]).coverage.rate).toBeNull()
    expect(sharePercent(2, 3)).toBe(66.7)
  })
})
