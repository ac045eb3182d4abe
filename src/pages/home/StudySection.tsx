import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import MonthSwitcher from '@/components/MonthSwitcher'
import StateView from '@/components/StateView'
import StudyProgress from '@/components/StudyProgress'
import StudyRecords from '@/components/StudyRecords'
import { useStudyMonth } from '@/hooks/useStudyMonth'
import { formatMonthZh } from '@/core/time'
import { open, ROUTES } from '@/services/routes'

/** A studying cadre's month: progress x/5, the record button, the month's records. */
export default function StudySection() {
  const study = useStudyMonth(true)
  const shown = useRef(false)

  // Back from the record form (or another tab): refresh quietly.
  useDidShow(() => {
    if (shown.current) void study.reload()
    shown.current = true
  })

  const data = study.data
  const isCurrent = !!data && data.month === data.currentMonth
  return (
    <View>
      <View className="card home-progress-card">
        <StateView
          loading={study.loading && !data}
          error={data ? null : study.error}
          onRetry={() => void study.reload()}
          testId="home-progress"
        >
          {data && (
            <>
              <MonthSwitcher month={data.month} max={data.currentMonth} onChange={study.setMonth} />
              <StudyProgress month={data.month} currentMonth={data.currentMonth} count={data.count} quota={data.quota} />
            </>
          )}
        </StateView>
        <Button
          className="btn btn-primary btn-block home-record-btn"
          onClick={() => open(ROUTES.studyRecord)}
          data-testid="home-record"
        >
          记一笔学习
        </Button>
      </View>

      {data && (
        <View className="card">
          <View className="card-title">{isCurrent ? '本月学习记录' : `${formatMonthZh(data.month)}学习记录`}</View>
          <StateView
            empty={data.records.length === 0}
            emptyText={isCurrent ? '本月还没有学习记录，学完一篇讲话后点“记一笔学习”记下来吧。' : '这个月没有学习记录。'}
            testId="home-records"
          >
            <StudyRecords records={data.records} onChanged={() => void study.reload()} />
          </StateView>
          {study.error && <View className="muted">{study.error}</View>}
        </View>
      )}
    </View>
  )
}
