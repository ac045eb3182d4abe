import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import PhotoStrip from '@/components/PhotoStrip'
import Tag from '@/components/Tag'
import type { FeedbackView } from '@/core/contract'
import { formatInstantZh } from '@/core/rules/agenda'
import { todayInDistrict } from '@/services/clock'
import './index.scss'

/** One message with its screenshots and the answer; `head` names the author (admin), `children` holds actions. */
export default function FeedbackCard({ item, head, children }: { item: FeedbackView; head?: string; children?: ReactNode }) {
  return (
    <View className="card feedback-card" data-testid="feedback-item" data-status={item.status}>
      <View className="feedback-card-head">
        <View className="list-sub">
          {head ? `${head} · ` : ''}
          {formatInstantZh(item.createdAt, todayInDistrict())}
        </View>
        <Tag text={item.statusLabel} />
      </View>
      <View className="feedback-card-message" data-testid="feedback-message">
        {item.message}
      </View>
      <PhotoStrip photos={item.screenshots} testId="feedback-screenshots" />
      {item.answer && (
        <View className="feedback-card-answer" data-testid="feedback-answer">
          <View className="feedback-card-answer-label">
            区委宣传部回复{item.answeredAt ? ` · ${formatInstantZh(item.answeredAt, todayInDistrict())}` : ''}
          </View>
          <View>{item.answer}</View>
        </View>
      )}
      {children}
    </View>
  )
}
