import { View } from '@tarojs/components'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SwitchChips from '@/components/SwitchChips'
import TextField from '@/components/TextField'

export interface SpeechFormValue {
  title: string
  date: string
  source: string
  link: string
  archived: boolean
}

/** The fields of a catalogue speech. */
export default function SpeechForm(props: {
  value: SpeechFormValue
  errors: Record<string, string>
  onChange: (patch: Partial<SpeechFormValue>, field: string) => void
}) {
  const { value, errors, onChange } = props
  return (
    <View>
      <TextField
        name="title"
        label="讲话标题"
        error={errors.title}
        value={value.title}
        maxlength={120}
        onInput={(title) => onChange({ title }, 'title')}
        testId="speech-title"
      />
      <Field name="date" label="讲话日期" error={errors.date}>
        <DateField value={value.date} onChange={(date) => onChange({ date }, 'date')} testId="speech-date" />
      </Field>
      <TextField
        name="source"
        label="出处"
        error={errors.source}
        value={value.source}
        placeholder="如 《求是》2026年第1期"
        maxlength={80}
        onInput={(source) => onChange({ source }, 'source')}
        testId="speech-source"
      />
      <TextField
        name="link"
        label="原文链接"
        optional
        error={errors.link}
        value={value.link}
        placeholder="https://"
        maxlength={500}
        onInput={(link) => onChange({ link }, 'link')}
        testId="speech-link"
      />
      <Field name="archived" label="状态" error={errors.archived} hint="归档后干部记录学习时不再能选到，已有记录不受影响">
        <SwitchChips
          value={!value.archived}
          labels={['可供选择', '已归档']}
          onChange={(available) => onChange({ archived: !available }, 'archived')}
          testId="speech-archived"
        />
      </Field>
      <FieldError name="form" message={errors._ ?? errors.id} />
    </View>
  )
}
