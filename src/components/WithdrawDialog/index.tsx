import { View } from '@tarojs/components'
import Dialog from '../Dialog'
import TextField from '../TextField'

export interface WithdrawDialogProps {
  open: boolean
  /** e.g. 撤销会议 */
  title: string
  /** What withdrawing also does, e.g. 撤销后，由本次会议生成的领学、交流记录将一并撤回。 */
  note: string
  busy: boolean
  reason: string
  onReason: (reason: string) => void
  /** The reason's error, or the refusal. */
  error?: string
  onConfirm: () => void
  onCancel: () => void
  /** Test ids are `${testId}-dialog` and `${testId}-reason`. */
  testId: string
}

/** Asks for the reason before something recorded is withdrawn (a meeting, a central-group session). */
export default function WithdrawDialog(props: WithdrawDialogProps) {
  return (
    <Dialog
      open={props.open}
      title={props.title}
      confirmText="撤销"
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
      testId={`${props.testId}-dialog`}
    >
      <View className="muted">{props.note}</View>
      <TextField
        name="reason"
        label="撤销原因"
        error={props.error}
        value={props.reason}
        maxlength={200}
        onInput={props.onReason}
        testId={`${props.testId}-reason`}
      />
    </Dialog>
  )
}
