import { Text, View } from '@tarojs/components'
import { formatMonthZh, shiftMonth, type MonthKey } from '@/core/time'
import './index.scss'

export interface MonthSwitcherProps {
  month: MonthKey
  /** The latest month one may open (the current month). */
  max: MonthKey
  /** The earliest month one may open, if any. */
  min?: MonthKey
  onChange: (month: MonthKey) => void
}

/** ‹ 2026年11月 › — earlier months on the left; never past the current month. */
export default function MonthSwitcher({ month, max, min, onChange }: MonthSwitcherProps) {
  const canPrev = !min || month > min
  const canNext = month < max
  return (
    <View className="month-switcher" data-testid="month-switcher">
      <View
        className={`month-arrow ${canPrev ? '' : 'month-arrow-off'}`}
        data-testid="month-prev"
        onClick={() => canPrev && onChange(shiftMonth(month, -1))}
      >
        <Text>‹</Text>
      </View>
      <Text className="month-label" data-testid="month-label">
        {formatMonthZh(month)}
      </Text>
      <View
        className={`month-arrow ${canNext ? '' : 'month-arrow-off'}`}
        data-testid="month-next"
        onClick={() => canNext && onChange(shiftMonth(month, 1))}
      >
        <Text>›</Text>
      </View>
    </View>
  )
}
