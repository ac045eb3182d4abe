import { parseInput } from '../../src/core/contract'
import { actions } from '../../src/core/contract'
import {
  MAX_PLAN_ITEMS,
  nextPlanned,
  planItemsProblem,
  planMonthOpen,
  planProgress,
  studyPlanId
} from '../../src/core/rules/study-plan'

const plan = {
  items: [
    { speechId: 's1', title: '讲话一' },
    { speechId: null, title: '自拟篇目' },
    { speechId: 's2', title: '讲话二' },
    { speechId: 's3', title: '讲话三' }
  ]
}
const study = (speechId: string | null, title: string, studiedOn = '2026-11-05', withdrawnAt: string | null = null) => ({
  speechId,
  title,
  studiedOn,
  withdrawnAt
})

describe('self-study plan progress', () => {
  it('shows 4 planned, 1 studied and the next one when one planned speech was studied', () => {
    expect(planProgress(plan, [study('s1', '讲话一')], '2026-11')).toEqual({
      planned: 4,
      studied: 1,
      next: { speechId: null, title: '自拟篇目' },
      done: [true, false, false, false]
    })
  })

  it('matches a typed item by its title, a catalogue item by its id (not its title)', () => {
    const p = planProgress(plan, [study(null, '自拟篇目'), study('sX', '讲话二')], '2026-11')
    expect(p?.done).toEqual([false, true, false, false])
    expect(p?.next).toEqual({ speechId: 's1', title: '讲话一' })
  })

  it('does not count withdrawn records, nor records of another month', () => {
    const p = planProgress(
      plan,
      [study('s1', '讲话一', '2026-11-03', '2026-11-04T00:00:00Z'), study('s2', '讲话二', '2026-10-30')],
      '2026-11'
    )
    expect(p?.studied).toBe(0)
  })

  it('lets one record satisfy one planned item only', () => {
    const twice = { items: [plan.items[0], plan.items[0]] }
    expect(planProgress(twice, [study('s1', '讲话一')], '2026-11')?.done).toEqual([true, false])
  })

  it('has no next when everything planned was studied, and no progress without a plan or with an empty one', () => {
    const all = [study('s1', '讲话一'), study(null, '自拟篇目'), study('s2', '讲话二'), study('s3', '讲话三')]
    expect(planProgress(plan, all, '2026-11')).toMatchObject({ planned: 4, studied: 4, next: null })
    expect(planProgress(null, all, '2026-11')).toBeNull()
    expect(planProgress({ items: [] }, all, '2026-11')).toBeNull()
  })

  it('gives the reminder the title of the next planned speech (nextPlanned)', () => {
    expect(nextPlanned(plan, [study('s1', '讲话一'), study(null, '自拟篇目')], '2026-11')).toBe('讲话二')
    expect(nextPlanned(undefined, [], '2026-11')).toBeNull()
  })
})

describe('self-study plan rules', () => {
  it('gives one id per person and month', () => {
    expect(studyPlanId('p1', '2026-11')).toBe('p1.2026-11')
    expect(studyPlanId('p1', '2026-12')).not.toBe(studyPlanId('p1', '2026-11'))
  })

  it('refuses a speech planned twice, naming the second one', () => {
    expect(planItemsProblem([plan.items[0], plan.items[2], { speechId: 's1', title: '讲话一' }])).toEqual({
      message: '第 3 篇与前面的重复了：讲话一',
      field: 'items.2'
    })
    expect(planItemsProblem([plan.items[1], { speechId: null, title: '自拟篇目' }])?.field).toBe('items.1')
    expect(planItemsProblem(plan.items)).toBeNull()
  })

  it(`refuses more than ${MAX_PLAN_ITEMS} items`, () => {
    const many = Array.from({ length: MAX_PLAN_ITEMS + 1 }, (_, i) => ({ speechId: `s${i}`, title: `讲话${i}` }))
    expect(planItemsProblem(many)?.field).toBe('items')
    expect(planItemsProblem(many.slice(1))).toBeNull()
  })

  it('opens this month and next month only, across a year end', () => {
    expect(planMonthOpen('2026-12', '2026-12')).toBe(true)
    expect(planMonthOpen('2027-01', '2026-12')).toBe(true)
    expect(planMonthOpen('2026-11', '2026-12')).toBe(false)
    expect(planMonthOpen('2027-02', '2026-12')).toBe(false)
  })
})

describe('studyPlan.save input', () => {
  const parse = (raw: unknown) => parseInput(actions['studyPlan.save'].input, raw)
  const problem = (raw: unknown) => {
    try {
      parse(raw)
      return null
    } catch (error) {
      return { message: (error as Error).message, field: (error as { field?: string }).field }
    }
  }

  it('takes catalogue items and typed titles; an empty list is allowed', () => {
    expect(parse({ month: '2026-11', items: [{ speechId: 's1' }, { title: ' 自拟 ' }] }).items).toEqual([
      { speechId: 's1', title: null },
      { speechId: null, title: '自拟' }
    ])
    expect(parse({ month: '2026-11', items: [] }).items).toEqual([])
  })

  it('names the field of each problem in Chinese', () => {
    expect(problem({ month: '2026-11', items: [{ speechId: 's1' }, {}] })).toEqual({
      message: '请从目录选择讲话，或填写讲话标题',
      field: 'items.1.title'
    })
    expect(problem({ month: '2026-11', items: [{ speechId: 's1' }, { speechId: 's1' }] })).toEqual({
      message: '第 2 篇与前面的重复了',
      field: 'items.1'
    })
    expect(problem({ month: '2026-13', items: [] })?.field).toBe('month')
    expect(problem({ month: '2026-11' })).toEqual({ message: '请选择计划学习的讲话', field: 'items' })
    const many = Array.from({ length: MAX_PLAN_ITEMS + 1 }, (_, i) => ({ speechId: `s${i}` }))
    expect(problem({ month: '2026-11', items: many })).toEqual({ message: `自学计划最多 ${MAX_PLAN_ITEMS} 篇`, field: 'items' })
  })
})
