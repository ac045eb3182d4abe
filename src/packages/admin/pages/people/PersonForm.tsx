import { View } from '@tarojs/components'
import type { UnitView } from '@/core/contract'
import { ROLE_LABELS, ROLES, type Role } from '@/core/model/roles'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import SwitchChips from '@/components/SwitchChips'
import TextField from '@/components/TextField'

export interface PersonFormValue {
  name: string
  phone: string
  unitId: string | null
  position: string
  roles: Role[]
  active: boolean
}

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

/** The fields of a roster person, roles as checkable chips. */
export default function PersonForm(props: {
  value: PersonFormValue
  units: readonly UnitView[]
  errors: Record<string, string>
  onChange: (patch: Partial<PersonFormValue>, field: string) => void
}) {
  const { value, units, errors, onChange } = props
  return (
    <View>
      <TextField
        name="name"
        label="姓名"
        error={errors.name}
        value={value.name}
        maxlength={20}
        onInput={(name) => onChange({ name }, 'name')}
        testId="person-name"
      />
      <TextField
        name="phone"
        label="手机号"
        error={errors.phone}
        type="number"
        value={value.phone}
        maxlength={11}
        onInput={(phone) => onChange({ phone }, 'phone')}
        testId="person-phone"
      />
      <Field name="unitId" label="所在单位" error={errors.unitId}>
        <SelectPicker
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          value={value.unitId}
          placeholder="请选择单位"
          onChange={(unitId) => onChange({ unitId }, 'unitId')}
          testId="person-unit"
        />
      </Field>
      <TextField
        name="position"
        label="职务"
        error={errors.position}
        value={value.position}
        placeholder="如 党组书记、局长"
        maxlength={40}
        onInput={(position) => onChange({ position }, 'position')}
        testId="person-position"
      />
      <Field name="roles" label="角色（可多选）" error={errors.roles}>
        <ChipGroup
          options={ROLE_OPTIONS}
          value={value.roles}
          onChange={(roles) => onChange({ roles }, 'roles')}
          testId="person-roles"
        />
      </Field>
      <Field name="active" label="状态" error={errors.active}>
        <SwitchChips
          value={value.active}
          labels={['在册', '停用']}
          onChange={(active) => onChange({ active }, 'active')}
          testId="person-active"
        />
      </Field>
      <FieldError name="form" message={errors._ ?? errors.id} />
    </View>
  )
}
