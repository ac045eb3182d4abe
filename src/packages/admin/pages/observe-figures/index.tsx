import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MODE_LABELS, OBSERVATION_MODES } from '@/core/model/observation'
import AdminGate from '@/components/AdminGate'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import './index.scss'

/** Per unit and year: observations by mode, mean score and grade, rectifications — for the annual assessment. */
function FiguresPage() {
  const thisYear = Number(currentMonth().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const figures = useQuery(() => call('observe.figures', { year }), [year])
  const rows = figures.data?.rows ?? []
  let area = ''
  return (
    <View className="page">
      <View className="card figures-year">
        <Text className="link-action" onClick={() => setYear(year - 1)} data-testid="figures-prev">
          ‹ 上一年
        </Text>
        <Text data-testid="figures-year">{year}年</Text>
        <Text className={year < thisYear ? 'link-action' : 'muted'} onClick={() => year < thisYear && setYear(year + 1)}>
          下一年 ›
        </Text>
      </View>
      <View className="card">
        <StateView
          loading={figures.loading}
          error={figures.error}
          onRetry={() => void figures.reload()}
          staleSince={figures.staleSince}
          empty={rows.length === 0}
          emptyText="还没有单位。"
          testId="figures"
        >
          {rows.map((r) => {
            const header = r.areaName !== area ? (area = r.areaName) : null
            return (
              <View key={r.unitId}>
                {header && <View className="section-title">{header}</View>}
                <View className="figures-row" data-testid="figures-row">
                  <View className="list-title">
                    {r.unitName} {r.grade && <Tag text={r.grade} />}
                  </View>
                  <View className="figures-line">
                    <Text>巡听 {r.observed} 次</Text>
                    <Text>涉及学习 {r.sessionsObserved} 次</Text>
                    {OBSERVATION_MODES.filter((m) => (r.byMode[m] ?? 0) > 0).map((m) => (
                      <Text key={m}>
                        {MODE_LABELS[m]} {r.byMode[m]}
                      </Text>
                    ))}
                    <Text>平均分 {r.meanScore ?? '—'}</Text>
                  </View>
                  <View className="figures-line">
                    <Text>应整改 {r.rectificationsDue}</Text>
                    <Text>已整改 {r.rectificationsClosed}</Text>
                    <Text className={r.rectificationsOverdue > 0 ? 'field-error' : ''}>逾期 {r.rectificationsOverdue}</Text>
                  </View>
                </View>
              </View>
            )
          })}
        </StateView>
      </View>
      <View className="muted">按片区和单位名称排列；平均分为各场得分的平均，等级按 90/80/60 分划分。</View>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <FiguresPage />
    </AdminGate>
  )
}
