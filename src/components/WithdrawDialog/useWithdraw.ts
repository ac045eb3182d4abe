import { useState } from 'react'
import Taro from '@tarojs/taro'
import { useSave } from '@/hooks/useSave'

/** The withdrawals that ask for a reason and withdraw the records the thing yielded. */
type WithdrawAction = 'meeting.withdraw' | 'centralGroup.session.withdraw'

/**
 * The state behind a WithdrawDialog for a meeting or a central-group session: `start` opens it,
 * `dialog` is spread onto the dialog (with its title, note and testId), `onDone` runs once withdrawn.
 */
export function useWithdraw(action: WithdrawAction, id: string, onDone: () => void) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const saver = useSave(action)
  const confirm = async () => {
    if (!(await saver.save({ id, reason }))) return
    setOpen(false)
    void Taro.showToast({ title: '已撤销', icon: 'success' })
    onDone()
  }
  return {
    start: () => setOpen(true),
    dialog: {
      open,
      busy: saver.busy,
      reason,
      onReason: setReason,
      error: saver.errors.reason ?? saver.errors._,
      onConfirm: () => void confirm(),
      onCancel: () => setOpen(false)
    }
  }
}
