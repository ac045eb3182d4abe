import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import AttachmentPicker from '@/components/AttachmentPicker'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import TextAreaField from '@/components/TextAreaField'
import type { FileView } from '@/core/contract'
import { useSave } from '@/hooks/useSave'
import { back } from '@/services/routes'
import { getSession } from '@/services/session'

const MAX_SCREENSHOTS = 4

/** The feedback form: a message, and screenshots only if the user wants to add some. */
export default function NewFeedbackPage() {
  const [message, setMessage] = useState('')
  const [shots, setShots] = useState<FileView[]>([])
  const [shotError, setShotError] = useState<string | null>(null)
  const saver = useSave('feedback.send')

  const submit = async () => {
    const sent = await saver.save({ message, screenshots: shots.map((f) => f.id) })
    if (!sent) return
    void Taro.showToast({ title: '已提交', icon: 'success' })
    setTimeout(back, 600)
  }

  const shotsError = shotError ?? Object.entries(saver.errors).find(([field]) => field.startsWith('screenshots'))?.[1]
  return (
    <View className="page">
      <View className="card">
        <TextAreaField
          name="message"
          label="意见内容"
          error={saver.errors.message}
          value={message}
          placeholder="请写下遇到的问题、意见或建议"
          maxlength={1000}
          onInput={(v) => {
            setMessage(v)
            saver.clear('message')
          }}
          testId="feedback-text"
        />
        <Field name="screenshots" label="截图" optional error={shotsError}>
          <AttachmentPicker
            files={shots}
            max={MAX_SCREENSHOTS}
            documents={false}
            personId={getSession().me?.person.id ?? ''}
            noun="截图"
            onChange={(files) => {
              setShotError(null)
              setShots(files)
            }}
            onError={setShotError}
          />
        </Field>
      </View>
      <FieldError name="form" message={saver.errors._} />
      <Button
        className="btn btn-primary btn-block"
        loading={saver.busy}
        disabled={saver.busy}
        onClick={() => void submit()}
        data-testid="feedback-send"
      >
        提交
      </Button>
    </View>
  )
}
