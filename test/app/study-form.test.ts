import type { StudyDraft } from '@/hooks/useStudyDraft'
import { toStudyInput } from '@/pages/study/record/validate'

const today = '2026-11-30'
const draft = (patch: Partial<StudyDraft>): StudyDraft => ({
  mode: 'manual',
  speech: null,
  title: '在学习贯彻党的二十届四中全会精神研讨班上的讲话',
  studiedOn: today,
  minutes: '',
  note: '',
  key: null,
  ...patch
})

describe('study record form', () => {
  it('turns a typed title into study.record input, empty extras as null', () => {
    expect(toStudyInput(draft({ minutes: ' 45 ' }), today)).toEqual({
      input: {
        speechId: null,
        title: '在学习贯彻党的二十届四中全会精神研讨班上的讲话',
        studiedOn: today,
        minutes: 45,
        note: null
      }
    })
  })

  it('names the date field when the date is after today', () => {
    expect(toStudyInput(draft({ studiedOn: '2026-12-01' }), today)).toEqual({
      problem: { field: 'studiedOn', message: '学习日期不能晚于今天' }
    })
  })

  it('names the date field for a month that is closed', () => {
    expect(toStudyInput(draft({ studiedOn: '2026-09-30' }), today)).toMatchObject({ problem: { field: 'studiedOn' } })
  })

  it('names the date field for a day that does not exist', () => {
    expect(toStudyInput(draft({ studiedOn: '2026-11-31' }), today)).toMatchObject({ problem: { field: 'studiedOn' } })
  })

  it('asks for a catalogue speech when none was picked', () => {
    expect(toStudyInput(draft({ mode: 'catalogue' }), today)).toMatchObject({ problem: { field: 'speechId' } })
  })

  it('rejects minutes that are not a whole number, naming the field', () => {
    expect(toStudyInput(draft({ minutes: '1.5' }), today)).toMatchObject({ problem: { field: 'minutes' } })
    expect(toStudyInput(draft({ minutes: '900' }), today)).toMatchObject({
      problem: { field: 'minutes', message: '学习时长不能超过600分钟' }
    })
  })
})
