import type { ChangeEvent } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { useFieldLabel } from '../Field/label-context'
import type { DayKey } from '@/core/time'

export interface DateFieldProps {
  value: DayKey | ''
  /** The latest day one may pick (today). */
  end?: DayKey
  start?: DayKey
  onChange: (day: DayKey) => void
  testId?: string
}

/**
 * A day picker: the mini-program's date wheel on weapp; the browser's own date input on H5,
 * which phones show as their native picker (and which tests can type into).
 */
export default function DateField({ value, end, start, onChange, testId }: DateFieldProps) {
  const label = useFieldLabel()
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className="input date-input"
        aria-label={label ?? undefined}
        type="date"
        value={value}
        max={end}
        min={start}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        data-testid={testId}
      />
    )
  }
  return (
    <Picker mode="date" value={value} end={end} start={start} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="picker-value" data-testid={testId}>
        {value ? <Text>{value}</Text> : <Text className="placeholder">请选择日期</Text>}
      </View>
    </Picker>
  )
}
