import { useState } from 'react'
import { Textarea } from '@tarojs/components'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import type { FeedbackAdminView } from '@/core/contract'
import { useSave } from '@/hooks/useSave'

/** The admin's answer to one message; the author is told in the app and the inbox. */
export default function AnswerDialog({
  item,
  onDone,
  onCancel
}: {
  item: FeedbackAdminView | null
  onDone: () => void
  onCancel: () => void
}) {
  const saver = useSave('feedback.answer')
  const [answer, setAnswer] = useState('')
  const submit = async () => {
    if (!item) return
    const done = await saver.save({ id: item.id, answer })
    if (!done) return
    setAnswer('')
    onDone()
  }
  return (
    <Dialog
      open={item !== null}
      title={`回复${item?.authorName ?? ''}`}
      confirmText="回复"
      busy={saver.busy}
      onConfirm={() => void submit()}
      onCancel={() => {
        saver.reset()
        onCancel()
      }}
      testId="feedback-answer-dialog"
    >
      <Field name="answer" label="回复内容" error={saver.errors.answer ?? saver.errors._ ?? saver.errors.id}>
        <Textarea
          className="textarea"
          value={answer}
          maxlength={1000}
          placeholder="回复会显示在对方的意见反馈里，并通知对方"
          onInput={(e) => {
            setAnswer(e.detail.value)
            saver.clear('answer')
          }}
          data-testid="feedback-answer-text"
        />
      </Field>
    </Dialog>
  )
}
