import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import type { NominationDetailView } from '@/core/contract'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import TextAreaField from '@/components/TextAreaField'
import { useSave } from '@/hooks/useSave'

export interface ReviewPanelProps {
  nomination: NominationDetailView
  onDone: (updated: NominationDetailView) => void
}

/** The admin's decision: name with a title or reject with a reason; revoke a named model with a reason. */
export default function ReviewPanel({ nomination: n, onDone }: ReviewPanelProps) {
  const [title, setTitle] = useState(n.defaultTitle)
  const [reason, setReason] = useState('')
  const review = useSave('models.review')
  const revoke = useSave('models.revoke')
  const errors = { ...review.errors, ...revoke.errors }
  const done = (out: NominationDetailView | null) => {
    if (out) onDone(out)
  }
  if (n.canRevoke) {
    return (
      <View className="card" data-testid="nomination-revoke">
        <View className="card-title">撤销命名</View>
        <TextAreaField
          name="reason"
          label="撤销理由"
          placeholder="写明撤销命名的理由，将记入操作记录"
          value={reason}
          onInput={setReason}
          error={errors.reason}
          testId="revoke-reason"
        />
        <FieldError name="_" message={errors._} />
        <Button
          className="btn btn-block"
          loading={revoke.busy}
          disabled={revoke.busy}
          onClick={async () => done(await revoke.save({ id: n.id, reason }))}
          data-testid="revoke-submit"
        >
          撤销命名
        </Button>
      </View>
    )
  }
  return (
    <View className="card" data-testid="nomination-review">
      <View className="card-title">审核</View>
      <Field name="title" label="命名称号" hint="命名后在“先进典型”中展示" error={errors.title}>
        <Input
          className="input"
          value={title}
          maxlength={60}
          onInput={(e) => setTitle(e.detail.value)}
          data-testid="review-title"
        />
      </Field>
      <Button
        className="btn btn-primary btn-block"
        loading={review.busy}
        disabled={review.busy}
        onClick={async () => done(await review.save({ id: n.id, decision: 'approve', title }))}
        data-testid="review-approve"
      >
        通过并命名
      </Button>
      <TextAreaField
        name="reason"
        label="不予通过的理由"
        optional
        hint="不予通过时必填，推荐单位可以看到"
        value={reason}
        onInput={setReason}
        error={errors.reason}
        testId="review-reason"
      />
      <FieldError name="_" message={errors._} />
      <Button
        className="btn btn-block"
        disabled={review.busy}
        onClick={async () => done(await review.save({ id: n.id, decision: 'reject', reason }))}
        data-testid="review-reject"
      >
        不予通过
      </Button>
    </View>
  )
}
