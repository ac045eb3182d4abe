import { Button, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import FeedbackCard from '../../components/FeedbackCard'

/** 意见反馈: the user's own messages with the publicity department's answers, and the button to write one. */
export default function MyFeedbackPage() {
  const mine = useQuery(() => call('feedback.mine', {}), [])
  // Back from the form, or from the inbox after an answer: show the newest.
  useReloadOnShow(mine.reload)
  const items = mine.data?.items ?? []
  return (
    <View className="page" data-testid="feedback-mine">
      <View className="card muted">
        对学习助手的使用问题、意见和建议，可以在这里直接反映给区委宣传部，回复会显示在下方并通知您。
      </View>
      <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.feedbackNew)} data-testid="feedback-write">
        写意见反馈
      </Button>
      <StateView
        loading={mine.loading}
        error={mine.error}
        onRetry={() => void mine.reload()}
        empty={items.length === 0}
        emptyText="还没有提交过意见反馈"
        testId="feedback-mine"
      >
        {items.map((item) => (
          <FeedbackCard key={item.id} item={item} />
        ))}
      </StateView>
    </View>
  )
}
