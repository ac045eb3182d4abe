import type { ChangeEvent } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { useFieldLabel } from '../Field/label-context'

export interface TimeFieldProps {
  /** `HH:mm` */
  value: string
  onChange: (time: string) => void
  testId?: string
}

/** A time-of-day picker: the mini-program's time wheel on weapp, the browser's time input on H5. */
export default function TimeField({ value, onChange, testId }: TimeFieldProps) {
  const label = useFieldLabel()
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className="input date-input"
        aria-label={label ?? undefined}
        type="time"
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        data-testid={testId}
      />
    )
  }
  return (
    <Picker mode="time" value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="picker-value" data-testid={testId}>
        {value ? <Text>{value}</Text> : <Text className="placeholder">请选择时间</Text>}
      </View>
    </Picker>
  )
}
