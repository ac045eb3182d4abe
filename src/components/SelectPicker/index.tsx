import { Picker, Text, View } from '@tarojs/components'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectPickerProps {
  options: readonly SelectOption[]
  value: string | null
  placeholder?: string
  onChange: (value: string) => void
  testId?: string
  disabled?: boolean
}

/** A one-of-many picker showing the chosen label (the platform's wheel on weapp, a sheet on H5). */
export default function SelectPicker({ options, value, placeholder = '请选择', onChange, testId, disabled }: SelectPickerProps) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.label)}
      value={index < 0 ? 0 : index}
      disabled={disabled || undefined}
      onChange={(e) => {
        const picked = options[Number(e.detail.value)]
        if (picked) onChange(picked.value)
      }}
    >
      <View className="picker-value" data-testid={testId}>
        {index < 0 ? <Text className="placeholder">{placeholder}</Text> : <Text>{options[index].label}</Text>}
      </View>
    </Picker>
  )
}
