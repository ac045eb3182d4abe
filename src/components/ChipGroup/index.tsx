import { Text, View } from '@tarojs/components'

export interface ChipOption<V extends string> {
  value: V
  label: string
}

export interface ChipGroupProps<V extends string> {
  options: ReadonlyArray<ChipOption<V>>
  /** The chosen values; one at most when `single`. */
  value: readonly V[]
  single?: boolean
  onChange: (value: V[]) => void
  testId?: string
}

/** Tappable chips for a few choices (roles, kinds, yes/no). */
export default function ChipGroup<V extends string>({ options, value, single, onChange, testId }: ChipGroupProps<V>) {
  const toggle = (v: V) => {
    if (single) onChange([v])
    else onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])
  }
  return (
    <View className="chips" data-testid={testId}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`chip ${value.includes(o.value) ? 'chip-on' : ''}`}
          onClick={() => toggle(o.value)}
          data-testid={testId ? `${testId}-${o.value}` : undefined}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}
