import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import './index.scss'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

/** One labelled line of the review. */
function Line(props: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <View className="review-line" data-testid={props.testId}>
      <Text className="review-label">{props.label}</Text>
      {props.children}
    </View>
  )
}

/**
 * 查阅资料: what the observers of one observation read of the unit, read-only — the session's
 * record and materials, the year's study plan, and the committee meetings' first agenda items.
 */
export default function ReviewPage() {
  const id = useRouter().params.id ?? ''
  const review = useQuery(() => call('observe.review', { id }), [id], id !== '')
  const r = review.data
  if (!r) {
    return (
      <View className="page">
        <StateView loading={review.loading} error={review.error} onRetry={() => void review.reload()} testId="review" />
      </View>
    )
  }
  const o = r.observation
  const s = r.session
  return (
    <View className="page review-page">
      <View className="card">
        <View className="list-title">{o.unitName}</View>
        <View className="list-sub">
          <Tag text={o.modeLabel} /> {formatDayZh(o.day, todayInDistrict())} {o.time} · 只读查阅，供现场评分“资料齐全”一项参考
        </View>
      </View>

      <View className="section-title">中心组学习记录</View>
      <View className="card" data-testid="review-session">
        {s ? (
          <>
            <Line label="学习主题">{s.item.topic}</Line>
            <Line label="状态">{s.item.statusLabel}</Line>
            {s.item.place && <Line label="地点">{s.item.place}</Line>}
            <Line label="领学">{s.item.leadName ?? '尚未记录'}</Line>
            <Line label="学习材料" testId="review-materials">
              {s.materials.length === 0 && s.classics.length === 0
                ? '尚未填写'
                : [
                    ...s.materials.map((m) => `${m.typeLabel}：${m.title}`),
                    ...s.classics.map(
                      (c) => `${c.title}${c.chapter ? ` ${c.chapter}` : ''}${c.pages ? `（第${c.pages}页）` : ''}`
                    )
                  ].join('；')}
            </Line>
            {s.item.status === 'completed' && (
              <Line label="到会">
                {s.item.presentCount}/{s.item.memberCount}人
              </Line>
            )}
            {s.speakers.map((sp) => (
              <Line key={sp.personId} label={`${sp.name}发言`}>
                {sp.points}
              </Line>
            ))}
            {s.tiedToWork && <Line label="结合工作实际">{s.tiedToWork}</Line>}
            {s.followUp && <Line label="转化措施">{s.followUp}</Line>}
          </>
        ) : (
          <View className="muted">这次巡听旁听安排于学习记录上线之前，没有关联的学习记录。</View>
        )}
      </View>

      <View className="section-title">{r.plan.year}年中心组学习计划</View>
      <View className="card" data-testid="review-plan">
        {r.plan.items.length === 0 ? (
          <View className="muted">单位尚未制定本年度学习计划。</View>
        ) : (
          r.plan.items.map((i) => (
            <Line key={i.period} label={i.period}>
              {i.topic}
            </Line>
          ))
        )}
      </View>

      <View className="section-title">
        近期会议第一议题（{formatDayZh(r.meetingsFrom, todayInDistrict())}至{formatDayZh(r.meetingsTo, todayInDistrict())}）
      </View>
      <View className="card" data-testid="review-meetings">
        {r.meetings.length === 0 ? (
          <View className="muted">这段时间没有会议记录。</View>
        ) : (
          r.meetings.map((m) => (
            <Line key={m.id} label={m.name}>
              {m.firstItem
                ? `${m.firstItem.typeLabel}：${m.firstItem.title}`
                : m.status === 'completed'
                  ? '未安排第一议题'
                  : m.statusLabel}
            </Line>
          ))
        )}
      </View>
    </View>
  )
}
