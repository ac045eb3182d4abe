import { Text, View } from '@tarojs/components'
import FieldError from '../FieldError'
import { SUMMARY_ID, type FormErrorsState } from '@/hooks/useFormErrors'
import './index.scss'

export interface FormErrorSummaryProps {
  errors: FormErrorsState
  /** Prefix of the summary's test id: `<testId>-error-summary`. */
  testId: string
}

/** Next to a form's submit button: why the last submit was refused ("请检查标红的 2 项" and any message naming no field). */
export default function FormErrorSummary({ errors, testId }: FormErrorSummaryProps) {
  if (!errors.summary && !errors.message) return null
  return (
    <View id={SUMMARY_ID} className="form-error-summary">
      <FieldError name="form" message={errors.message} />
      {errors.summary && (
        <Text className="form-error-count" data-testid={`${testId}-error-summary`}>
          {errors.summary}
        </Text>
      )}
    </View>
  )
}
