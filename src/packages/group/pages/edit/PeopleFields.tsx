import { Text, View } from '@tarojs/components'
import type { GroupPersonView } from '@/core/contract'
import { LEAD_MODE_LABELS, LEAD_MODES } from '@/core/model/meeting'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import SpeakerPointsField from '@/components/SpeakerPointsField'
import { open, ROUTES } from '@/services/routes'
import type { SessionForm } from './form'

const MODE_OPTIONS = LEAD_MODES.map((m) => ({ value: m, label: LEAD_MODE_LABELS[m] }))

export interface PeopleFieldsProps {
  form: SessionForm
  /** The members the session lists (see `listedPeople`). */
  listed: GroupPersonView[]
  errors: Record<string, string>
  onChange: (patch: Partial<SessionForm>, field: string) => void
}

/** Who was there (ticked present by default), who led, who spoke and what they said. */
export default function PeopleFields({ form, listed, errors, onChange }: PeopleFieldsProps) {
  const held = form.status === 'completed'
  const present = listed.filter((p) => form.presentIds.includes(p.id))
  // Only the leadership team may lead (the server refuses anyone else, on this field).
  const leads = listed.filter((p) => p.leadEligible)
  const absent = listed.length - present.length
  if (listed.length === 0) {
    return (
      <View className="card" data-testid="group-no-members">
        <View className="card-title">参加人员</View>
        <Field name="memberIds" label="中心组成员" error={errors.memberIds}>
          <View className="muted">还没有维护本单位中心组成员名单，维护后记录学习时会自动列出全体成员。</View>
          <Text className="link-action" onClick={() => open(ROUTES.groupMembers)} data-testid="group-open-members">
            维护中心组成员 ›
          </Text>
        </Field>
      </View>
    )
  }
  return (
    <View className="card">
      <View className="card-title">参加人员</View>
      {held && (
        <Field
          name="memberIds"
          label={`到会成员（${present.length}/${listed.length}）`}
          error={errors.memberIds ?? errors.absentIds}
          hint={absent ? `未勾选的 ${absent} 人记为缺席` : '默认全体成员到会；点掉缺席的成员'}
        >
          <ChipGroup
            options={listed.map((p) => ({ value: p.id, label: p.name }))}
            value={form.presentIds}
            onChange={(presentIds) =>
              onChange({ presentIds, speakers: form.speakers.filter((s) => presentIds.includes(s.personId)) }, 'absentIds')
            }
            testId="group-present"
          />
        </Field>
      )}
      {!held && (
        <Field name="memberIds" label={`参加人员（${listed.length} 人）`} error={errors.memberIds}>
          <View className="muted">{listed.map((p) => p.name).join('、')}</View>
        </Field>
      )}
      <Field name="leadId" label="领学人" optional={!held} error={errors.leadId ?? errors.leadMode} hint="主要负责同志或班子成员">
        {leads.length === 0 ? (
          <View className="muted">中心组成员中没有主要负责同志或班子成员，请先维护成员名单。</View>
        ) : (
          <ChipGroup
            options={leads.map((p) => ({ value: p.id, label: p.name }))}
            value={form.leadId ? [form.leadId] : []}
            single
            onChange={([leadId]) => onChange({ leadId }, 'leadId')}
            testId="group-lead"
          />
        )}
        <View className="group-gap" />
        <ChipGroup
          options={MODE_OPTIONS}
          value={[form.leadMode]}
          single
          onChange={([leadMode]) => onChange({ leadMode }, 'leadMode')}
          testId="group-lead-mode"
        />
      </Field>
      {held && (
        <SpeakerPointsField
          label="研讨发言"
          optional
          error={errors.speakers}
          hint="点选发言的成员，再填写各自的发言要点"
          people={present}
          value={form.speakers}
          maxlength={1000}
          onChange={(speakers) => onChange({ speakers }, 'speakers')}
          testId="group"
        />
      )}
    </View>
  )
}
