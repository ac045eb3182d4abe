import { Text, View } from '@tarojs/components'
import type { MeetingItemView } from '@/core/contract'
import { open, ROUTES } from '@/services/routes'
import MeetingTags from './MeetingTags'
import './MeetingRows.scss'

/** Meetings as tappable lines: name, unit when asked, first item, tags. */
export default function MeetingRows({
  items,
  showUnit,
  testId = 'meeting-item'
}: {
  items: MeetingItemView[]
  showUnit?: boolean
  testId?: string
}) {
  return (
    <>
      {items.map((m) => (
        <View key={m.id} className="list-item" onClick={() => open(ROUTES.meetingDetail, { id: m.id })} data-testid={testId}>
          <View className="list-main">
            <View className="list-title">
              {showUnit ? `${m.unitName} · ` : ''}
              {m.name}
            </View>
            <View className="list-sub">
              {m.firstItem
                ? `${m.firstItem.typeLabel}：${m.firstItem.title}`
                : m.status === 'planned'
                  ? `${m.time} 召开`
                  : '未设第一议题'}
            </View>
            <View className="meeting-row-tags">
              <MeetingTags item={m} />
            </View>
          </View>
          <Text className="link-action">›</Text>
        </View>
      ))}
    </>
  )
}
