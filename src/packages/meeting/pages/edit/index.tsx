import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import type { MeetingDetailView, OutputOf } from '@/core/contract'
import FormErrorSummary from '@/components/FormErrorSummary'
import StateView from '@/components/StateView'
import TextField from '@/components/TextField'
import { useContractForm } from '@/hooks/useContractForm'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { ROUTES } from '@/services/routes'
import { BasicsFields, OtherItemsField } from './BasicsFields'
import FirstItemFields from './FirstItemFields'
import { FORM_LAYOUT, formOf, newForm, toInput, type MeetingForm } from './form'
import './index.scss'
import RoleGate from '@/components/RoleGate'

type Roster = OutputOf<'meeting.roster'>

/** The meeting's name as the unit's committee calls it: 党组 → 党组会. */
const kindOf = (unitKind: string) => (unitKind.endsWith('会') ? unitKind : `${unitKind}会`)

/** Loads the meeting (when editing) and the unit's roster the form picks from. */
function useFormData(id: string | undefined) {
  return useQuery(async () => {
    const detail = id ? await call('meeting.get', { id }) : null
    const roster = await call('meeting.roster', detail ? { unitId: detail.item.unitId } : {})
    return { detail, roster }
  }, [id])
}

function initialForm(detail: MeetingDetailView | null, roster: Roster): MeetingForm {
  const leader = roster.people.find((p) => p.leader)
  if (detail) return formOf(detail, leader?.id ?? '')
  return newForm(
    todayInDistrict(),
    kindOf(roster.unitKind),
    leader?.id ?? '',
    roster.people.map((p) => p.id)
  )
}

/** Plans or records a committee meeting and its first agenda item. */
function MeetingEditPage() {
  const id = useRouter().params.id || undefined
  const data = useFormData(id)
  const { form, setForm, errors, refusal, change, submit, busy } = useContractForm<'meeting.save', MeetingForm>(
    'meeting.save',
    FORM_LAYOUT
  )

  useEffect(() => {
    if (data.data && !form) setForm(initialForm(data.data.detail, data.data.roster))
  }, [data.data, form, setForm])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改会议记录' : '记录会议' })
  }, [id])

  if (!data.data || !form) {
    return (
      <View className="page">
        <StateView loading={data.loading} error={data.error} onRetry={() => void data.reload()} testId="meeting-form" />
      </View>
    )
  }
  const { detail, roster } = data.data
  const save = async () => {
    const saved = await submit(toInput(form, id))
    if (!saved) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    if (id) void Taro.navigateBack()
    else void Taro.redirectTo({ url: `${ROUTES.meetingDetail}?id=${saved.item.id}` })
  }
  const props = { form, errors, roster, onChange: change }
  return (
    <View className="page meeting-form">
      <BasicsFields {...props} />
      <FirstItemFields {...props} />
      <OtherItemsField {...props} />
      {detail?.needsReason && (
        <View className="card">
          <TextField
            name="reason"
            label="修改原因"
            error={errors.reason}
            hint="该记录已超过30天并锁定，修改将记入操作日志"
            value={form.reason}
            maxlength={200}
            onInput={(reason) => change({ reason }, 'reason')}
            testId="meeting-reason"
          />
        </View>
      )}
      <FormErrorSummary errors={refusal} testId="meeting" />
      <Button
        className="btn btn-primary btn-block"
        loading={busy}
        disabled={busy}
        onClick={() => void save()}
        data-testid="meeting-submit"
      >
        {form.status === 'completed' ? '保存会议记录' : '保存会议计划'}
      </Button>
    </View>
  )
}

/** Only for the roles of `meeting.save`; the others read who the page is for. */
export default function MeetingEditPageGated() {
  return <RoleGate action="meeting.save">{() => <MeetingEditPage />}</RoleGate>
}
