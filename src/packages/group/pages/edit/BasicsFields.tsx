import { View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import TextField from '@/components/TextField'
import WhenWhereFields from '@/components/WhenWhereFields'
import type { SessionForm } from './form'

const STATUS_OPTIONS = [
  { value: 'planned', label: '计划召开' },
  { value: 'completed', label: '已召开' }
] as const

export interface BasicsFieldsProps {
  form: SessionForm
  unitName: string
  errors: Record<string, string>
  onChange: (patch: Partial<SessionForm>, field: string) => void
}

/** Planned or held, when, where and the topic. */
export default function BasicsFields({ form, unitName, errors, onChange }: BasicsFieldsProps) {
  return (
    <View className="card">
      <View className="card-title">{unitName}理论学习中心组</View>
      <Field name="status" label="学习状态" error={errors.status} hint="学习前可先保存为“计划召开”，学习后再补全记录">
        <ChipGroup
          options={STATUS_OPTIONS}
          value={[form.status]}
          single
          onChange={([status]) => onChange({ status }, 'status')}
          testId="group-status"
        />
      </Field>
      <WhenWhereFields value={form} noun="学习" errors={errors} onChange={onChange} testId="group" />
      <TextField
        name="topic"
        label="学习主题"
        error={errors.topic}
        value={form.topic}
        maxlength={120}
        placeholder="如：学习贯彻党的二十届四中全会精神"
        onInput={(topic) => onChange({ topic }, 'topic')}
        testId="group-topic"
      />
    </View>
  )
}
