import { AppError, actions, parseInput } from '../../src/core/contract'
import {
  DEFAULT_RUBRIC,
  annualFigures,
  gradeOf,
  isRectificationOverdue,
  keyedItems,
  rubricItemsProblem,
  rubricMax,
  scoresProblem,
  scoringProblem,
  sessionInstant,
  sessionPeriod,
  sessionScore,
  sheetTotal,
  visibleToUnit
} from '../../src/core/rules/observation'
import { MAX_SEED, drawUnits, mulberry32, verifyDraw } from '../../src/core/rules/random-draw'

const full = Object.fromEntries(DEFAULT_RUBRIC.items.map((i) => [i.key, i.max]))

describe('the default rubric', () => {
  it('has the 8 items of SPEC §3 adding up to 100 points', () => {
    expect(DEFAULT_RUBRIC.items).toHaveLength(8)
    expect(rubricMax(DEFAULT_RUBRIC)).toBe(100)
    expect(DEFAULT_RUBRIC.items.map((i) => i.max)).toEqual([15, 15, 15, 15, 10, 10, 10, 10])
    expect(rubricItemsProblem(DEFAULT_RUBRIC.items)).toBeNull()
  })

  it('refuses a new version that does not add up to 100 or repeats an item', () => {
    const items = DEFAULT_RUBRIC.items.map(({ part, label, max }) => ({ part, label, max }))
    expect(rubricItemsProblem([...items.slice(1)])?.message).toBe('各项分值合计应为100分，现在是85分')
    expect(rubricItemsProblem([...items.slice(1), { ...items[1], max: 15 }])?.field).toBe('items.7.label')
    expect(rubricItemsProblem([{ part: '领学', label: 'x', max: 0 }])?.field).toBe('items.0.max')
    expect(rubricItemsProblem([])?.message).toBe('评分细则至少要有一项')
  })
})

describe('a score sheet', () => {
  it('totals its items', () => {
    expect(sheetTotal(DEFAULT_RUBRIC, full)).toBe(100)
    expect(sheetTotal(DEFAULT_RUBRIC, { ...full, lead_height: 12.5, org_discussion: 7 })).toBe(94.5)
  })

  it('accepts scores within each item’s bounds, in half points', () => {
    expect(scoresProblem(DEFAULT_RUBRIC, full)).toBeNull()
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, lead_height: 0, talk_solutions: 9.5 })).toBeNull()
  })

  it('names the item that is missing, out of bounds or not a half point', () => {
    const { lead_depth: _, ...missing } = full
    expect(scoresProblem(DEFAULT_RUBRIC, missing)).toEqual({
      field: 'scores.lead_depth',
      message: '请为“往深处领（理论深度）”打分'
    })
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, talk_solutions: 11 })).toEqual({
      field: 'scores.talk_solutions',
      message: '“提出破解难题的思路举措”的得分应在0到10分之间'
    })
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, lead_height: -1 })?.field).toBe('scores.lead_height')
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, lead_height: 12.3 })?.message).toMatch(/整数或半分/)
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, extra: 1 })?.field).toBe('scores.extra')
  })

  it('asks for a score left empty: null from the wire or NaN from a cleared input', () => {
    const fromWire: Record<string, number> = JSON.parse(JSON.stringify({ ...full, talk_insight: null }))
    expect(scoresProblem(DEFAULT_RUBRIC, fromWire)).toEqual({
      field: 'scores.talk_insight',
      message: '请为“结合工作实际谈体会，较为深刻”打分'
    })
    expect(scoresProblem(DEFAULT_RUBRIC, { ...full, org_discussion: Number.NaN })?.field).toBe('scores.org_discussion')
  })

  it('stores a new version’s items under keys item1, item2 … by position, which its scores then use', () => {
    const items = DEFAULT_RUBRIC.items.map(({ part, label, max }) => ({ part, label, max }))
    const keyed = keyedItems(items)
    expect(keyed.map((i) => i.key)).toEqual(['item1', 'item2', 'item3', 'item4', 'item5', 'item6', 'item7', 'item8'])
    expect(keyed[0]).toEqual({ key: 'item1', part: '领学', label: '往高处领（政治高度）', max: 15 })
    const scores = Object.fromEntries(keyed.map((i) => [i.key, i.max]))
    expect(scoresProblem({ items: keyed }, scores)).toBeNull()
    expect(scoresProblem({ items: keyed }, full)?.field).toBe('scores.lead_height')
  })
})

describe('session score and grade', () => {
  it('is the mean of the submitted totals, one decimal', () => {
    expect(sessionScore([88, 91])).toBe(89.5)
    expect(sessionScore([90, 85, 86])).toBe(87)
    expect(sessionScore([80, 80, 81])).toBe(80.3)
    expect(sessionScore([])).toBeNull()
  })

  it.each([
    [100, '优秀'],
    [90, '优秀'],
    [89.9, '良好'],
    [80, '良好'],
    [79.5, '一般'],
    [60, '一般'],
    [59.9, '较差'],
    [0, '较差']
  ])('grades %s as %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade)
  })
})

describe('session time', () => {
  it('reads a session time as China time, whatever the host zone', () => {
    const at = sessionInstant('2026-11-20', '09:30')
    expect(at.toISOString()).toBe('2026-11-20T01:30:00.000Z')
    expect(sessionPeriod(sessionInstant('2027-01-01', '00:30'))).toEqual({ day: '2027-01-01', year: 2027 })
  })

  it('lets observers score from the session day until feedback is sent', () => {
    const planned = { status: 'planned' as const, day: '2026-11-20' }
    expect(scoringProblem(planned, false, '2026-11-19')).toMatch(/还没有开始/)
    expect(scoringProblem(planned, false, '2026-11-20')).toBeNull()
    expect(scoringProblem(planned, true, '2026-11-21')).toMatch(/不能再修改/)
    expect(scoringProblem({ ...planned, status: 'cancelled' }, false, '2026-11-20')).toMatch(/已取消/)
  })
})

describe('visibility of a random observation to the drawn unit', () => {
  const startsAt = sessionInstant('2026-11-20', '09:00').toISOString()

  it('is hidden before its start and shown from its start', () => {
    const random = { mode: 'random' as const, startsAt }
    expect(visibleToUnit(random, new Date('2026-11-20T00:59:59.999Z'))).toBe(false)
    expect(visibleToUnit(random, new Date('2026-11-20T01:00:00.000Z'))).toBe(true)
    expect(visibleToUnit(random, new Date('2026-12-01T00:00:00.000Z'))).toBe(true)
  })

  it('does not hide the announced modes', () => {
    for (const mode of ['fixed', 'invited', 'special', 'mutual'] as const) {
      expect(visibleToUnit({ mode, startsAt }, new Date('2026-11-01T00:00:00Z'))).toBe(true)
    }
  })
})

describe('the random draw', () => {
  const units = ['u-g', 'u-a', 'u-e', 'u-c', 'u-b', 'u-f', 'u-d', 'u-h', 'u-i', 'u-j']

  it('gives the same units for the same seed, whatever the candidates’ order', () => {
    const first = drawUnits(units, 3, 20261120)
    expect(first).toHaveLength(3)
    expect(new Set(first).size).toBe(3)
    expect(drawUnits([...units].reverse(), 3, 20261120)).toEqual(first)
    expect(verifyDraw({ candidateIds: units, count: 3, seed: 20261120, pickedIds: first })).toBe(true)
    expect(verifyDraw({ candidateIds: units, count: 3, seed: 20261121, pickedIds: first })).toBe(false)
  })

  it('keeps the reference mulberry32 sequence, so a stored draw can be redone with any implementation', () => {
    const random = mulberry32(42)
    expect([random(), random(), random()].map((x) => x.toFixed(8))).toEqual(['0.60110375', '0.44829056', '0.85246579'])
  })

  it('refuses a stored draw with units appended to the picks', () => {
    const first = drawUnits(units, 3, 20261120)
    const extra = units.find((u) => !first.includes(u)) as string
    expect(verifyDraw({ candidateIds: units, count: 3, seed: 20261120, pickedIds: [...first, extra] })).toBe(false)
    expect(verifyDraw({ candidateIds: units, count: 3, seed: 20261120, pickedIds: first.slice(0, 2) })).toBe(false)
  })

  it('refuses a stored draw whose seed is not a 32-bit unsigned integer, without throwing', () => {
    // 2^32 wraps to 0 inside the generator: it must not pass as a redo of seed 0.
    const withZero = drawUnits(units, 3, 0)
    for (const seed of [2 ** 32, 2 ** 32 + 7, -1, 1.5]) {
      expect([seed, verifyDraw({ candidateIds: units, count: 3, seed, pickedIds: withZero })]).toEqual([seed, false])
    }
    expect(verifyDraw({ candidateIds: units, count: 3, seed: 0, pickedIds: withZero })).toBe(true)
    expect(verifyDraw({ candidateIds: units, count: 3, seed: MAX_SEED, pickedIds: drawUnits(units, 3, MAX_SEED) })).toBe(true)
  })

  it('draws no more units than there are and none for count 0', () => {
    expect(drawUnits(['a', 'b'], 5, 1).sort()).toEqual(['a', 'b'])
    expect(drawUnits(units, 0, 1)).toEqual([])
    expect(() => drawUnits(units, 1, -1)).toThrow()
  })

  it('picks every unit about equally often (chi-square over 20,000 fixed seeds)', () => {
    const n = 20000
    const counts = new Map(units.map((u) => [u, 0]))
    const firstPlace = new Map(units.map((u) => [u, 0]))
    for (let seed = 1; seed <= n; seed++) {
      const picked = drawUnits(units, 3, (seed * 2654435761) >>> 0)
      for (const u of picked) counts.set(u, (counts.get(u) ?? 0) + 1)
      firstPlace.set(picked[0], (firstPlace.get(picked[0]) ?? 0) + 1)
    }
    const chiSquare = (observed: number[], expected: number) =>
      observed.reduce((sum, o) => sum + ((o - expected) * (o - expected)) / expected, 0)
    // 9 degrees of freedom: 27.88 is the 0.1% critical value. Fixed seeds make the test deterministic.
    expect(chiSquare([...counts.values()], (n * 3) / units.length)).toBeLessThan(27.88)
    expect(chiSquare([...firstPlace.values()], n / units.length)).toBeLessThan(27.88)
  })
})

describe('rectification', () => {
  it('is overdue only while the unit owes an answer past its deadline', () => {
    expect(isRectificationOverdue({ status: 'open', deadline: '2026-11-30' }, '2026-11-30')).toBe(false)
    expect(isRectificationOverdue({ status: 'open', deadline: '2026-11-30' }, '2026-12-01')).toBe(true)
    expect(isRectificationOverdue({ status: 'returned', deadline: '2026-11-30' }, '2026-12-01')).toBe(true)
    expect(isRectificationOverdue({ status: 'submitted', deadline: '2026-11-30' }, '2026-12-01')).toBe(false)
    expect(isRectificationOverdue({ status: 'closed', deadline: '2026-11-30' }, '2026-12-01')).toBe(false)
  })
})

describe('annual figures of a unit', () => {
  it('counts observations by mode, means the session scores and counts rectifications', () => {
    const obs = [
      { id: 'o1', unitId: 'u1', year: 2026, mode: 'fixed' as const, status: 'planned' as const, sessionId: 's1' },
      { id: 'o2', unitId: 'u1', year: 2026, mode: 'random' as const, status: 'planned' as const, sessionId: null },
      { id: 'o3', unitId: 'u1', year: 2026, mode: 'invited' as const, status: 'cancelled' as const, sessionId: 's3' },
      { id: 'o4', unitId: 'u1', year: 2025, mode: 'fixed' as const, status: 'planned' as const, sessionId: null },
      { id: 'o5', unitId: 'u2', year: 2026, mode: 'fixed' as const, status: 'planned' as const, sessionId: 's5' }
    ]
    const sheets = [
      { observationId: 'o1', total: 92 },
      { observationId: 'o1', total: 88 },
      { observationId: 'o2', total: 75 },
      { observationId: 'o4', total: 50 },
      { observationId: 'o5', total: 99 }
    ]
    const rects = [
      { id: 'o1', status: 'closed' as const, deadline: '2026-11-01' },
      { id: 'o2', status: 'open' as const, deadline: '2026-11-01' },
      { id: 'o5', status: 'open' as const, deadline: '2026-11-01' }
    ]
    const f = annualFigures('u1', 2026, obs, sheets, rects, '2026-11-20')
    expect(f.byMode).toEqual({ fixed: 1, random: 1, invited: 0, special: 0, mutual: 0 })
    expect([f.observed, f.scoredSessions, f.meanScore, f.grade]).toEqual([2, 2, 82.5, '良好'])
    expect([f.rectificationsDue, f.rectificationsClosed, f.rectificationsOverdue]).toEqual([2, 1, 1])
    const none = annualFigures('u3', 2026, obs, sheets, rects, '2026-11-20')
    expect([none.observed, none.meanScore, none.grade]).toEqual([0, null, null])
  })

  it('counts a session observed twice (a group and a partner unit) once, and each plan made before sessions', () => {
    const base = { unitId: 'u1', year: 2026, status: 'planned' as const }
    const obs = [
      { ...base, id: 'o1', mode: 'fixed' as const, sessionId: 's1' },
      { ...base, id: 'o2', mode: 'mutual' as const, sessionId: 's1' },
      { ...base, id: 'o3', mode: 'special' as const, sessionId: 's2' },
      { ...base, id: 'o4', mode: 'fixed' as const, sessionId: null },
      { ...base, id: 'o5', mode: 'fixed' as const, sessionId: null },
      { ...base, id: 'o6', mode: 'fixed' as const, sessionId: 's3', status: 'cancelled' as const }
    ]
    const f = annualFigures('u1', 2026, obs, [], [], '2026-11-20')
    expect([f.observed, f.sessionsObserved]).toEqual([5, 4])
  })
})

describe('the observation contract', () => {
  const problem = (name: keyof typeof actions, input: unknown) => {
    try {
      parseInput(actions[name].input, input)
    } catch (error) {
      if (error instanceof AppError) return [error.field, error.message]
      throw error
    }
    return null
  }
  const plan = { mode: 'fixed', sessionIds: ['s1'], groupId: 'g1' }

  it('names the field and says what is wrong in Chinese', () => {
    expect(problem('observe.plan', { ...plan, sessionIds: ['s1', 's2'] })).toEqual([
      'sessionIds',
      '定点和相互巡听一次只选一次学习'
    ])
    expect(problem('observe.plan', { ...plan, mode: 'special', theme: '全会', sessionIds: ['s1', 's1'] })).toEqual([
      'sessionIds',
      '同一次学习选了两遍'
    ])
    expect(problem('observe.plan', { ...plan, sessionIds: [] })).toEqual(['sessionIds', '请从学习安排中选择要巡听的中心组学习'])
    expect(problem('observe.plan', { ...plan, mode: 'special' })).toEqual(['theme', '请填写专项主题'])
    expect(problem('observe.plan', { ...plan, mode: 'mutual', partnerMemberIds: ['p1'] })).toEqual([
      'partnerUnitId',
      '请选择参加互学的单位'
    ])
    expect(problem('observe.plan', { ...plan, mode: 'mutual', partnerUnitId: 'u2' })).toEqual([
      'partnerMemberIds',
      '请选择参加互学单位的巡听人员'
    ])
    const window = { areaId: 'a', groupId: 'g', from: '2026-11-20', to: '2026-11-30', count: 1 }
    expect(problem('observe.draw', { ...window, count: 0 })).toEqual(['count', '至少抽取1次学习'])
    expect(problem('observe.draw', { ...window, to: '2026-11-19' })).toEqual(['to', '截止日期不能早于起始日期'])
    expect(problem('observe.draw', { ...window, to: '2026-11-20' })).toBeNull()
    expect(
      problem('observe.feedback.send', { observationId: 'o', findings: '', suggestions: 'x', deadline: '2026-12-01' })
    ).toEqual(['findings', '请填写反馈结果'])
    expect(problem('observe.plan', plan)).toBeNull()
  })
})
