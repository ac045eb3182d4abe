import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import Dialog from '@/components/Dialog'
import TextField from '@/components/TextField'
import { useSave } from '@/hooks/useSave'

/** 应邀: the unit secretary invites the area observation group to this upcoming session. */
export default function InviteButton({ sessionId }: { sessionId: string }) {
  const [asking, setAsking] = useState(false)
  const [note, setNote] = useState('')
  const invite = useSave('observe.request')
  const send = async () => {
    const sent = await invite.save({ sessionId, note: note || null })
    if (!sent) return
    setAsking(false)
    void Taro.showToast({ title: '已发出邀请', icon: 'success' })
  }
  return (
    <View>
      <Button className="btn btn-text btn-block" onClick={() => setAsking(true)} data-testid="group-invite">
        邀请片区巡听旁听组
      </Button>
      <Dialog
        open={asking}
        title="邀请巡听旁听"
        confirmText="发出邀请"
        busy={invite.busy}
        onConfirm={() => void send()}
        onCancel={() => setAsking(false)}
        testId="group-invite-dialog"
      >
        <View className="muted">邀请发给区委宣传部和本片区巡听旁听组，同意后会按本次学习的时间安排巡听旁听。</View>
        <TextField
          name="note"
          label="说明"
          optional
          error={invite.errors.note ?? invite.errors.sessionId ?? invite.errors._}
          value={note}
          maxlength={300}
          onInput={setNote}
          testId="group-invite-note"
        />
      </Dialog>
    </View>
  )
}
