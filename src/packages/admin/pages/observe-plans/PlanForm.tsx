import { View } from '@tarojs/components'
import type { AreaView, ObservationGroupView, UnitView } from '@/core/contract'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TimeField from '@/components/TimeField'
import TextField from '@/components/TextField'

export type PlanMode = 'fixed' | 'random' | 'special' | 'mutual'

export interface PlanFormValue {
  mode: PlanMode
  unitIds: string[]
  partnerUnitId: string | null
  areaId: string | null
  count: string
  seed: string
  groupId: string | null
  day: string
  time: string
  theme: string
  note: string
}

const MODES: ReadonlyArray<{ value: PlanMode; label: string }> = [
  { value: 'fixed', label: '定点' },
  { value: 'random', label: '随机抽取' },
  { value: 'special', label: '专项' },
  { value: 'mutual', label: '相互' }
]

/** The fields of a new plan, by mode (应邀 comes from the unit and is accepted in the list). */
export default function PlanForm(props: {
  value: PlanFormValue
  units: readonly UnitView[]
  areas: readonly AreaView[]
  groups: readonly ObservationGroupView[]
  errors: Record<string, string>
  onChange: (patch: Partial<PlanFormValue>, field: string) => void
}) {
  const { value: v, units, areas, groups, errors, onChange } = props
  const unitOptions = units.map((u) => ({ value: u.id, label: `${u.name}（${u.areaName}）` }))
  return (
    <View>
      <Field name="mode" label="巡听方式" error={errors.mode}>
        <ChipGroup options={MODES} value={[v.mode]} single onChange={([mode]) => onChange({ mode }, 'mode')} testId="plan-mode" />
      </Field>
      {v.mode === 'random' ? (
        <>
          <Field name="areaId" label="片区" error={errors.areaId}>
            <SelectPicker
              options={areas.map((a) => ({ value: a.id, label: `${a.name}（${a.unitCount}个单位）` }))}
              value={v.areaId}
              onChange={(areaId) => onChange({ areaId }, 'areaId')}
              testId="plan-area"
            />
          </Field>
          <TextField
            name="count"
            label="抽取单位数"
            error={errors.count}
            type="number"
            value={v.count}
            onInput={(count) => onChange({ count }, 'count')}
            testId="plan-count"
          />
          <TextField
            name="seed"
            label="随机种子"
            optional
            error={errors.seed}
            hint="不填则自动生成；种子会保存，可据此复核抽取结果"
            type="number"
            value={v.seed}
            onInput={(seed) => onChange({ seed }, 'seed')}
            testId="plan-seed"
          />
        </>
      ) : v.mode === 'special' ? (
        <>
          <TextField
            name="theme"
            label="专项主题"
            error={errors.theme}
            value={v.theme}
            maxlength={60}
            onInput={(theme) => onChange({ theme }, 'theme')}
            testId="plan-theme"
          />
          <Field name="unitIds" label="被巡听单位（可多选）" error={errors.unitIds}>
            <ChipGroup
              options={unitOptions}
              value={v.unitIds}
              onChange={(unitIds) => onChange({ unitIds }, 'unitIds')}
              testId="plan-units"
            />
          </Field>
        </>
      ) : (
        <Field name="unitIds" label="被巡听单位" error={errors.unitIds}>
          <SelectPicker
            options={unitOptions}
            value={v.unitIds[0] ?? null}
            onChange={(id) => onChange({ unitIds: [id] }, 'unitIds')}
            testId="plan-unit"
          />
        </Field>
      )}
      {v.mode === 'mutual' && (
        <Field name="partnerUnitId" label="参加互学的单位" error={errors.partnerUnitId}>
          <SelectPicker
            options={unitOptions}
            value={v.partnerUnitId}
            onChange={(partnerUnitId) => onChange({ partnerUnitId }, 'partnerUnitId')}
            testId="plan-partner"
          />
        </Field>
      )}
      <Field name="groupId" label="巡听旁听组" error={errors.groupId}>
        <SelectPicker
          options={groups
            .filter((g) => g.active)
            .map((g) => ({ value: g.id, label: `${g.name}（${g.areas.map((a) => a.name).join('、')}）` }))}
          value={v.groupId}
          onChange={(groupId) => onChange({ groupId }, 'groupId')}
          testId="plan-group"
        />
      </Field>
      <Field name="day" label="学习会日期" error={errors.day}>
        <DateField value={v.day} onChange={(day) => onChange({ day }, 'day')} testId="plan-day" />
      </Field>
      <Field name="time" label="开始时间" error={errors.time}>
        <TimeField value={v.time} onChange={(time) => onChange({ time }, 'time')} testId="plan-time" />
      </Field>
      {v.mode !== 'random' && (
        <TextField
          name="note"
          label="备注"
          optional
          error={errors.note}
          value={v.note}
          maxlength={300}
          onInput={(note) => onChange({ note }, 'note')}
        />
      )}
      <FieldError name="form" message={errors._} />
    </View>
  )
}
