import { Text, View } from '@tarojs/components'
import { formatMonthZh, type MonthKey } from '@/core/time'
import './index.scss'

export interface StudyProgressProps {
  month: MonthKey
  currentMonth: MonthKey
  count: number
  quota: number
}

/** The big “本月自学 x/5” card: a plain count against the quota, nothing more. */
export default function StudyProgress({ month, currentMonth, count, quota }: StudyProgressProps) {
  const isCurrent = month === currentMonth
  const ratio = Math.min(1, quota > 0 ? count / quota : 1)
  const met = count >= quota
  const left = Math.max(0, quota - count)
  const label = isCurrent ? '本月自学' : `${formatMonthZh(month)}自学`
  let status: string
  if (met) status = isCurrent ? '本月学习任务已完成' : '当月已达标'
  else status = isCurrent ? `还需学习 ${left} 篇，每月至少 ${quota} 篇` : `当月未达标，差 ${left} 篇`
  return (
    <View className="study-progress">
      <View className="study-progress-label">{label}</View>
      <View className="study-progress-figure">
        <Text className="study-progress-count" data-testid="study-progress">
          {count}
          <Text className="study-progress-quota">/{quota}</Text>
        </Text>
        <Text className="study-progress-unit">篇</Text>
      </View>
      <View className="study-progress-bar">
        <View
          className={`study-progress-fill ${met ? 'study-progress-met' : ''}`}
          style={{ width: `${Math.round(ratio * 100)}%` }}
        />
      </View>
      <View className={`study-progress-status ${met ? 'study-progress-status-met' : ''}`}>{status}</View>
    </View>
  )
}
