import { View } from '@tarojs/components'
import type { AreaView } from '@/core/contract'
import ChipGroup from '@/components/ChipGroup'
import SwitchChips from '@/components/SwitchChips'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TextField from '@/components/TextField'

/** The kinds of Party organisation a unit has. */
export const UNIT_KINDS = ['党委', '党组', '工委'] as const

export interface UnitFormValue {
  name: string
  areaId: string | null
  kind: string
  active: boolean
}

/** The fields of a unit: name, area, kind, active. */
export default function UnitForm(props: {
  value: UnitFormValue
  areas: readonly AreaView[]
  errors: Record<string, string>
  onChange: (patch: Partial<UnitFormValue>, field: string) => void
}) {
  const { value, areas, errors, onChange } = props
  // A unit imported with another kind (e.g. 党工委) keeps it as a choice.
  const known: readonly string[] = UNIT_KINDS
  const kinds = [...UNIT_KINDS, ...(value.kind && !known.includes(value.kind) ? [value.kind] : [])].map((k) => ({
    value: k,
    label: k
  }))
  return (
    <View>
      <TextField
        name="name"
        label="单位名称"
        error={errors.name}
        value={value.name}
        placeholder="如 区教育局"
        maxlength={40}
        onInput={(name) => onChange({ name }, 'name')}
        testId="unit-name"
      />
      <Field name="areaId" label="所属片区" error={errors.areaId}>
        <SelectPicker
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          value={value.areaId}
          placeholder="请选择片区"
          onChange={(areaId) => onChange({ areaId }, 'areaId')}
          testId="unit-area"
        />
      </Field>
      <Field name="kind" label="党组织类型" error={errors.kind}>
        <ChipGroup
          options={kinds}
          value={[value.kind]}
          single
          onChange={([kind]) => onChange({ kind }, 'kind')}
          testId="unit-kind"
        />
      </Field>
      <Field name="active" label="状态" error={errors.active}>
        <SwitchChips
          value={value.active}
          labels={['启用', '停用']}
          onChange={(active) => onChange({ active }, 'active')}
          testId="unit-active"
        />
      </Field>
      <FieldError name="form" message={errors._ ?? errors.id} />
    </View>
  )
}
