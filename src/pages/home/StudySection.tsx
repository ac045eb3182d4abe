import { View } from '@tarojs/components'
import MonthSwitcher from '@/components/MonthSwitcher'
import RecordEntry from '@/components/RecordEntry'
import StateView from '@/components/StateView'
import StudyProgress from '@/components/StudyProgress'
import StudyRecords from '@/components/StudyRecords'
import type { HomeState } from '@/hooks/useHome'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { formatMonthZh } from '@/core/time'
import MethodsSection from './MethodsSection'
import PlanCard from './PlanCard'

export interface StudySectionProps {
  home: HomeState
}

/** A studying cadre's home: month x/5, 记一笔, lectures x/2 where it applies, what is due, latest records. */
export default function StudySection({ home }: StudySectionProps) {
  const { study } = home
  // Back from a form (or another tab): refresh quietly.
  useReloadOnShow(home.reload)

  const data = study.data
  const isCurrent = !!data && data.month === data.currentMonth
  return (
    <View>
      <View className="card home-progress-card">
        <StateView
          loading={study.loading && !data}
          error={data ? null : study.error}
          onRetry={() => void study.reload()}
          staleSince={study.staleSince}
          testId="home-progress"
        >
          {data && (
            <>
              <MonthSwitcher month={data.month} max={data.currentMonth} onChange={home.setMonth} />
              <StudyProgress month={data.month} currentMonth={data.currentMonth} count={data.count} quota={data.quota} />
            </>
          )}
        </StateView>
        <View className="home-record-btn">
          <RecordEntry />
        </View>
      </View>

      <PlanCard plan={home.home.data?.plan ?? null} />

      <MethodsSection
        data={home.home.data?.summary ?? null}
        loading={home.home.loading}
        error={home.home.error}
        onRetry={() => void home.reload()}
      />

      {data && (
        <View className="card">
          <View className="card-title">{isCurrent ? '本月学习记录' : `${formatMonthZh(data.month)}学习记录`}</View>
          <StateView
            empty={data.records.length === 0}
            emptyText={isCurrent ? '本月还没有学习记录，学完一篇讲话后点“记一笔学习”记下来吧。' : '这个月没有学习记录。'}
            testId="home-records"
          >
            <StudyRecords records={data.records} onChanged={() => void home.reload()} />
          </StateView>
          {study.error && <View className="muted">{study.error.message}</View>}
        </View>
      )}
    </View>
  )
}
