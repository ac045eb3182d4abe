import { useEffect } from 'react'
import Taro, { useLoad } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import FormErrorSummary from '@/components/FormErrorSummary'
import SpeechPicker from '@/components/SpeechPicker'
import SubscribeSheet from '@/components/SubscribeSheet'
import TextAreaField from '@/components/TextAreaField'
import TextField from '@/components/TextField'
import { useFieldErrors } from '@/hooks/useFieldErrors'
import { useFormErrors } from '@/hooks/useFormErrors'
import { useStudyDraft, type StudyDraft } from '@/hooks/useStudyDraft'
import { useSubmission } from '@/hooks/useSubmission'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { withDraftKept } from '@/services/errors'
import { fieldAnchorId, type FormLayout } from '@/services/form-errors'
import { back, open, ROUTES } from '@/services/routes'
import { prefillOf } from '@/services/study-plan'
import { askAfterRecord, primeSubscribe } from '@/services/subscribe'
import { toStudyInput } from './validate'
import './index.scss'

const MODES = [
  { value: 'catalogue', label: '从目录选择' },
  { value: 'manual', label: '手动填写' }
] as const

/** The form's fields from top to bottom; a typed title is shown where the catalogue speech is. */
const LAYOUT: FormLayout = { order: ['speechId', 'studiedOn', 'minutes', 'note'], shownOn: { title: 'speechId' } }

/** Records one study: a catalogue speech or a typed title, the day, optional minutes and note. */
export default function StudyRecordPage() {
  const today = todayInDistrict()
  const { draft, restored, update, reset } = useStudyDraft(today)
  const { errors, show, clear } = useFieldErrors()
  const refusal = useFormErrors(errors, LAYOUT)
  const submission = useSubmission(draft.key)
  // The subscribe templates are needed synchronously in the submit tap.
  useEffect(() => {
    void primeSubscribe()
  }, [])

  // Opened from a planned speech (home's "下一篇", the plan page): start with it filled in.
  useLoad((params: Record<string, string | undefined>) => {
    const item = prefillOf(params)
    if (!item) return
    if (!item.speechId) {
      update({ mode: 'manual', speech: null, title: item.title })
      return
    }
    // The catalogue entry itself (so the record carries its id and counts for the plan); if it left
    // the catalogue, or the search fails, the title is filled in by hand instead.
    const manual = () => update({ mode: 'manual', speech: null, title: item.title })
    // The search takes at most 50 characters; the start of the title finds it.
    call('speech.search', { q: item.title.slice(0, 50), limit: 20 })
      .then(({ items }) => {
        const speech = items.find((s) => s.id === item.speechId)
        if (speech) update({ mode: 'catalogue', speech, title: '' })
        else manual()
      })
      .catch(manual)
  })

  const edit = (patch: Partial<StudyDraft>, ...fields: string[]) => {
    update(patch)
    fields.forEach((f) => clear(f))
  }

  const submit = async () => {
    if (submission.busy) return
    clear()
    const checked = toStudyInput(draft, today)
    if ('problem' in checked) {
      show(checked.problem)
      refusal.refused()
      return
    }
    // Still inside the tap, before the save's await: WeChat shows its subscribe dialog only here.
    // It asks only when no WeChat message is left; the save goes on whatever the answer.
    const asked = askAfterRecord()
    const key = submission.key()
    update({ key })
    submission.setBusy(true)
    try {
      await call('study.record', checked.input, { idempotencyKey: key })
      submission.succeeded()
      reset()
      void Taro.showToast({ title: '已记录', icon: 'success' })
      // Leave once the person has answered the subscribe question (at once when none was asked).
      void asked.finally(() => setTimeout(back, 600))
    } catch (error) {
      // The draft (and its key) stays on the phone: offline, the message says so.
      show(withDraftKept(error))
      refusal.refused()
    } finally {
      submission.setBusy(false)
    }
  }

  return (
    <View className="page record-page">
      {restored && (
        <View className="record-restored">
          <Text>已恢复上次未提交的内容。</Text>
          <Text className="record-clear" onClick={reset}>
            清空
          </Text>
        </View>
      )}

      <View className="card">
        <View id={fieldAnchorId('speechId')} className={`field ${errors.speechId || errors.title ? 'field-invalid' : ''}`}>
          <View className="field-label">学习的讲话</View>
          <ChipGroup
            options={MODES}
            value={[draft.mode]}
            single
            onChange={([mode]) => edit({ mode }, 'speechId', 'title')}
            testId="record-mode"
          />
          <View className="record-speech">
            {draft.mode === 'catalogue' ? (
              <SpeechPicker selected={draft.speech} onSelect={(speech) => edit({ speech }, 'speechId')} />
            ) : (
              <Input
                className="input"
                value={draft.title}
                placeholder="讲话或文章标题"
                maxlength={120}
                onInput={(e) => edit({ title: e.detail.value }, 'title')}
                data-testid="record-title"
              />
            )}
          </View>
          <FieldError name="speechId" message={errors.speechId} />
          <FieldError name="title" message={errors.title} />
        </View>

        <Field name="studiedOn" label="学习日期" error={errors.studiedOn} hint="可补记本月和上月的学习">
          <DateField
            value={draft.studiedOn}
            end={today}
            onChange={(studiedOn) => edit({ studiedOn }, 'studiedOn')}
            testId="record-date"
          />
        </Field>

        <TextField
          name="minutes"
          label="学习时长（分钟）"
          optional
          error={errors.minutes}
          type="number"
          value={draft.minutes}
          placeholder="如 30"
          maxlength={3}
          onInput={(minutes) => edit({ minutes }, 'minutes')}
          testId="record-minutes"
        />

        <TextAreaField
          name="note"
          label="学习笔记"
          optional
          error={errors.note}
          value={draft.note}
          placeholder="记下学习体会或要点"
          maxlength={1000}
          onInput={(note) => edit({ note }, 'note')}
          testId="record-note"
        />
      </View>

      <FormErrorSummary errors={refusal} testId="record" />
      <Button
        className="btn btn-primary btn-block"
        loading={submission.busy}
        disabled={submission.busy || undefined}
        onClick={submit}
        data-testid="record-submit"
      >
        提交
      </Button>
      <View className="record-foot muted">同一篇讲话反复学习，每次都可以记录。</View>
      <View className="record-plan-link" onClick={() => open(ROUTES.studyPlan)} data-testid="record-plan-link">
        我的自学计划 ›
      </View>
      <SubscribeSheet />
    </View>
  )
}
