import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import {} from '@tarojs/components'
import type { ObservationView, PlannerGroupView } from '@/core/contract'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TextField from '@/components/TextField'
import { useSave } from '@/hooks/useSave'

export type Decision = { kind: 'accept' | 'cancel'; observation: ObservationView }

/** Accepts an invitation with a group, or declines / cancels with a reason. */
export default function DecisionDialog(props: {
  decision: Decision | null
  groups: readonly PlannerGroupView[]
  onClose: (changed: boolean) => void
}) {
  const { decision, groups, onClose } = props
  const accept = useSave('observe.accept')
  const cancel = useSave('observe.cancel')
  const [groupId, setGroupId] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  useEffect(() => {
    accept.reset()
    cancel.reset()
    setGroupId(null)
    setReason('')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision])
  if (!decision) return null
  const o = decision.observation
  const accepting = decision.kind === 'accept'
  const saver = accepting ? accept : cancel

  const confirm = async () => {
    const done = accepting ? await accept.save({ id: o.id, groupId: groupId ?? '' }) : await cancel.save({ id: o.id, reason })
    if (!done) return
    void Taro.showToast({ title: accepting ? '已安排' : '已处理', icon: 'success' })
    onClose(true)
  }

  const covering = groups.filter((g) => g.active)
  return (
    <Dialog
      open
      title={
        accepting ? `安排巡听：${o.unitName}` : o.status === 'requested' ? `不安排：${o.unitName}` : `取消巡听：${o.unitName}`
      }
      confirmText={accepting ? '安排' : '确定'}
      busy={saver.busy}
      onConfirm={() => void confirm()}
      onCancel={() => onClose(false)}
      testId="decision-dialog"
    >
      {accepting ? (
        <Field name="groupId" label="巡听旁听组" error={accept.errors.groupId}>
          <SelectPicker
            options={covering.map((g) => ({ value: g.id, label: `${g.name}（${g.areas.map((a) => a.name).join('、')}）` }))}
            value={groupId}
            onChange={setGroupId}
            testId="decision-group"
          />
        </Field>
      ) : (
        <TextField
          name="reason"
          label="原因"
          error={cancel.errors.reason}
          value={reason}
          maxlength={100}
          onInput={(v) => {
            setReason(v)
            cancel.clear('reason')
          }}
          testId="decision-reason"
        />
      )}
      <FieldError name="form" message={saver.errors._ ?? saver.errors.id} />
    </Dialog>
  )
}
