// draft.ts keeps the sheet in storage; nothing here touches it.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import type { RubricView } from '@/core/contract'
import { sheetLayout, toSheetInput, type SheetDraft } from '@/packages/observe/pages/session/draft'
import { readErrors, summaryText } from '@/services/form-errors'
import { afterFailedRead, ApiError, DRAFT_KEPT_MESSAGE, NETWORK_MESSAGE, staleNotice, withDraftKept } from '@/services/errors'

const rubric = {
  version: 1,
  items: [
    { key: 'item1', part: '学习组织', label: '学习计划', max: 10 },
    { key: 'item2', part: '学习组织', label: '领学', max: 20 },
    { key: 'item3', part: '学习效果', label: '研讨', max: 70 }
  ]
} as RubricView

const draft = (scores: Record<string, string>, comments = '很好'): SheetDraft => ({
  observationId: 'o1',
  rubric,
  scores,
  comments,
  reviewed: [],
  reviewNote: '',
  fieldResearch: '',
  photos: [],
  key: null,
  synced: false,
  savedAt: null,
  title: '区发展和改革局'
})

describe('the score sheet refused', () => {
  it('marks every item out of range and the missing comments at once, top to bottom', () => {
    const checked = toSheetInput(draft({ item1: '12', item2: '15', item3: '' }, ' '))
    expect(checked).toEqual({
      problems: [
        { field: 'scores.item1', message: '“学习计划”的得分应在0到10分之间' },
        { field: 'scores.item3', message: '请为“研讨”打分' },
        { field: 'comments', message: '请填写现场指导和点评' }
      ]
    })
    if (!('problems' in checked)) throw new Error('refused')
    const errors = Object.fromEntries(checked.problems.map((p) => [p.field, p.message]))
    const reading = readErrors(errors, sheetLayout(rubric))
    expect(reading.fields).toEqual(['scores.item1', 'scores.item3', 'comments'])
    expect(summaryText(reading.fields.length)).toBe('请检查标红的 3 项')
  })

  it('sends a sheet whose every item is within bounds', () => {
    expect(toSheetInput(draft({ item1: '9.5', item2: '18', item3: '60' }))).toMatchObject({
      input: { scores: { item1: 9.5, item2: 18, item3: 60 }, comments: '很好' }
    })
  })
})

describe('a form that keeps its draft, offline', () => {
  it('says the draft is kept when the network failed, and passes any other refusal on', () => {
    expect(withDraftKept(new ApiError('NETWORK', 'x'))).toMatchObject({ code: 'NETWORK', message: DRAFT_KEPT_MESSAGE })
    const refused = new ApiError('VALIDATION', '学习日期不能晚于今天', { field: 'studiedOn' })
    expect(withDraftKept(refused)).toBe(refused)
  })
})

describe('figures read before the network went', () => {
  it('stay on screen, said to be from the time they were read (China time)', () => {
    const left = afterFailedRead(new ApiError('NETWORK', NETWORK_MESSAGE), '2026-12-04T04:03:10.000Z')
    expect(left).toEqual({ staleSince: '12:03' })
    if ('staleSince' in left) expect(staleNotice(left.staleSince)).toBe('离线，显示的是 12:03 的数据')
  })

  it('give way to the error when nothing was read yet, or the server refused', () => {
    const failed = (e: unknown, readAt: string | null) => {
      const left = afterFailedRead(e, readAt)
      return 'error' in left ? { code: left.error.code, message: left.error.message } : left
    }
    expect(failed(new ApiError('NETWORK', NETWORK_MESSAGE), null)).toEqual({ code: 'NETWORK', message: NETWORK_MESSAGE })
    // A refusal keeps its code: the page renders it as a refusal, not a failure to retry.
    expect(failed(new ApiError('FORBIDDEN', '您没有权限'), '2026-12-04T04:03:10.000Z')).toEqual({
      code: 'FORBIDDEN',
      message: '您没有权限'
    })
  })
})
