import { Text, View } from '@tarojs/components'
import Tag, { type TagTone } from '@/components/Tag'
import type { PublicityItemView } from '@/core/contract'
import { formatDayZh } from '@/core/time'

const TONE: Record<PublicityItemView['status'], TagTone> = { submitted: 'default', published: 'success', notUsed: 'muted' }

/** One item: title, what and where, whose, and its state with the days. */
export default function ItemRow({ item, onClick }: { item: PublicityItemView; onClick?: () => void }) {
  const when =
    item.status === 'published' && item.publishedOn
      ? `${formatDayZh(item.publishedOn)}刊发${item.pageIssue ? ` · ${item.pageIssue}` : ''}`
      : `${formatDayZh(item.submittedOn)}投稿`
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
      <Tag text={item.statusLabel} tone={TONE[item.status]} testId="publicity-status" />
      {onClick && <Text className="link-action">›</Text>}
    </View>
  )
}
