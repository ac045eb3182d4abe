import { Text, View } from '@tarojs/components'
import { MEETING_KINDS } from '@/core/model/meeting'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import TextAreaField from '@/components/TextAreaField'
import TextField from '@/components/TextField'
import WhenWhereFields from '@/components/WhenWhereFields'
import type { SectionProps } from './FirstItemFields'

const STATUS_OPTIONS = [
  { value: 'planned', label: '计划召开' },
  { value: 'completed', label: '已召开' }
] as const

/** When, where, what kind, and who attended. */
export function BasicsFields({ form, errors, roster, onChange }: SectionProps) {
  const kinds = [...new Set([...MEETING_KINDS, form.kind].filter(Boolean))].map((k) => ({ value: k, label: k }))
  const everyone = roster.people.map((p) => p.id)
  const allIn = everyone.every((id) => form.attendeeIds.includes(id))
  return (
    <View className="card">
      <View className="card-title">{roster.unitName}</View>
      <Field name="status" label="会议状态" error={errors.status} hint="会前可先保存为“计划召开”，会后再补全记录">
        <ChipGroup
          options={STATUS_OPTIONS}
          value={[form.status]}
          single
          onChange={([status]) => onChange({ status }, 'status')}
          testId="meeting-status"
        />
      </Field>
      <Field name="kind" label="会议类型" error={errors.kind}>
        <ChipGroup
          options={kinds}
          value={[form.kind]}
          single
          onChange={([kind]) => onChange({ kind }, 'kind')}
          testId="meeting-kind"
        />
      </Field>
      <WhenWhereFields value={form} noun="会议" errors={errors} onChange={onChange} testId="meeting" />
      <Field name="attendeeIds" label={`参会人员（已选 ${form.attendeeIds.length} 人）`} error={errors.attendeeIds}>
        <View className="meeting-select-all">
          <Text className="link-action" onClick={() => onChange({ attendeeIds: allIn ? [] : everyone }, 'attendeeIds')}>
            {allIn ? '全部取消' : '全选'}
          </Text>
        </View>
        <ChipGroup
          options={roster.people.map((p) => ({ value: p.id, label: p.name }))}
          value={form.attendeeIds}
          onChange={(attendeeIds) => onChange({ attendeeIds }, 'attendeeIds')}
          testId="meeting-attendees"
        />
      </Field>
      <TextField
        name="guests"
        label="列席人员"
        optional
        error={errors.guests}
        hint="多人请用顿号“、”隔开"
        value={form.guests}
        maxlength={300}
        placeholder="如：王某某、张某某"
        onInput={(guests) => onChange({ guests }, 'guests')}
        testId="meeting-guests"
      />
    </View>
  )
}

/** The rest of the agenda, one item per line. */
export function OtherItemsField({ form, errors, onChange }: SectionProps) {
  return (
    <View className="card">
      <TextAreaField
        name="otherItems"
        label="其他议题"
        optional
        error={errors.otherItems}
        hint="每行一项"
        value={form.otherItems}
        maxlength={2000}
        placeholder="第二项及以后的议题"
        onInput={(otherItems) => onChange({ otherItems }, 'otherItems')}
        testId="meeting-other-items"
      />
    </View>
  )
}
