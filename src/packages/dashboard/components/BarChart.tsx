import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import './BarChart.scss'

/** One bar: its label, its value as a share of the chart's scale, and the words a reader sees. */
export interface Bar {
  key: string
  label: string
  /** 0 … max; null draws no bar (nothing was due). */
  value: number | null
  /** What the bar means in words, e.g. `3/4 人 · 75%`. */
  text: string
}

export interface BarChartProps {
  title: string
  bars: readonly Bar[]
  /** The value of a full bar (100 for percentages). */
  max: number
  /** What the value column of the table is called. */
  valueHeader: string
  testId: string
}

/**
 * A horizontal bar chart drawn with plain Views whose width is a percentage: it renders the same
 * on weapp and H5, costs a few hundred bytes instead of a chart library (echarts-for-weixin is
 * about 1 MB of a 2 MB package, and canvas charts differ between the two platforms), and the
 * words stay text a screen reader reads. 以表格查看 swaps the bars for a table of the same numbers.
 */
export default function BarChart({ title, bars, max, valueHeader, testId }: BarChartProps) {
  const [table, setTable] = useState(false)
  return (
    <View className="card" data-testid={testId}>
      <View className="chart-head">
        <Text className="card-title chart-title">{title}</Text>
        <Text className="link-action chart-toggle" onClick={() => setTable(!table)} data-testid={`${testId}-toggle`}>
          {table ? '以图表查看' : '以表格查看'}
        </Text>
      </View>
      {bars.length === 0 && <View className="muted">暂无数据</View>}
      {table ? (
        <View className="chart-table" data-testid={`${testId}-table`}>
          <View className="chart-table-row chart-table-head">
            <Text className="chart-table-label">项目</Text>
            <Text className="chart-table-value">{valueHeader}</Text>
          </View>
          {bars.map((b) => (
            <View key={b.key} className="chart-table-row">
              <Text className="chart-table-label">{b.label}</Text>
              <Text className="chart-table-value">{b.text}</Text>
            </View>
          ))}
        </View>
      ) : (
        bars.map((b) => (
          <View key={b.key} className="chart-row">
            <Text className="chart-label">{b.label}</Text>
            <View className="chart-track">
              {b.value !== null && (
                <View className="chart-bar" style={{ width: `${Math.max(0, Math.min(100, (b.value / max) * 100))}%` }} />
              )}
            </View>
            <Text className="chart-text">{b.text}</Text>
          </View>
        ))
      )}
    </View>
  )
}
