import { useCallback } from 'react'
import type { ActionName, InputOf, OutputOf } from '@/core/contract'
import { call } from '@/services/api'
import { useFieldErrors } from './useFieldErrors'
import { useSubmission } from './useSubmission'

/**
 * A write from a form: one idempotency key per submission (reused by retries), errors shown
 * by field, busy while it runs. `save` resolves with the output, or null when it failed.
 */
export function useSave<N extends ActionName>(name: N) {
  const submission = useSubmission()
  const { errors, show, clear } = useFieldErrors()
  const { key, succeeded, busy, setBusy } = submission

  const save = useCallback(
    async (input: InputOf<N>): Promise<OutputOf<N> | null> => {
      if (busy) return null
      clear()
      setBusy(true)
      try {
        const out = await call(name, input, { idempotencyKey: key() })
        succeeded()
        return out
      } catch (error) {
        show(error)
        return null
      } finally {
        setBusy(false)
      }
    },
    [busy, clear, key, name, setBusy, show, succeeded]
  )

  /** Forgets errors and the key (the dialog was closed or opened for another record). */
  const reset = useCallback(() => {
    clear()
    succeeded()
  }, [clear, succeeded])

  return { save, errors, clear, busy, reset }
}
