import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import StateView from '@/components/StateView'
import TextAreaField from '@/components/TextAreaField'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { back } from '@/services/routes'
import SheetNotes from '../../components/SheetNotes'

/** The day `days` after `day`. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The group leader's feedback to the observed unit: findings, suggestions, a rectification deadline. */
export default function FeedbackPage() {
  const id = useRouter().params.id ?? ''
  const today = todayInDistrict()
  const [form, setForm] = useState({ findings: '', suggestions: '', deadline: addDays(today, 30) })
  const saver = useSave('observe.feedback.send')
  // Every member's 点评 and 查阅资料 to write the feedback from (the leader reads them all).
  const session = useQuery(() => call('observe.session', { id }), [id], id !== '')
  const edit = (patch: Partial<typeof form>, field: string) => {
    setForm((f) => ({ ...f, ...patch }))
    saver.clear(field)
  }

  const submit = async () => {
    const sent = await saver.save({ observationId: id, ...form })
    if (!sent) return
    void Taro.showToast({ title: '已反馈', icon: 'success' })
    setTimeout(back, 600)
  }

  return (
    <View className="page">
      <View className="card" data-testid="feedback-sheets">
        <View className="card-title">组员评分与点评</View>
        <StateView loading={session.loading} error={session.error} onRetry={() => void session.reload()}>
          {session.data?.sheets.map((s) => (
            <View key={`${s.observerName}-${s.submittedAt}`}>
              <View className="list-item">
                <View className="list-main">{s.observerName}</View>
                <Text>{s.total} 分</Text>
              </View>
              {s.notes && <SheetNotes notes={s.notes} />}
            </View>
          ))}
        </StateView>
      </View>
      <View className="card">
        <TextAreaField
          name="findings"
          label="反馈结果"
          error={saver.errors.findings}
          value={form.findings}
          placeholder="本次学习的总体情况和存在的问题"
          maxlength={2000}
          onInput={(findings) => edit({ findings }, 'findings')}
          testId="feedback-findings"
        />
        <TextAreaField
          name="suggestions"
          label="意见建议"
          error={saver.errors.suggestions}
          value={form.suggestions}
          placeholder="改进学习的意见建议"
          maxlength={2000}
          onInput={(suggestions) => edit({ suggestions }, 'suggestions')}
          testId="feedback-suggestions"
        />
        <Field name="deadline" label="整改期限" error={saver.errors.deadline}>
          <DateField
            value={form.deadline}
            start={today}
            onChange={(deadline) => edit({ deadline }, 'deadline')}
            testId="feedback-deadline"
          />
        </Field>
      </View>
      <FieldError name="form" message={saver.errors._ ?? saver.errors.observationId} />
      <Button
        className="btn btn-primary btn-block"
        loading={saver.busy}
        disabled={saver.busy}
        onClick={() => void submit()}
        data-testid="feedback-submit"
      >
        发送反馈
      </Button>
      <View className="card muted">反馈后单位会收到整改任务，本场评分不能再修改。</View>
    </View>
  )
}
