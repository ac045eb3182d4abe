import { AppError, actions, parseInput, type InputOf } from '@/core/contract'
import { studyDateProblem } from '@/core/rules/quota'
import { isDayKey, type DayKey } from '@/core/time'
import type { StudyDraft } from '@/hooks/useStudyDraft'

/** A problem in one field of the form, in Chinese. */
export interface FormProblem {
  field: string
  message: string
}

/** Turns the draft into `study.record` input, or the first problem, checked as the server will. */
export function toStudyInput(d: StudyDraft, today: DayKey): { input: InputOf<'study.record'> } | { problem: FormProblem } {
  if (d.mode === 'catalogue' && !d.speech)
    return { problem: { field: 'speechId', message: '请从目录中选择讲话，或改为手动填写标题' } }
  if (d.mode === 'manual' && !d.title.trim()) return { problem: { field: 'title', message: '请填写讲话标题' } }
  if (!d.studiedOn) return { problem: { field: 'studiedOn', message: '请选择学习日期' } }
  if (!isDayKey(d.studiedOn)) return { problem: { field: 'studiedOn', message: '学习日期格式不对，应为“年-月-日”' } }
  const dateProblem = studyDateProblem(d.studiedOn, today)
  if (dateProblem) return { problem: { field: 'studiedOn', message: dateProblem } }
  const minutesText = d.minutes.trim()
  if (minutesText && !/^\d+$/.test(minutesText)) return { problem: { field: 'minutes', message: '学习时长应为整数分钟' } }
  const input: InputOf<'study.record'> = {
    speechId: d.mode === 'catalogue' ? (d.speech?.id ?? null) : null,
    title: d.mode === 'manual' ? d.title.trim() : null,
    studiedOn: d.studiedOn,
    minutes: minutesText ? Number(minutesText) : null,
    note: d.note.trim() || null
  }
  try {
    parseInput(actions['study.record'].input, input)
  } catch (e) {
    if (e instanceof AppError) return { problem: { field: e.field ?? '_', message: e.message } }
    throw e
  }
  return { input }
}
