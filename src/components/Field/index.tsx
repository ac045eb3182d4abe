import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import FieldError from '../FieldError'
import { fieldAnchorId } from '@/services/form-errors'
import { FieldLabelContext } from './label-context'

export interface FieldProps {
  /** Input field name, as the contract names it (`studiedOn`). */
  name: string
  label: string
  /** Marks the field optional in its label. */
  optional?: boolean
  hint?: string
  error?: string | null
  children: ReactNode
}

/** A labelled form field with its error underneath. */
export default function Field({ name, label, optional, hint, error, children }: FieldProps) {
  return (
    // The id lets a refused form scroll to its first field in error (useFormErrors).
    <View id={fieldAnchorId(name)} className={`field ${error ? 'field-invalid' : ''}`} data-testid={`field-${name}`}>
      <View className="field-label">
        <Text>{label}</Text>
        {optional && <Text className="muted">（选填）</Text>}
      </View>
      <FieldLabelContext.Provider value={label}>{children}</FieldLabelContext.Provider>
      {hint && !error && <View className="field-hint">{hint}</View>}
      <FieldError name={name} message={error} />
    </View>
  )
}
