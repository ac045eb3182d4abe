import { Text, View } from '@tarojs/components'
import type { FirstItemView } from '@/core/contract'
import { LEAD_MODE_LABELS } from '@/core/model/meeting'
import Tag from '@/components/Tag'

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null
  return (
    <View className="meeting-line">
      <Text className="meeting-line-label">{label}</Text>
      <Text className="meeting-line-value">{value}</Text>
    </View>
  )
}

/** The first agenda item as recorded, or the note that there was none. */
export default function FirstItem({ item }: { item: FirstItemView | null }) {
  if (!item) {
    return (
      <View className="card" data-testid="meeting-first">
        <View className="card-title">第一议题</View>
        <View className="muted">本次会议未设第一议题。</View>
      </View>
    )
  }
  return (
    <View className="card" data-testid="meeting-first">
      <View className="card-title">第一议题</View>
      <Tag text={item.typeLabel} tone={item.contentType === 'other' ? 'alert' : 'label'} />
      <View className="list-title meeting-first-title" data-testid="meeting-first-title">
        {item.title}
      </View>
      <Line label="出处" value={item.source} />
      <Line label={item.leadMode ? LEAD_MODE_LABELS[item.leadMode] : '领学'} value={item.leadName} />
      {item.contentType !== 'other' && <Line label="研讨式" value={item.discussion ? '是' : '否'} />}
      {item.speakers.length > 0 && (
        <View className="meeting-speakers">
          <View className="meeting-label">交流发言</View>
          {item.speakers.map((s) => (
            <View key={s.personId} className="meeting-speaker-line" data-testid="meeting-speaker-line">
              <Text className="meeting-speaker-name">{s.name}：</Text>
              <Text>{s.points}</Text>
            </View>
          ))}
        </View>
      )}
      <Line label="结合工作" value={item.tiedToWork} />
      <Line label="转化落实" value={item.followUp} />
      {item.classics.map((c) => (
        <Line
          key={c.classicId}
          label="经典著作"
          value={[c.title, c.chapter, c.pages ? `第${c.pages}页` : null].filter(Boolean).join(' · ')}
        />
      ))}
    </View>
  )
}
