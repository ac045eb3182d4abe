import { Text, View } from '@tarojs/components'
import MonthSwitcher from '@/components/MonthSwitcher'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useUnitOverview } from '@/hooks/useUnitOverview'
import './index.scss'

/** A unit's cadres and their self-study this month, in roster order: supervision, not a league table. */
export default function UnitOverviewPage() {
  const { thisMonth, month, setMonth, unitId, setUnitId, options, overview } = useUnitOverview()
  const units = options.data?.items ?? []
  const data = overview.data
  const isCurrent = month === thisMonth
  return (
    <View className="page unit-page">
      <View className="card">
        {units.length > 1 && (
          <View className="unit-select">
            <SelectPicker
              options={units.map((u) => ({ value: u.id, label: `${u.name} · ${u.areaName}` }))}
              value={unitId}
              placeholder="选择单位"
              onChange={setUnitId}
              testId="unit-select"
            />
          </View>
        )}
        <MonthSwitcher month={month} max={thisMonth} onChange={setMonth} />
        {data && (
          <View className="unit-summary" data-testid="unit-summary">
            <Text className="unit-name">{data.unit.name}</Text>
            <View className="unit-met">
              <Text className="unit-met-figure">
                {data.metCount}/{data.rows.length}
              </Text>
              <Text className="unit-met-label"> 人达标（每月至少 {data.quota} 篇）</Text>
            </View>
          </View>
        )}
      </View>

      <View className="card">
        <StateView
          loading={overview.loading}
          error={overview.error}
          onRetry={() => void overview.reload()}
          empty={!!data && data.rows.length === 0}
          emptyText="本单位名册中还没有需要自学的干部。"
          testId="unit-overview"
        >
          {data && (
            <View className="unit-table" data-testid="unit-table">
              <View className="unit-row unit-head">
                <Text className="unit-col-name">姓名 / 职务</Text>
                <Text className="unit-col-count">{isCurrent ? '本月已学' : '当月已学'}</Text>
                <Text className="unit-col-tag">情况</Text>
              </View>
              {data.rows.map((r) => (
                <View className="unit-row" key={r.personId} data-testid="unit-row">
                  <View className="unit-col-name">
                    <View className="list-title">{r.name}</View>
                    <View className="list-sub">{r.position}</View>
                  </View>
                  <Text className="unit-col-count">{isCurrent ? `本月已学 ${r.count} 篇` : `已学 ${r.count} 篇`}</Text>
                  <View className="unit-col-tag">
                    <Tag text={r.met ? '达标' : '未达标'} tone={r.met ? 'success' : 'warning'} />
                  </View>
                </View>
              ))}
            </View>
          )}
        </StateView>
      </View>
      <View className="muted unit-foot">按名册顺序排列。</View>
    </View>
  )
}
