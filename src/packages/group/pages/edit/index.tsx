import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import ClassicsField from '@/components/ClassicsField'
import FormErrorSummary from '@/components/FormErrorSummary'
import StateView from '@/components/StateView'
import TextAreaField from '@/components/TextAreaField'
import { useContractForm } from '@/hooks/useContractForm'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { ROUTES } from '@/services/routes'
import BasicsFields from './BasicsFields'
import MaterialsField from './MaterialsField'
import PeopleFields from './PeopleFields'
import { FORM_LAYOUT, formOf, listedPeople, newForm, toInput, type SessionForm } from './form'
import './index.scss'
import RoleGate from '@/components/RoleGate'

/** Loads the session (when editing), the unit's people with their membership, and the classics catalogue. */
function useFormData(id: string | undefined) {
  return useQuery(async () => {
    const detail = id ? await call('centralGroup.session.get', { id }) : null
    const unit = detail ? { unitId: detail.item.unitId } : {}
    const members = await call('centralGroup.members.get', unit)
    const roster = await call('meeting.roster', unit)
    return { detail, members, classics: roster.classics }
  }, [id])
}

/** Plans or records a central-group study session (unit secretary). */
function SessionEditPage() {
  const id = useRouter().params.id || undefined
  const data = useFormData(id)
  const { form, setForm, errors, refusal, change, submit, busy } = useContractForm<'centralGroup.session.save', SessionForm>(
    'centralGroup.session.save',
    FORM_LAYOUT
  )

  useEffect(() => {
    if (!data.data || form) return
    const { detail, members } = data.data
    const today = todayInDistrict()
    // A planned session opened on or after its day is opened to be recorded as held.
    setForm(
      detail ? formOf(detail, detail.item.status === 'planned' && detail.item.day <= today) : newForm(today, members.people)
    )
  }, [data.data, form, setForm])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改中心组学习' : '记录中心组学习' })
  }, [id])

  if (!data.data || !form) {
    return (
      <View className="page">
        <StateView loading={data.loading} error={data.error} onRetry={() => void data.reload()} testId="group-form" />
      </View>
    )
  }
  const { members, classics } = data.data
  const save = async () => {
    const saved = await submit(toInput(form, id))
    if (!saved) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    if (id) void Taro.navigateBack()
    else void Taro.redirectTo({ url: `${ROUTES.groupDetail}?id=${saved.item.id}` })
  }
  return (
    <View className="page group-form">
      <BasicsFields form={form} unitName={members.unitName} errors={errors} onChange={change} />
      <View className="card">
        <MaterialsField
          value={form.materials}
          error={errors.materials}
          onChange={(materials) => change({ materials }, 'materials')}
        />
        <ClassicsField
          catalogue={classics}
          value={form.classics}
          error={errors.classics}
          onChange={(rows) => change({ classics: rows }, 'classics')}
          testId="group"
        />
      </View>
      <PeopleFields form={form} listed={listedPeople(form, members.people)} errors={errors} onChange={change} />
      <View className="card">
        <TextAreaField
          name="tiedToWork"
          label="结合本单位工作实际"
          optional
          error={errors.tiedToWork}
          value={form.tiedToWork}
          maxlength={1000}
          placeholder="学习如何结合本单位当前工作"
          onInput={(tiedToWork) => change({ tiedToWork }, 'tiedToWork')}
          testId="group-tied"
        />
        <TextAreaField
          name="followUp"
          label="转化为工作思路和政策措施"
          optional
          error={errors.followUp}
          value={form.followUp}
          maxlength={1000}
          placeholder="学习后形成的工作思路、政策措施和责任分工"
          onInput={(followUp) => change({ followUp }, 'followUp')}
          testId="group-follow-up"
        />
      </View>
      <FormErrorSummary errors={refusal} testId="group" />
      <Button
        className="btn btn-primary btn-block"
        loading={busy}
        disabled={busy}
        onClick={() => void save()}
        data-testid="group-submit"
      >
        {form.status === 'completed' ? '保存学习记录' : '保存学习计划'}
      </Button>
    </View>
  )
}

/** Only for the roles of `centralGroup.session.save`; the others read who the page is for. */
export default function SessionEditPageGated() {
  return <RoleGate action="centralGroup.session.save">{() => <SessionEditPage />}</RoleGate>
}
