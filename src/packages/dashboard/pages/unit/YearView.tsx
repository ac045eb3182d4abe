import { View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import BarChart from '../../components/BarChart'
import Figures, { figureLines } from '../../components/Figures'

/** The unit's year month by month: a completion chart, then each month's figures in words. */
export default function YearView({ unitId, year }: { unitId?: string; year: number }) {
  const data = useQuery(() => call('dashboard.unitYear', { unitId, year }), [unitId, year])
  const d = data.data
  const thisMonth = currentMonth()
  return (
    <StateView
      loading={data.loading && !d}
      error={d ? null : data.error}
      onRetry={() => void data.reload()}
      testId="dashboard-year"
    >
      {d && (
        <>
          <View className="card">
            <View className="card-title" data-testid="dashboard-year-title">
              {d.unit.name} · {d.year}年
            </View>
            <Figures f={d.total} testId="dashboard-year-total" />
          </View>
          <BarChart
            title="自学完成情况（按月）"
            valueHeader="达标人数 / 应达标"
            max={100}
            testId="chart-unit-study"
            bars={d.months.map((m) => ({
              key: m.month,
              label: `${Number(m.month.slice(5))}月`,
              value: m.figures.study.share,
              text:
                m.figures.study.due === 0 ? '未到' : `${m.figures.study.met}/${m.figures.study.due} · ${m.figures.study.share}%`
            }))}
          />
          <View className="card">
            <View className="card-title">逐月情况</View>
            {d.months
              .filter((m) => m.month <= thisMonth)
              .map((m) => {
                const l = figureLines(m.figures)
                return (
                  <View key={m.month} className="list-item" data-testid="dashboard-month">
                    <View className="list-main">
                      <View className="list-title">{Number(m.month.slice(5))}月</View>
                      <View className="list-sub">心得 {l.notes}</View>
                      <View className="list-sub">{l.methods}</View>
                      <View className="list-sub">第一议题 {l.coverage}</View>
                      <View className="list-sub">巡听 {l.observation}</View>
                    </View>
                  </View>
                )
              })}
          </View>
        </>
      )}
    </StateView>
  )
}
