import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Dialog from '@/components/Dialog'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import type { OutletView, RecordDetailView } from '@/core/contract'
import { useFieldErrors } from '@/hooks/useFieldErrors'
import { useSubmission } from '@/hooks/useSubmission'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'

type Step = 'withdraw' | 'submit' | 'publish' | 'confirm' | null

export interface ActionsProps {
  detail: RecordDetailView
  onChanged: (detail: RecordDetailView | null) => void
}

/** The owner's next steps: submit/publish a note, confirm a planned lecture, correct, withdraw. */
export default function Actions({ detail, onChanged }: ActionsProps) {
  const today = todayInDistrict()
  const [step, setStep] = useState<Step>(null)
  const [form, setForm] = useState<Record<string, string>>({})
  const [outlets, setOutlets] = useState<OutletView[]>([])
  const { errors, show, clear } = useFieldErrors()
  const submission = useSubmission()
  const { item, body } = detail
  if (!detail.mine || item.withdrawn) return null

  const begin = (next: Step, initial: Record<string, string>) => {
    clear()
    submission.succeeded()
    setForm(initial)
    setStep(next)
    if (next === 'submit' || next === 'publish')
      void call('outlet.list', {}).then(
        (r) => setOutlets(r.items),
        () => undefined
      )
  }
  const set = (name: string, value: string) => {
    setForm((f) => ({ ...f, [name]: value }))
    clear(name)
  }

  const run = async () => {
    if (submission.busy) return
    submission.setBusy(true)
    const opts = { idempotencyKey: submission.key() }
    try {
      if (step === 'withdraw' && item.kind === 'study') {
        await call('study.withdraw', { id: item.id, reason: form.reason || null }, opts)
        onChanged(null)
      } else if (step === 'withdraw') {
        onChanged(await call('record.withdraw', { id: item.id, reason: form.reason || null }, opts))
      } else if (step === 'submit') {
        onChanged(await call('note.submit', { id: item.id, outletId: form.outletId ?? '', submittedOn: form.date }, opts))
      } else if (step === 'publish') {
        const publication = { id: item.id, publishedOn: form.date, link: form.link || null, pageIssue: form.pageIssue || null }
        onChanged(await call('note.publish', { ...publication, ...(form.outletId ? { outletId: form.outletId } : {}) }, opts))
      } else if (step === 'confirm') {
        const audience = form.audience ? Number(form.audience) : null
        onChanged(await call('lecture.confirm', { id: item.id, date: form.date, audience }, opts))
      }
      submission.succeeded()
      setStep(null)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (e) {
      show(e)
    } finally {
      submission.setBusy(false)
    }
  }

  const status = body.kind === 'note' ? body.details.status : body.kind === 'lecture' ? body.details.status : null
  const dateField = (label: string) => (
    <Field
      name={step === 'submit' ? 'submittedOn' : step === 'publish' ? 'publishedOn' : 'date'}
      label={label}
      error={errors.submittedOn ?? errors.publishedOn ?? errors.date}
    >
      <DateField value={form.date ?? ''} end={today} onChange={(d) => set('date', d)} testId="action-date" />
    </Field>
  )
  const outletField = (label: string, testId: string) => (
    <Field name="outletId" label={label} error={errors.outletId}>
      <ChipGroup
        options={outlets.map((o) => ({ value: o.id, label: o.name }))}
        value={form.outletId ? [form.outletId] : []}
        single
        onChange={([v]) => set('outletId', v)}
        testId={testId}
      />
    </Field>
  )
  const titles: Record<Exclude<Step, null>, string> = {
    withdraw: '撤回这条记录？',
    submit: '登记投稿',
    publish: '登记刊发',
    confirm: '确认已讲授'
  }

  return (
    <View className="detail-actions">
      {body.kind === 'note' && status !== 'published' && (
        <Button className="btn btn-primary btn-block" onClick={() => begin('submit', { date: today })} data-testid="note-submit">
          {status === 'submitted' ? '登记投稿（改日期或投其他平台）' : '登记投稿'}
        </Button>
      )}
      {body.kind === 'note' && status === 'submitted' && (
        <Button className="btn btn-block" onClick={() => begin('publish', { date: today })} data-testid="note-publish">
          登记刊发
        </Button>
      )}
      {body.kind === 'lecture' && status === 'planned' && (
        <Button
          className="btn btn-primary btn-block"
          onClick={() => begin('confirm', { date: item.date <= today ? item.date : today })}
          data-testid="lecture-confirm"
        >
          确认已讲授
        </Button>
      )}
      {detail.canEdit && item.kind !== 'study' && (
        <Button
          className="btn btn-block"
          onClick={() => open(ROUTES.methodForm, { kind: item.kind, id: item.id })}
          data-testid="record-edit"
        >
          修改
        </Button>
      )}
      {item.canWithdraw && (
        <Button className="btn btn-text btn-block" onClick={() => begin('withdraw', {})} data-testid="record-withdraw">
          撤回
        </Button>
      )}
      <Dialog
        open={step !== null}
        title={step ? titles[step] : ''}
        busy={submission.busy}
        onConfirm={run}
        onCancel={() => setStep(null)}
        testId="action-dialog"
      >
        {step === 'withdraw' && (
          <Field name="reason" label="撤回原因" optional error={errors.reason}>
            <Input
              className="input"
              value={form.reason ?? ''}
              maxlength={100}
              placeholder="如：重复登记"
              onInput={(e) => set('reason', e.detail.value)}
            />
          </Field>
        )}
        {step === 'submit' && (
          <>
            {outletField('投稿平台', 'outlet')}
            {dateField('投稿日期')}
          </>
        )}
        {step === 'publish' && (
          <>
            {/* Submitted to several outlets: which one published it. */}
            {(errors.outletId || form.outletId) && outletField('刊发平台', 'publish-outlet')}
            {dateField('刊发日期')}
            <Field name="pageIssue" label="版面期次" optional error={errors.pageIssue}>
              <Input
                className="input"
                value={form.pageIssue ?? ''}
                maxlength={40}
                placeholder="如：第3版"
                onInput={(e) => set('pageIssue', e.detail.value)}
              />
            </Field>
            <Field name="link" label="刊发链接" optional error={errors.link}>
              <Input
                className="input"
                value={form.link ?? ''}
                placeholder="https://…"
                onInput={(e) => set('link', e.detail.value)}
                data-testid="action-link"
              />
            </Field>
          </>
        )}
        {step === 'confirm' && (
          <>
            {dateField('讲课日期')}
            <Field name="audience" label="听课人数" optional error={errors.audience}>
              <Input
                className="input"
                type="number"
                value={form.audience ?? ''}
                onInput={(e) => set('audience', e.detail.value)}
              />
            </Field>
          </>
        )}
        <FieldError name="action" message={errors._ ?? errors.id} />
      </Dialog>
    </View>
  )
}
