import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import type { StudyView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import Dialog from '../Dialog'
import FieldError from '../FieldError'
import { useSubmission } from '@/hooks/useSubmission'
import { call, messageOf } from '@/services/api'
import './index.scss'
import { todayInDistrict } from '@/services/clock'

export interface StudyRecordsProps {
  records: readonly StudyView[]
  /** Called after a record was withdrawn, to reload the month. */
  onChanged: () => void
}

/** The month's records: title, date, minutes; withdraw (with an optional reason) while allowed. */
export default function StudyRecords({ records, onChanged }: StudyRecordsProps) {
  const [target, setTarget] = useState<StudyView | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submission = useSubmission()

  const close = () => {
    setTarget(null)
    setReason('')
    setError(null)
    submission.succeeded()
  }

  const confirm = async () => {
    if (!target || submission.busy) return
    submission.setBusy(true)
    setError(null)
    try {
      await call('study.withdraw', { id: target.id, reason: reason.trim() || null }, { idempotencyKey: submission.key() })
      close()
      void Taro.showToast({ title: '已撤回', icon: 'success' })
      onChanged()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      submission.setBusy(false)
    }
  }

  return (
    <View className="study-records" data-testid="study-records">
      {records.map((r) => (
        <View className="list-item" key={r.id} data-testid="study-record">
          <View className="list-main">
            <View className="list-title">{r.title}</View>
            <View className="list-sub">
              <Text>{formatDayZh(r.studiedOn, todayInDistrict())}</Text>
              {r.minutes !== null && <Text className="study-records-minutes">· {r.minutes} 分钟</Text>}
            </View>
            {r.note && <View className="study-records-note">{r.note}</View>}
          </View>
          {r.canWithdraw && (
            <View className="study-records-withdraw" onClick={() => setTarget(r)} data-testid="study-withdraw">
              撤回
            </View>
          )}
        </View>
      ))}
      <Dialog
        open={!!target}
        title="撤回这条学习记录？"
        confirmText="确认撤回"
        busy={submission.busy}
        onConfirm={confirm}
        onCancel={close}
        testId="withdraw-dialog"
      >
        <View className="study-records-dialog-title">{target?.title}</View>
        <View className="muted">撤回后不再计入本月学习篇数，操作会留有记录。</View>
        <Input
          className="input study-records-reason"
          value={reason}
          placeholder="撤回原因（选填）"
          maxlength={100}
          onInput={(e) => setReason(e.detail.value)}
          data-testid="withdraw-reason"
        />
        <FieldError name="withdraw" message={error} />
      </Dialog>
    </View>
  )
}
