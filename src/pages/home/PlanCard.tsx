import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import { open, ROUTES } from '@/services/routes'
import { prefillQuery } from '@/services/study-plan'

export interface PlanCardProps {
  plan: OutputOf<'home.get'>['plan']
}

/**
 * This month's self-study plan on the home: "本月计划 4 篇 · 已学 1 篇" and the next planned speech
 * (a tap opens the record form with it), or an invitation when there is none. Never a demand.
 */
export default function PlanCard({ plan }: PlanCardProps) {
  if (!plan) return null
  const progress = plan.progress
  return (
    <View className="card home-plan" data-testid="home-plan">
      <View className="home-link" onClick={() => open(ROUTES.studyPlan)} data-testid="home-plan-open">
        <View className="list-main">
          <View className="home-link-title">我的自学计划</View>
          <View className="list-sub" data-testid="home-plan-summary">
            {progress
              ? `本月计划 ${progress.planned} 篇 · 已学 ${progress.studied} 篇`
              : plan.suggested
                ? `管理员推荐了本月学习清单（${plan.suggested} 篇），可一键采用`
                : '可选：挑几篇本月想学的讲话'}
          </View>
        </View>
        <Text className="home-arrow">›</Text>
      </View>
      {progress?.next && (
        <View
          className="home-plan-next"
          onClick={() => progress.next && open(ROUTES.studyRecord, prefillQuery(progress.next))}
          data-testid="home-plan-next"
        >
          <Text className="home-plan-next-label">下一篇</Text>
          <Text className="home-plan-next-title">《{progress.next.title.replace(/^《|》$/g, '')}》</Text>
          <Text className="home-plan-go">去记录 ›</Text>
        </View>
      )}
    </View>
  )
}
