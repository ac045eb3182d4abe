import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import './index.scss'
import RoleGate from '@/components/RoleGate'

/** The unit's 理论学习中心组: the secretary ticks who belongs; sessions list them as present by default. */
function GroupMembersPage() {
  const unitId = useRouter().params.unitId || undefined
  const members = useQuery(() => call('centralGroup.members.get', unitId ? { unitId } : {}), [unitId])
  const [ticked, setTicked] = useState<string[] | null>(null)
  const saver = useSave('centralGroup.members.save')
  const d = members.data

  useEffect(() => {
    if (d && ticked === null) setTicked(d.people.filter((p) => p.member).map((p) => p.id))
  }, [d, ticked])

  if (!d || ticked === null) {
    return (
      <View className="page">
        <StateView loading={members.loading} error={members.error} onRetry={() => void members.reload()} testId="group-members" />
      </View>
    )
  }
  const save = async () => {
    const out = await saver.save({ memberIds: ticked })
    if (!out) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    void Taro.navigateBack()
  }
  const leaders = d.people.filter((p) => p.leadEligible).map((p) => p.name)
  if (!d.canEdit) {
    const list = d.people.filter((p) => p.member)
    return (
      <View className="page">
        <View className="card" data-testid="group-members">
          <View className="card-title">
            {d.unitName}理论学习中心组（{list.length} 人）
          </View>
          {list.length === 0 && <View className="muted">单位党组织秘书还没有维护中心组成员名单。</View>}
          {list.map((p) => (
            <View className="list-item" key={p.id}>
              <View className="list-main">
                <View className="list-title">{p.name}</View>
                <View className="list-sub">{p.position}</View>
              </View>
            </View>
          ))}
        </View>
      </View>
    )
  }
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{d.unitName}理论学习中心组</View>
        <Field
          name="memberIds"
          label={`中心组成员（已选 ${ticked.length} 人）`}
          error={saver.errors.memberIds}
          hint="记录中心组学习时，成员默认到会，只需点掉缺席的人"
        >
          <ChipGroup
            options={d.people.map((p) => ({ value: p.id, label: p.name }))}
            value={ticked}
            onChange={(ids) => {
              setTicked(ids)
              saver.clear('memberIds')
            }}
            testId="group-members"
          />
        </Field>
        <View className="muted group-members-note">
          可担任领学人的（主要负责同志、班子成员，按名册职务）：
          <Text>{leaders.length ? leaders.join('、') : '名册中暂无'}</Text>
        </View>
      </View>
      <FieldError name="form" message={saver.errors._} />
      <Button
        className="btn btn-primary btn-block"
        loading={saver.busy}
        disabled={saver.busy}
        onClick={() => void save()}
        data-testid="group-members-save"
      >
        保存成员名单
      </Button>
    </View>
  )
}

/** Only for the roles of `centralGroup.members.get`; the others read who the page is for. */
export default function GroupMembersPageGated() {
  return <RoleGate action="centralGroup.members.get">{() => <GroupMembersPage />}</RoleGate>
}
