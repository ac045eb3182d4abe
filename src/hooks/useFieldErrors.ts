import { useCallback, useState } from 'react'
import { toApiError } from '@/services/errors'

export interface FieldErrors {
  /** Message per field (`failure.field`); `_` holds one that names no field. */
  errors: Record<string, string>
  /** Shows an error (an ApiError, or a local `{ field, message }`) next to the field it names. */
  show: (error: unknown, fallbackField?: string) => void
  /** Clears one field's message (when the user edits it) or all. */
  clear: (field?: string) => void
}

function isLocal(error: unknown): error is { field?: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    !(error instanceof Error) &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

/** Per-field error messages for a form, from ApiError.field. */
export function useFieldErrors(): FieldErrors {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const show = useCallback((error: unknown, fallbackField = '_') => {
    const e = isLocal(error) ? error : toApiError(error)
    const field = e.field ? e.field.split('.')[0] : fallbackField
    setErrors({ [field]: e.message })
  }, [])
  const clear = useCallback((field?: string) => {
    setErrors((prev) => {
      if (!field) return {}
      if (!prev[field] && !prev._) return prev
      const next = { ...prev }
      delete next[field]
      delete next._
      return next
    })
  }, [])
  return { errors, show, clear }
}
