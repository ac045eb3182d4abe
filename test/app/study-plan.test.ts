import { MAX_PLAN_ITEMS } from '@/core/rules/study-plan'
import { addItem, adoptSuggestion, moveItem, prefillOf, prefillQuery, removeItem } from '@/services/study-plan'

const a = { speechId: 'a', title: '讲话甲' }
const b = { speechId: 'b', title: '讲话乙' }
const typed = { speechId: null, title: '自拟篇目' }

describe('plan editor list', () => {
  it('adds an item at the end, trimming a typed title', () => {
    expect(addItem([a], { speechId: null, title: ' 自拟篇目 ' })).toEqual({ items: [a, typed] })
  })

  it('refuses a speech already planned, an empty title and a full list, for the items field', () => {
    expect(addItem([a, typed], { speechId: 'a', title: '讲话甲' })).toEqual({
      problem: { field: 'items', message: '“讲话甲”已在计划中' }
    })
    expect(addItem([typed], { speechId: null, title: '自拟篇目' })).toMatchObject({ problem: { field: 'items' } })
    expect(addItem([], { speechId: null, title: '  ' })).toEqual({ problem: { field: 'items', message: '请填写讲话标题' } })
    const full = Array.from({ length: MAX_PLAN_ITEMS }, (_, i) => ({ speechId: `s${i}`, title: `讲话${i}` }))
    expect(addItem(full, b)).toEqual({ problem: { field: 'items', message: `自学计划最多 ${MAX_PLAN_ITEMS} 篇` } })
  })

  it('moves an item up or down, and leaves the ends alone', () => {
    expect(moveItem([a, b, typed], 2, -1)).toEqual([a, typed, b])
    expect(moveItem([a, b, typed], 0, 1)).toEqual([b, a, typed])
    expect(moveItem([a, b], 0, -1)).toEqual([a, b])
    expect(moveItem([a, b], 1, 1)).toEqual([a, b])
  })

  it('removes the item at an index', () => {
    expect(removeItem([a, b, typed], 1)).toEqual([a, typed])
  })

  it('adopts a suggestion after the cadre’s own items, skipping what is already planned', () => {
    expect(adoptSuggestion([b], [a, b, typed])).toEqual({ items: [b, a, typed], added: 2 })
    expect(adoptSuggestion([a, b, typed], [a])).toEqual({ items: [a, b, typed], added: 0 })
  })
})

describe('record form pre-fill', () => {
  it('round-trips a catalogue speech and a typed title through the page query', () => {
    expect(prefillOf(prefillQuery(a))).toEqual(a)
    expect(prefillOf(prefillQuery(typed))).toEqual(typed)
    expect(prefillOf({ speechId: 'a', title: encodeURIComponent('讲话甲') })).toEqual(a)
  })

  it('pre-fills nothing without a title, and survives a malformed escape', () => {
    expect(prefillOf({})).toBeNull()
    expect(prefillOf({ speechId: 'a' })).toBeNull()
    expect(prefillOf({ title: '%E4%B' })).toEqual({ speechId: null, title: '%E4%B' })
  })
})
