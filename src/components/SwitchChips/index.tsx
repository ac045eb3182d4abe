import ChipGroup from '../ChipGroup'

export interface SwitchChipsProps {
  value: boolean
  /** Labels for true and false, e.g. ['启用', '停用']. */
  labels: readonly [string, string]
  onChange: (value: boolean) => void
  testId?: string
}

/** A yes/no choice as two chips (active/inactive, archived or not). */
export default function SwitchChips({ value, labels, onChange, testId }: SwitchChipsProps) {
  const options = [
    { value: 'on', label: labels[0] },
    { value: 'off', label: labels[1] }
  ] as const
  return (
    <ChipGroup options={options} value={[value ? 'on' : 'off']} single onChange={([v]) => onChange(v === 'on')} testId={testId} />
  )
}
