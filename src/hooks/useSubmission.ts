import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey } from '@/services/idempotency'

export interface Submission {
  /** The key of the current attempt: the same for every retry until `succeeded()`. */
  key: () => string
  /** Starts a fresh submission (after success, or when the form is reset). */
  succeeded: () => void
  busy: boolean
  setBusy: (busy: boolean) => void
}

/**
 * One idempotency key per submission: a retry after a failure (network, validation) reuses
 * it, so a request that did reach the server is never recorded twice.
 */
export function useSubmission(initialKey?: string | null): Submission {
  const ref = useRef<string | null>(initialKey ?? null)
  const [busy, setBusy] = useState(false)
  const key = useCallback(() => {
    if (!ref.current) ref.current = newIdempotencyKey()
    return ref.current
  }, [])
  const succeeded = useCallback(() => {
    ref.current = null
  }, [])
  return { key, succeeded, busy, setBusy }
}
