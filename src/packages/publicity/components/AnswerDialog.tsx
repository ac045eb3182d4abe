import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import TextField from '@/components/TextField'
import WithdrawDialog from '@/components/WithdrawDialog'
import type { PublicityItemView } from '@/core/contract'
import { useSave } from '@/hooks/useSave'
import { todayInDistrict } from '@/services/clock'

const ANSWERS = [
  { value: 'published', label: '已刊发' },
  { value: 'notUsed', label: '不予采用' }
] as const

type Answer = (typeof ANSWERS)[number]['value']

export interface AnswerDialogProps {
  item: PublicityItemView
  onDone: (item: PublicityItemView | null) => void
}

/** 登记结果: published (day, link, 版面期次) or not used; or withdraw an item recorded by mistake. */
export default function AnswerDialog({ item, onDone }: AnswerDialogProps) {
  const today = todayInDistrict()
  const [status, setStatus] = useState<Answer>('published')
  const [day, setDay] = useState(item.publishedOn ?? today)
  const [link, setLink] = useState(item.link ?? '')
  const [pageIssue, setPageIssue] = useState(item.pageIssue ?? '')
  const [withdrawing, setWithdrawing] = useState(false)
  const [reason, setReason] = useState('')
  const answer = useSave('publicity.answer')
  const withdraw = useSave('publicity.withdraw')
  const published = status === 'published'

  const save = async () => {
    const input = { id: item.id, status, day, link: published ? link : null, pageIssue: published ? pageIssue : null }
    const saved = await answer.save(input)
    if (!saved) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    onDone(saved)
  }
  const retract = async () => {
    const saved = await withdraw.save({ id: item.id, reason: reason || null })
    if (!saved) return
    void Taro.showToast({ title: '已撤回', icon: 'success' })
    onDone(null)
  }

  if (withdrawing) {
    return (
      <WithdrawDialog
        open
        title="撤回这条宣传报道？"
        note="撤回后不再列出，也不计入宣传统计。"
        busy={withdraw.busy}
        reason={reason}
        onReason={setReason}
        error={withdraw.errors.reason ?? withdraw.errors._ ?? withdraw.errors.id}
        onConfirm={() => void retract()}
        onCancel={() => setWithdrawing(false)}
        testId="publicity-withdraw"
      />
    )
  }
  return (
    <Dialog
      open
      title={item.status === 'published' ? '修改刊发信息' : '登记结果'}
      busy={answer.busy}
      confirmText="保存"
      onConfirm={() => void save()}
      onCancel={() => onDone(item)}
      testId="publicity-answer"
    >
      <View className="list-sub pub-answer-title">{item.title}</View>
      {item.status === 'submitted' && (
        <Field name="status" label="结果" error={answer.errors.status}>
          <ChipGroup options={ANSWERS} value={[status]} single onChange={([v]) => setStatus(v)} testId="answer-status" />
        </Field>
      )}
      <Field name="day" label={published ? '刊发日期' : '登记日期'} error={answer.errors.day}>
        <DateField value={day} start={item.submittedOn} end={today} onChange={setDay} testId="answer-day" />
      </Field>
      {published && (
        <>
          <TextField
            name="pageIssue"
            label="版面期次"
            optional
            placeholder="如：第3版、第12期"
            maxlength={40}
            value={pageIssue}
            onInput={setPageIssue}
            error={answer.errors.pageIssue}
            testId="answer-page"
          />
          <TextField
            name="link"
            label="刊发链接"
            optional
            placeholder="https://…"
            value={link}
            onInput={setLink}
            error={answer.errors.link}
            testId="answer-link"
          />
        </>
      )}
      <FieldError name="answer" message={answer.errors._ ?? answer.errors.id} />
      <Button className="btn btn-text btn-block" onClick={() => setWithdrawing(true)} data-testid="publicity-withdraw">
        登记有误，撤回这条记录
      </Button>
    </Dialog>
  )
}
