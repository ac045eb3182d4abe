import { Text, View } from '@tarojs/components'
import type { SessionItemView } from '@/core/contract'
import Tag from '@/components/Tag'
import { formatDayZh } from '@/core/time'
import { open, ROUTES } from '@/services/routes'
import './SessionRows.scss'
import { todayInDistrict } from '@/services/clock'

/** `已到 3/4` once held; the listed members while planned (nobody has come yet). */
export function presenceText(s: SessionItemView): string {
  return s.status === 'completed' ? `已到 ${s.presentCount}/${s.memberCount}` : `成员 ${s.memberCount} 人`
}

/** Sessions as tappable lines: date and time, topic, lead, presence, status. */
export default function SessionRows({ items }: { items: SessionItemView[] }) {
  return (
    <>
      {items.map((s) => (
        <View key={s.id} className="list-item" onClick={() => open(ROUTES.groupDetail, { id: s.id })} data-testid="group-item">
          <View className="list-main">
            <View className="list-title">{s.topic}</View>
            <View className="list-sub">
              {formatDayZh(s.day, todayInDistrict())} {s.time}
              {s.leadName ? ` · 领学：${s.leadName}` : ''}
            </View>
            <View className="group-row-tags">
              <Tag text={s.statusLabel} testId="group-status-tag" />
              {!s.withdrawn && <Tag text={presenceText(s)} tone="label" testId="group-presence" />}
            </View>
          </View>
          <Text className="link-action">›</Text>
        </View>
      ))}
    </>
  )
}
