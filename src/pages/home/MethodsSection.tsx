import { Text, View } from '@tarojs/components'
import RecordList from '@/components/RecordList'
import StateView from '@/components/StateView'
import type { HomeView } from '@/core/contract'
import type { ApiError } from '@/services/errors'
import { open, ROUTES } from '@/services/routes'

export interface MethodsSectionProps {
  data: HomeView | null
  loading: boolean
  error: ApiError | null
  onRetry: () => void
}

/** This year's lectures x/2 (district leaders only), what is due next, and the latest records. */
export default function MethodsSection({ data, loading, error, onRetry }: MethodsSectionProps) {
  if (!data) return <StateView loading={loading} error={error} onRetry={onRetry} testId="home-methods" />
  return (
    <>
      {data.lectures && (
        <View className="card home-lectures" data-testid="home-lectures">
          <View className="list-main">
            <View className="home-link-title">{data.year}年进学校讲课</View>
            <View className="list-sub">
              {data.lectures.met ? '全年讲课任务已完成' : `每年至少 ${data.lectures.quota} 次，只计已讲授的课`}
            </View>
          </View>
          <Text className={`home-lectures-figure ${data.lectures.met ? 'home-met' : ''}`} data-testid="lecture-progress">
            {data.lectures.count}/{data.lectures.quota}
          </Text>
        </View>
      )}

      {data.due.length > 0 && (
        <View className="card" data-testid="home-due">
          <View className="card-title">接下来要做</View>
          {data.due.map((d) => (
            <View key={d.key} className="list-item home-due-item" data-testid="due-item">
              <View className="list-main">{d.text}</View>
              <Text className="home-due-when">{d.when}</Text>
            </View>
          ))}
        </View>
      )}

      <View className="card" data-testid="home-latest">
        <View className="row">
          <View className="card-title">最近记录</View>
          <View className="spacer" />
          <Text className="home-more" onClick={() => open(ROUTES.myRecords)} data-testid="home-my-records">
            我的记录 ›
          </Text>
        </View>
        <StateView
          empty={data.latest.length === 0}
          emptyText="还没有记录。学习、讲课、宣讲之后，点上面的按钮记一笔。"
          testId="home-latest"
        >
          <RecordList items={data.latest} testId="latest-item" />
        </StateView>
      </View>
    </>
  )
}
