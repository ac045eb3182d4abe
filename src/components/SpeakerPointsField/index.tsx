import { Textarea, View } from '@tarojs/components'
import ChipGroup from '../ChipGroup'
import Field from '../Field'
import './index.scss'

/** One speaker of a discussion and their key points. */
export interface SpeakerRow {
  personId: string
  points: string
}

export interface SpeakerPointsFieldProps {
  label: string
  optional?: boolean
  hint?: string
  /** The people who may speak, in the order offered. */
  people: ReadonlyArray<{ id: string; name: string }>
  value: SpeakerRow[]
  error?: string | null
  /** The contract's limit on one speaker's points. */
  maxlength: number
  onChange: (rows: SpeakerRow[]) => void
  /** Prefix of the test ids (`meeting` → `meeting-speakers-<id>`, `meeting-points-<i>`). */
  testId: string
}

/** Tick who spoke, then write each speaker's points (研讨发言 / 交流发言). */
export default function SpeakerPointsField(props: SpeakerPointsFieldProps) {
  const { label, optional, hint, people, value, error, maxlength, onChange, testId } = props
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? ''
  return (
    <Field name="speakers" label={label} optional={optional} error={error} hint={hint}>
      <ChipGroup
        options={people.map((p) => ({ value: p.id, label: p.name }))}
        value={value.map((s) => s.personId)}
        onChange={(ids) =>
          onChange(ids.map((personId) => value.find((s) => s.personId === personId) ?? { personId, points: '' }))
        }
        testId={`${testId}-speakers`}
      />
      {value.map((s, i) => (
        <View className="speaker-row" key={s.personId} data-testid={`${testId}-speaker`}>
          <View className="speaker-row-label">{nameOf(s.personId)}的发言要点</View>
          <Textarea
            className="textarea speaker-row-points"
            value={s.points}
            maxlength={maxlength}
            placeholder="发言要点"
            onInput={(e) => onChange(value.map((r, j) => (j === i ? { ...r, points: e.detail.value } : r)))}
            data-testid={`${testId}-points-${i}`}
          />
        </View>
      ))}
    </Field>
  )
}
