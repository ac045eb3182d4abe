import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { AreaView } from '@/core/contract'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TextField from '@/components/TextField'
import { useDebounced } from '@/hooks/useDebounced'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'

export interface GroupFormValue {
  name: string
  leaderId: string | null
  members: Array<{ id: string; name: string }>
  areaIds: string[]
  active: boolean
}

const ACTIVE = [
  { value: 'yes', label: '在用' },
  { value: 'no', label: '停用' }
] as const

/** Name, areas, members (searched among people with the observer role) and the leader. */
export default function GroupForm(props: {
  value: GroupFormValue
  areas: readonly AreaView[]
  errors: Record<string, string>
  onChange: (patch: Partial<GroupFormValue>, field: string) => void
}) {
  const { value, areas, errors, onChange } = props
  const [q, setQ] = useState('')
  const search = useDebounced(q.trim(), 300)
  const people = useQuery(() => call('roster.people.list', { q: search, limit: 20 }), [search], search !== '')
  const found = (people.data?.items ?? []).filter(
    (p) => p.roles.includes('observer') && !value.members.some((m) => m.id === p.id)
  )
  return (
    <View>
      <TextField
        name="name"
        label="小组名称"
        error={errors.name}
        value={value.name}
        maxlength={30}
        onInput={(name) => onChange({ name }, 'name')}
        testId="group-name"
      />
      <Field name="areaIds" label="负责片区" error={errors.areaIds}>
        <ChipGroup
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          value={value.areaIds}
          onChange={(areaIds) => onChange({ areaIds }, 'areaIds')}
          testId="group-areas"
        />
      </Field>
      <Field name="memberIds" label="组员" error={errors.memberIds} hint="只能选择已有“巡听旁听组成员”角色的人员；点组员可移除">
        <View className="chips">
          {value.members.map((m) => (
            <View
              key={m.id}
              className="chip chip-on"
              onClick={() => onChange({ members: value.members.filter((x) => x.id !== m.id) }, 'memberIds')}
            >
              <Text>{m.name} ×</Text>
            </View>
          ))}
        </View>
        <Input
          className="input group-search"
          value={q}
          placeholder="输入姓名或手机号查找"
          onInput={(e) => setQ(e.detail.value)}
          data-testid="group-search"
        />
        {found.map((p) => (
          <View
            key={p.id}
            className="list-item"
            onClick={() => onChange({ members: [...value.members, { id: p.id, name: p.name }] }, 'memberIds')}
            data-testid="group-candidate"
          >
            <View className="list-main">
              <View className="list-title">{p.name}</View>
              <View className="list-sub">
                {p.unitName} · {p.position}
              </View>
            </View>
            <Text className="link-action">添加</Text>
          </View>
        ))}
        {search !== '' && !people.loading && found.length === 0 && (
          <View className="muted">没有找到可添加的巡听旁听组成员。</View>
        )}
      </Field>
      <Field name="leaderId" label="组长" error={errors.leaderId}>
        <SelectPicker
          options={value.members.map((m) => ({ value: m.id, label: m.name }))}
          value={value.leaderId}
          placeholder="从组员中选择组长"
          onChange={(leaderId) => onChange({ leaderId }, 'leaderId')}
          testId="group-leader"
        />
      </Field>
      <Field name="active" label="状态">
        <ChipGroup
          options={ACTIVE}
          value={[value.active ? 'yes' : 'no']}
          single
          onChange={([v]) => onChange({ active: v === 'yes' }, 'active')}
        />
      </Field>
      <FieldError name="form" message={errors._ ?? errors.id} />
    </View>
  )
}
