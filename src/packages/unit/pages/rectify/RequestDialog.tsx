import { useState } from 'react'
import Taro from '@tarojs/taro'
import DateField from '@/components/DateField'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import TimeField from '@/components/TimeField'
import TextField from '@/components/TextField'
import { useSave } from '@/hooks/useSave'
import { todayInDistrict } from '@/services/clock'

/** The secretary invites an observation (应邀) of an upcoming central-group session. */
export default function RequestDialog({ open, onClose }: { open: boolean; onClose: (sent: boolean) => void }) {
  const today = todayInDistrict()
  const [form, setForm] = useState({ day: today, time: '09:00', note: '' })
  const saver = useSave('observe.request')
  const edit = (patch: Partial<typeof form>, field: string) => {
    setForm((f) => ({ ...f, ...patch }))
    saver.clear(field)
  }
  const submit = async () => {
    const sent = await saver.save({ day: form.day, time: form.time, note: form.note || null })
    if (!sent) return
    void Taro.showToast({ title: '已发出邀请', icon: 'success' })
    onClose(true)
  }
  return (
    <Dialog
      open={open}
      title="邀请巡听旁听"
      confirmText="发出邀请"
      busy={saver.busy}
      onConfirm={() => void submit()}
      onCancel={() => onClose(false)}
      testId="request-dialog"
    >
      <Field name="day" label="学习会日期" error={saver.errors.day}>
        <DateField value={form.day} start={today} onChange={(day) => edit({ day }, 'day')} testId="request-day" />
      </Field>
      <Field name="time" label="开始时间" error={saver.errors.time}>
        <TimeField value={form.time} onChange={(time) => edit({ time }, 'time')} testId="request-time" />
      </Field>
      <TextField
        name="note"
        label="学习内容或说明"
        optional
        error={saver.errors.note}
        value={form.note}
        maxlength={300}
        onInput={(note) => edit({ note }, 'note')}
        testId="request-note"
      />
      <FieldError name="form" message={saver.errors._} />
    </Dialog>
  )
}
