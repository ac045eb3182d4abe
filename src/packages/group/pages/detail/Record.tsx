import { Text, View } from '@tarojs/components'
import type { SessionDetailView } from '@/core/contract'
import { LEAD_MODE_LABELS } from '@/core/model/meeting'

/** What was studied, who led, who was there and what was said: the session's record, read-only. */
export default function SessionRecord({ d }: { d: SessionDetailView }) {
  const present = d.members.filter((m) => m.present)
  const absent = d.members.filter((m) => !m.present)
  const held = d.item.status === 'completed'
  return (
    <>
      <View className="card" data-testid="group-materials">
        <View className="card-title">学习材料</View>
        {d.materials.length === 0 && <View className="muted">未填写学习材料。</View>}
        {/* The type label can be long (中央重大决策部署): above the title, not beside it. */}
        {d.materials.map((m, i) => (
          <View className="group-material-line" key={i}>
            <View className="group-material-type">{m.typeLabel}</View>
            <View>
              {m.title}
              {m.source ? `（${m.source}）` : ''}
            </View>
          </View>
        ))}
        {d.classics.map((c) => (
          <View className="group-line" key={c.classicId}>
            <Text className="group-line-label">经典著作</Text>
            <Text className="group-line-value">
              {c.title}
              {[c.chapter, c.pages ? `第${c.pages}页` : null].filter(Boolean).map((x) => ` · ${x}`)}
            </Text>
          </View>
        ))}
      </View>

      <View className="card" data-testid="group-people">
        <View className="card-title">{held ? `到会情况（已到 ${present.length}/${d.members.length}）` : '参加人员'}</View>
        {d.item.leadName && (
          <View className="group-line">
            <Text className="group-line-label">{d.leadMode ? LEAD_MODE_LABELS[d.leadMode] : '领学'}人</Text>
            <Text className="group-line-value" data-testid="group-lead-name">
              {d.item.leadName}
            </Text>
          </View>
        )}
        <View className="group-line">
          <Text className="group-line-label">{held ? '到会' : '成员'}</Text>
          <Text className="group-line-value" data-testid="group-present-names">
            {(held ? present : d.members).map((m) => m.name).join('、') || '无'}
          </Text>
        </View>
        {held && absent.length > 0 && (
          <View className="group-line">
            <Text className="group-line-label">缺席</Text>
            <Text className="group-line-value" data-testid="group-absent-names">
              {absent.map((m) => m.name).join('、')}
            </Text>
          </View>
        )}
      </View>

      {held && (
        <View className="card" data-testid="group-speakers">
          <View className="card-title">研讨发言</View>
          {d.speakers.length === 0 && <View className="muted">未记录研讨发言。</View>}
          {d.speakers.map((s) => (
            <View className="group-speaker" key={s.personId}>
              <Text className="group-speaker-name">{s.name}：</Text>
              <Text>{s.points}</Text>
            </View>
          ))}
        </View>
      )}

      {(d.tiedToWork || d.followUp) && (
        <View className="card">
          {d.tiedToWork && (
            <>
              <View className="card-title">结合本单位工作实际</View>
              <View className="group-para">{d.tiedToWork}</View>
            </>
          )}
          {d.followUp && (
            <>
              <View className="card-title">转化为工作思路和政策措施</View>
              <View className="group-para" data-testid="group-follow-up-text">
                {d.followUp}
              </View>
            </>
          )}
        </View>
      )}
    </>
  )
}
