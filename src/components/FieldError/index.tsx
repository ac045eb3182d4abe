import { Text } from '@tarojs/components'
import './index.scss'

export interface FieldErrorProps {
  /** The input field the message is about (`failure.field`); names the test id. */
  name: string
  message?: string | null
}

/** A Chinese error shown right under the field it names. */
export default function FieldError({ name, message }: FieldErrorProps) {
  if (!message) return null
  return (
    <Text className="field-error" data-testid={`error-${name}`}>
      {message}
    </Text>
  )
}
