import { Textarea, type TextareaProps } from '@tarojs/components'
import Field, { type FieldProps } from '../Field'
import { ariaNativeProps } from '../Field/label-context'

export interface TextAreaFieldProps extends Omit<FieldProps, 'children'>, Pick<TextareaProps, 'placeholder' | 'maxlength'> {
  value: string
  /** Receives the text as typed, on every keystroke. */
  onInput: (value: string) => void
  testId?: string
}

/** A labelled multi-line text input (a `Field` around a `Textarea`). */
export default function TextAreaField({
  name,
  label,
  optional,
  hint,
  error,
  value,
  onInput,
  testId,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field name={name} label={label} optional={optional} hint={hint} error={error}>
      <Textarea
        className="textarea"
        {...textarea}
        nativeProps={ariaNativeProps(label)}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        data-testid={testId}
      />
    </Field>
  )
}
