import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import Tag from '@/components/Tag'
import { useSave } from '@/hooks/useSave'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

type Invitation = OutputOf<'observe.mine'>['invitations'][number]

/** 应邀: a group leader answers the units' invitations in the group's areas by assigning the group. */
export default function Invitations({ list, onAccepted }: { list: readonly Invitation[]; onAccepted: () => void }) {
  const accept = useSave('observe.accept')
  if (list.length === 0) return null
  const take = async (id: string, groupId: string) => {
    if (!(await accept.save({ id, groupId }))) return
    void Taro.showToast({ title: '已安排', icon: 'success' })
    onAccepted()
  }
  return (
    <View>
      <View className="section-title">单位邀请（待安排）</View>
      <View className="card">
        {list.map((o) => (
          <View key={o.id} className="list-item" data-testid="observe-invitation">
            <View className="list-main">
              <View className="list-title">{o.unitName}</View>
              <View className="list-sub">
                <Tag text={o.modeLabel} />
                {formatDayZh(o.day, todayInDistrict())} {o.time}
                {o.session ? ` · ${o.session.topic}` : ''}
              </View>
              {o.note && <View className="list-sub">{o.note}</View>}
              {o.sessionNotice && <View className="list-sub">{o.sessionNotice}</View>}
            </View>
            {o.groups.map((g) => (
              <Text
                key={g.id}
                className="link-action"
                onClick={() => void take(o.id, g.id)}
                data-testid="observe-invitation-accept"
              >
                {o.groups.length > 1 ? `由${g.name}巡听` : '安排巡听'}
              </Text>
            ))}
          </View>
        ))}
        {accept.errors._ && <View className="field-error">{accept.errors._}</View>}
      </View>
    </View>
  )
}
