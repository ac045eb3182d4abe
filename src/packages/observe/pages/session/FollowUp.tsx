import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import PhotoStrip from '@/components/PhotoStrip'
import Tag from '@/components/Tag'
import { useSave } from '@/hooks/useSave'
import { open, ROUTES } from '@/services/routes'
import SheetNotes from '../../components/SheetNotes'
import type { Session } from './draft'

/** The session's sheets, and what happens after it: feedback (leader) and verification (members). */
export default function FollowUp({ session, onChanged }: { session: Session; onChanged: () => void }) {
  const o = session.observation
  const rect = o.rectification
  const verifier = useSave('observe.rectify.verify')
  const [returning, setReturning] = useState(false)
  const [reason, setReason] = useState('')

  const verify = async (accept: boolean) => {
    const done = await verifier.save({ observationId: o.id, accept, reason: accept ? null : reason })
    if (!done) return
    setReturning(false)
    void Taro.showToast({ title: accept ? '已通过' : '已退回', icon: 'success' })
    onChanged()
  }

  return (
    <View>
      <View className="card" data-testid="session-sheets">
        <View className="card-title">本场评分</View>
        {session.sheets.length === 0 ? (
          <View className="muted">组员提交评分后，这里显示每份评分和本场得分。</View>
        ) : (
          <View>
            <View className="session-score" data-testid="session-score">
              本场得分 <Text className="session-score-figure">{o.sessionScore}</Text> 分 · {o.grade}
              <Text className="muted">（{session.sheets.length} 份评分的平均分）</Text>
            </View>
            {session.sheets.map((s) => (
              <View key={`${s.observerName}-${s.submittedAt}`} className="session-sheet" data-testid="session-sheet">
                <View className="list-item">
                  <View className="list-main">{s.observerName}</View>
                  <Text>{s.total} 分</Text>
                </View>
                {s.notes && <SheetNotes notes={s.notes} />}
                <PhotoStrip photos={s.photos} testId="session-sheet-photos" />
              </View>
            ))}
          </View>
        )}
      </View>

      {!rect && session.isLeader && session.sheets.length > 0 && (
        <Button
          className="btn btn-block"
          onClick={() => open(ROUTES.observeFeedback, { id: o.id })}
          data-testid="session-feedback"
        >
          向单位反馈结果
        </Button>
      )}

      {rect && (
        <View className="card" data-testid="session-rectification">
          <View className="card-title">
            反馈与整改 <Tag text={rect.statusLabel} />
            {rect.overdue && <Tag text="已逾期" />}
          </View>
          <View className="follow-block">
            <View className="follow-label">反馈结果</View>
            <View>{rect.findings}</View>
            <View className="follow-label">意见建议</View>
            <View>{rect.suggestions}</View>
            <View className="muted">整改期限：{rect.deadline}</View>
          </View>
          {rect.measures && (
            <View className="follow-block">
              <View className="follow-label">整改措施</View>
              <View data-testid="session-measures">{rect.measures}</View>
              <View className="follow-label">整改落实情况</View>
              <View>{rect.evidence}</View>
            </View>
          )}
          {rect.returnReason && rect.status === 'returned' && <View className="muted">退回原因：{rect.returnReason}</View>}
          {rect.status === 'submitted' && session.isMember && (
            <View className="follow-actions">
              <Button className="btn" onClick={() => setReturning(true)} data-testid="verify-return">
                退回
              </Button>
              <Button
                className="btn btn-primary"
                loading={verifier.busy}
                disabled={verifier.busy}
                onClick={() => void verify(true)}
                data-testid="verify-accept"
              >
                核验通过
              </Button>
            </View>
          )}
          {verifier.errors._ && !returning && <View className="field-error">{verifier.errors._}</View>}
        </View>
      )}

      <Dialog
        open={returning}
        title="退回整改"
        confirmText="退回"
        busy={verifier.busy}
        onConfirm={() => void verify(false)}
        onCancel={() => setReturning(false)}
        testId="verify-dialog"
      >
        <Field name="reason" label="退回原因" error={verifier.errors.reason ?? verifier.errors._}>
          <Textarea
            className="textarea"
            value={reason}
            maxlength={300}
            onInput={(e) => {
              setReason(e.detail.value)
              verifier.clear('reason')
            }}
            data-testid="verify-reason"
          />
        </Field>
      </Dialog>
    </View>
  )
}
