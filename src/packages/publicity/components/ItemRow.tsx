import { Text, View } from '@tarojs/components'
import Tag from '@/components/Tag'
import type { PublicityItemView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

/** One item: title, what and where, whose, and its state with the days. */
export default function ItemRow({ item, onClick }: { item: PublicityItemView; onClick?: () => void }) {
  const today = todayInDistrict()
  const when =
    item.status === 'published' && item.publishedOn
      ? `${formatDayZh(item.publishedOn, today)}刊发${item.pageIssue ? ` · ${item.pageIssue}` : ''}`
      : `${formatDayZh(item.submittedOn, today)}投稿`
  return (
    <View className="list-item" onClick={onClick} data-testid="publicity-row">
      <View className="list-main">
        <View className="list-title">{item.title}</View>
        <View className="list-sub">
          {item.kindLabel} · {item.outletName}
        </View>
        <View className="list-sub">
          {item.ownerName} · {when}
          {item.subject ? ` · 关于${item.subject.kind === 'note' ? '心得' : '中心组学习'}“${item.subject.title}”` : ''}
        </View>
      </View>
      <Tag text={item.statusLabel} testId="publicity-status" />
      {onClick && <Text className="link-action">›</Text>}
    </View>
  )
}
