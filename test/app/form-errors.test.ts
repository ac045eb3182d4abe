import { FORM_LAYOUT as MEETING_LAYOUT, newForm, toInput } from '@/packages/meeting/pages/edit/form'
import { fieldAnchorId, inputErrors, readErrors, summaryText, type FormLayout } from '@/services/form-errors'

const layout: FormLayout = {
  order: ['day', 'topic', 'memberIds', 'leadId', 'notes'],
  shownOn: { absentIds: 'memberIds', leadMode: 'leadId' }
}

describe('a refused form, as its user reads it', () => {
  it('lists the fields in error in the order the form shows them, not the order the errors came', () => {
    expect(readErrors({ notes: 'a', day: 'b', leadId: 'c' }, layout).fields).toEqual(['day', 'leadId', 'notes'])
  })

  it('counts a field once when two of its keys are refused (absences are ticked in the members list)', () => {
    const reading = readErrors({ absentIds: '缺席人员不在名单中', memberIds: '请选择参加人员', leadMode: 'x' }, layout)
    expect(reading.fields).toEqual(['memberIds', 'leadId'])
    expect(summaryText(reading.fields.length)).toBe('请检查标红的 2 项')
  })

  it('leaves the message naming no field, or a field the form does not show, for the button', () => {
    expect(readErrors({ _: '网络未连接', topic: '请填写学习主题' }, layout)).toEqual({
      fields: ['topic'],
      message: '网络未连接'
    })
    expect(readErrors({ id: '这次学习已撤销' }, layout)).toEqual({ fields: [], message: '这次学习已撤销' })
    // The message naming no field wins, whichever came first.
    expect(readErrors({ id: '已撤销', _: '操作失败' }, layout).message).toBe('操作失败')
  })

  it('ignores cleared messages', () => {
    expect(readErrors({ day: '', topic: null, notes: undefined }, layout)).toEqual({ fields: [], message: null })
  })

  it('says nothing when no field is marked, and counts what is', () => {
    expect(summaryText(0)).toBeNull()
    expect(summaryText(1)).toBe('请检查标红的 1 项')
  })

  it('names a nested field by an id a CSS selector takes as is', () => {
    expect(fieldAnchorId('studiedOn')).toBe('field-studiedOn')
    expect(fieldAnchorId('scores.item1')).toBe('field-scores-item1')
  })
})

describe('the meeting record refused before it is sent', () => {
  it('marks the study content, the lead and the discussion’s speakers at once, top to bottom', () => {
    const blank = { ...newForm('2026-12-04', '党组会', '', ['p1', 'p2']), contentType: 'latestSpeech' as const }
    const errors = inputErrors('meeting.save', toInput(blank, undefined))
    expect(readErrors(errors, MEETING_LAYOUT)).toEqual({ fields: ['title', 'leadId', 'speakers'], message: null })
    expect(errors.title).toBe('请从讲话目录选择，或填写第一议题名称')
  })

  it('lets a planned meeting go without its first item', () => {
    const planned = { ...newForm('2026-12-04', '党组会', '', []), status: 'planned' as const }
    expect(inputErrors('meeting.save', toInput(planned, undefined))).toEqual({})
  })
})
