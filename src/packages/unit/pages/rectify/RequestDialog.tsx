import { useState } from 'react'
import Taro from '@tarojs/taro'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TextField from '@/components/TextField'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

/** The secretary invites the area group (应邀) to one of the unit's upcoming central-group sessions. */
export default function RequestDialog({ open, onClose }: { open: boolean; onClose: (sent: boolean) => void }) {
  const [form, setForm] = useState({ sessionId: null as string | null, note: '' })
  // The unit's planned sessions not yet started: what the group can be invited to.
  const sessions = useQuery(() => call('centralGroup.session.list', {}), [], open)
  const upcoming = (sessions.data?.items ?? []).filter((s) => s.statusLabel === '计划召开')
  const saver = useSave('observe.request')
  const edit = (patch: Partial<typeof form>, field: string) => {
    setForm((f) => ({ ...f, ...patch }))
    saver.clear(field)
  }
  const submit = async () => {
    const sent = await saver.save({ sessionId: form.sessionId ?? '', note: form.note || null })
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
      <Field
        name="sessionId"
        label="邀请巡听的中心组学习"
        error={
          saver.errors.sessionId ?? (sessions.data && upcoming.length === 0 ? '请先在“中心组学习”中安排一次学习' : undefined)
        }
      >
        <SelectPicker
          options={upcoming.map((s) => ({
            value: s.id,
            label: `${formatDayZh(s.day, todayInDistrict())} ${s.time} · ${s.topic}`
          }))}
          value={form.sessionId}
          onChange={(sessionId) => edit({ sessionId }, 'sessionId')}
          testId="request-session"
        />
      </Field>
      <TextField
        name="note"
        label="说明"
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
