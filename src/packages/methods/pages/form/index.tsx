import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import FieldError from '@/components/FieldError'
import FormErrorSummary from '@/components/FormErrorSummary'
import StateView from '@/components/StateView'
import type { RecordDetailView, SchoolView } from '@/core/contract'
import { useFieldErrors } from '@/hooks/useFieldErrors'
import { useFormErrors } from '@/hooks/useFormErrors'
import { useSession } from '@/hooks/useSession'
import { useSubmission } from '@/hooks/useSubmission'
import { call, messageOf, toApiError, type CallOptions } from '@/services/api'
import { withDraftKept } from '@/services/errors'
import { todayInDistrict } from '@/services/clock'
import { fieldAnchorId } from '@/services/form-errors'
import { back, open, ROUTES } from '@/services/routes'
import AttachmentPicker, { linksOf } from '@/components/AttachmentPicker'
import Fields from './Fields'
import { ATTACH, FORM_KINDS, FORM_TITLES, filesOf, toWrite, valuesOf, type FormKind } from './kinds'
import { layoutOf } from './layout'
import { useDuplicateCheck } from './useDuplicateCheck'
import { useMethodDraft } from './useMethodDraft'
import './index.scss'
import RoleGate from '@/components/RoleGate'

type Send = (name: string, input: unknown, opts: CallOptions) => Promise<RecordDetailView>

/** One method's form: a new record (draft kept on the phone) or the owner's correction (`id`). */
function MethodFormPage() {
  const { params } = useRouter()
  const kind: FormKind = FORM_KINDS.includes(params.kind as FormKind) ? (params.kind as FormKind) : 'note'
  const editId = params.id ?? null
  const today = todayInDistrict()
  const session = useSession()
  const form = useMethodDraft(kind, today, editId === null)
  const { errors, show, clear } = useFieldErrors()
  const refusal = useFormErrors(errors, layoutOf(kind))
  const submission = useSubmission(form.draft.key)
  const [schools, setSchools] = useState<SchoolView[]>([])
  const [links, setLinks] = useState<Record<string, string>>({})
  const [loading, setLoading] = useState(editId !== null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const duplicate = useDuplicateCheck(kind, String(form.draft.values.date ?? ''), !loading)

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${editId ? '修改' : '记一笔'}·${FORM_TITLES[kind]}` })
    if (kind === 'lecture')
      void call('school.list', {}).then(
        (r) => setSchools(r.items),
        () => undefined
      )
    if (!editId) return
    call('record.get', { id: editId })
      .then((detail) => {
        form.load(valuesOf(detail), filesOf(detail))
        setLinks(linksOf(detail.attachments))
      })
      .catch((e) => setLoadError(messageOf(e)))
      .finally(() => setLoading(false))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, editId])

  const set = (name: string, value: string | boolean) => {
    form.setValue(name, value)
    clear(name)
  }

  // A meeting already recorded this for the cadre that day: ask before saving a second one
  // (another meeting the same day is possible, so it is a confirmation, not a refusal).
  const submit = async (anotherOccasion = false) => {
    if (submission.busy) return
    clear()
    const [twin] = duplicate.twins
    if (twin && !anotherOccasion) {
      if (await duplicate.confirm(twin.message, twin.id)) void submit(true)
      return
    }
    const write = toWrite(kind, form.draft.values, form.draft.files, editId)
    const input = anotherOccasion ? { ...write.input, anotherOccasion: true } : write.input
    const key = submission.key()
    form.setKey(key)
    submission.setBusy(true)
    try {
      const saved = await (call as unknown as Send)(write.action, input, { idempotencyKey: key })
      submission.succeeded()
      form.reset()
      void Taro.showToast({ title: editId ? '已修改' : '已记录', icon: 'success' })
      // A new note goes on to its page, where it can be submitted to an outlet.
      if (kind === 'note' && !editId) void Taro.redirectTo({ url: `${ROUTES.recordDetail}?id=${saved.item.id}` })
      else setTimeout(back, 600)
    } catch (error) {
      // The day's meeting record arrived after the form looked: the server refused, ask now.
      const failure = toApiError(error)
      if (failure.code === 'RECORD.DUPLICATE' && !anotherOccasion) {
        submission.setBusy(false)
        if (await duplicate.confirm(failure.message, null)) void submit(true)
        return
      }
      // A new record's draft (and its key) stays on the phone: offline, the message says so.
      show(editId ? error : withDraftKept(error))
      refusal.refused()
    } finally {
      submission.setBusy(false)
    }
  }

  const attach = ATTACH[kind]
  return (
    <View className="page method-form" data-testid={`form-${kind}`}>
      <StateView loading={loading} error={loadError} testId="method-form">
        {form.restored && (
          <View className="method-restored">
            <Text>已恢复上次未提交的内容。</Text>
            <Text className="method-clear" onClick={form.reset}>
              清空
            </Text>
          </View>
        )}
        {duplicate.twins.map((t) => (
          <View key={t.id} className="method-duplicate" data-testid="form-duplicate">
            <Text>{t.message}。</Text>
            <Text
              className="method-open"
              onClick={() => open(ROUTES.recordDetail, { id: t.id })}
              data-testid="form-duplicate-open"
            >
              查看已有记录
            </Text>
          </View>
        ))}
        <View className="card">
          <Fields kind={kind} values={form.draft.values} errors={errors} today={today} schools={schools} set={set} />
          {attach && (
            <View id={fieldAnchorId('fileIds')} className="field" data-testid="field-fileIds">
              <View className="field-label">
                <Text>{attach.label}</Text>
                <Text className="muted">（选填）</Text>
              </View>
              <AttachmentPicker
                files={form.draft.files}
                links={links}
                max={attach.max}
                documents={attach.documents}
                personId={session.me?.person.id ?? ''}
                onChange={(files) => {
                  form.setFiles(files)
                  clear('fileIds')
                }}
                onError={(message) => show({ field: 'fileIds', message })}
              />
              <FieldError name="fileIds" message={errors.fileIds} />
            </View>
          )}
        </View>
        <FormErrorSummary errors={refusal} testId="form" />
        <Button
          className="btn btn-primary btn-block"
          loading={submission.busy}
          disabled={submission.busy || undefined}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {editId ? '保存修改' : '提交'}
        </Button>
        <View className="method-foot muted">照片和附件都是选填的；断网时内容会保存在手机上，恢复后再提交即可。</View>
      </StateView>
    </View>
  )
}

/** Only for the roles of `record.list`; the others read who the page is for. */
export default function MethodFormPageGated() {
  return <RoleGate action="record.list">{() => <MethodFormPage />}</RoleGate>
}
