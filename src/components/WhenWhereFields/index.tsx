import DateField from '@/components/DateField'
import Field from '@/components/Field'
import TextField from '@/components/TextField'
import TimeField from '@/components/TimeField'

/** The day, start time and place of a meeting or a central-group session. */
export interface WhenWhere {
  day: string
  time: string
  place: string
}

export interface WhenWhereFieldsProps {
  value: WhenWhere
  /** What the labels name: 会议 → 会议日期 / 会议地点; 学习 → 学习日期 / 学习地点. */
  noun: string
  errors: Record<string, string>
  onChange: (patch: Partial<WhenWhere>, field: keyof WhenWhere) => void
  /** Test ids are `${testId}-day`, `-time`, `-place`. */
  testId: string
}

/** 日期, 开始时间 and 地点 (optional), as the meeting and session forms both ask them. */
export default function WhenWhereFields({ value, noun, errors, onChange, testId }: WhenWhereFieldsProps) {
  return (
    <>
      <Field name="day" label={`${noun}日期`} error={errors.day}>
        <DateField value={value.day} onChange={(day) => onChange({ day }, 'day')} testId={`${testId}-day`} />
      </Field>
      <Field name="time" label="开始时间" error={errors.time}>
        <TimeField value={value.time} onChange={(time) => onChange({ time }, 'time')} testId={`${testId}-time`} />
      </Field>
      <TextField
        name="place"
        label={`${noun}地点`}
        optional
        error={errors.place}
        value={value.place}
        maxlength={60}
        placeholder="如：机关三楼会议室"
        onInput={(place) => onChange({ place }, 'place')}
        testId={`${testId}-place`}
      />
    </>
  )
}
