import { Text, View } from '@tarojs/components'
import type { RecordItemView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import { open, ROUTES } from '@/services/routes'
import Tag from '../Tag'
import './index.scss'
import { todayInDistrict } from '@/services/clock'

/** Method names as the lists show them. */
export const KIND_LABELS: Record<RecordItemView['kind'], string> = {
  study: '自学',
  note: '心得',
  xuexi: '学习强国',
  lecture: '讲课',
  outreach: '宣讲',
  leadStudy: '领学',
  exchange: '交流'
}

export interface RecordListProps {
  items: readonly RecordItemView[]
  testId?: string
}

/** Record lines across methods; a tap opens the record's page. */
export default function RecordList({ items, testId = 'record-item' }: RecordListProps) {
  return (
    <View className="record-list">
      {items.map((r) => (
        <View
          key={r.id}
          className={`list-item record-line ${r.withdrawn ? 'record-line-withdrawn' : ''}`}
          onClick={() => open(ROUTES.recordDetail, { id: r.id })}
          data-testid={testId}
        >
          <View className="record-kind">{KIND_LABELS[r.kind]}</View>
          <View className="list-main">
            <View className="list-title record-title">{r.title}</View>
            <View className="list-sub">
              <Text>{formatDayZh(r.date, todayInDistrict())}</Text>
              {r.subtitle && <Text> · {r.subtitle}</Text>}
            </View>
          </View>
          {r.withdrawn ? <Tag text="已撤回" /> : r.status && <Tag text={r.status} />}
        </View>
      ))}
    </View>
  )
}
