import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { periodLabel, quarterOf, type Period } from '@/core/rules/agenda'
import { shiftMonth } from '@/core/time'
import ChipGroup from '@/components/ChipGroup'
import { currentMonth } from '@/services/clock'
import './PeriodPicker.scss'

const KINDS = [
  { value: 'month', label: '按月' },
  { value: 'quarter', label: '按季度' },
  { value: 'year', label: '按年' }
] as const

/** The period input of the coverage actions. */
export function periodInput(p: Period) {
  if (p.kind === 'month') return { period: 'month' as const, month: p.month }
  if (p.kind === 'quarter') return { period: 'quarter' as const, year: p.year, quarter: p.quarter }
  return { period: 'year' as const, year: p.year }
}

function current(kind: Period['kind']): Period {
  const month = currentMonth()
  const year = Number(month.slice(0, 4))
  if (kind === 'month') return { kind, month }
  if (kind === 'quarter') return { kind, year, quarter: quarterOf(month) }
  return { kind, year }
}

function shift(p: Period, delta: number): Period {
  if (p.kind === 'month') return { ...p, month: shiftMonth(p.month, delta) }
  if (p.kind === 'year') return { ...p, year: p.year + delta }
  const index = p.year * 4 + (p.quarter - 1) + delta
  return { kind: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 }
}

/** Comparable position of a period (later is larger) among periods of its kind. */
const rank = (p: Period) =>
  p.kind === 'month' ? Number(p.month.replace('-', '')) : p.kind === 'quarter' ? p.year * 4 + p.quarter : p.year

/** The chosen period (this month at first) and its switcher. */
export function usePeriod() {
  const [period, setPeriod] = useState<Period>(() => current('month'))
  return { period, setPeriod }
}

/** 按月 / 按季度 / 按年, and ‹ 2026年第四季度 › — never past the current period. */
export default function PeriodPicker({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const canNext = rank(period) < rank(current(period.kind))
  return (
    <View className="card period-picker">
      <ChipGroup
        options={KINDS}
        value={[period.kind]}
        single
        onChange={([kind]) => onChange(current(kind))}
        testId="period-kind"
      />
      <View className="period-switcher">
        <View className="period-arrow" onClick={() => onChange(shift(period, -1))} data-testid="period-prev">
          <Text>‹</Text>
        </View>
        <Text className="period-label" data-testid="period-label">
          {periodLabel(period)}
        </Text>
        <View
          className={`period-arrow ${canNext ? '' : 'period-arrow-off'}`}
          onClick={() => canNext && onChange(shift(period, 1))}
        >
          <Text>›</Text>
        </View>
      </View>
    </View>
  )
}
