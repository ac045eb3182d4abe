import { Input, type InputProps } from '@tarojs/components'
import Field, { type FieldProps } from '../Field'
import { ariaNativeProps } from '../Field/label-context'

export interface TextFieldProps
  extends Omit<FieldProps, 'children'>, Pick<InputProps, 'type' | 'placeholder' | 'maxlength' | 'disabled'> {
  value: string
  /** Receives the text as typed, on every keystroke. */
  onInput: (value: string) => void
  /** The keyboard's confirm key (e.g. submit on the last field). */
  onConfirm?: () => void
  testId?: string
}

/** A labelled one-line text input (a `Field` around an `Input`); only the input props given are passed on. */
export default function TextField({ name, label, optional, hint, error, value, onInput, testId, ...input }: TextFieldProps) {
  return (
    <Field name={name} label={label} optional={optional} hint={hint} error={error}>
      <Input
        className="input"
        {...input}
        nativeProps={ariaNativeProps(label)}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        data-testid={testId}
      />
    </Field>
  )
}
