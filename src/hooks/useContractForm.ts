import { useState } from 'react'
import type { ActionName, InputOf, OutputOf } from '@/core/contract'
import { inputErrors, type FormLayout } from '@/services/form-errors'
import { useFormErrors } from './useFormErrors'
import { useSave } from './useSave'

/**
 * A long form checked against its action's contract before it is sent: everything the contract
 * finds is marked at once (the server's own refusal comes one at a time), a refused submit scrolls
 * to the first field in error, and a field's mark goes when it changes. `submit` resolves with the
 * output, or null when it was refused.
 */
export function useContractForm<N extends ActionName, F extends object>(action: N, layout: FormLayout) {
  const [form, setForm] = useState<F | null>(null)
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const saver = useSave(action)
  const errors = { ...localErrors, ...saver.errors }
  const refusal = useFormErrors(errors, layout)
  const change = (patch: Partial<F>, field: string) => {
    setForm((f) => (f ? { ...f, ...patch } : f))
    setLocalErrors(({ [field]: _gone, ...rest }) => rest)
    saver.clear(field)
  }
  const submit = async (input: InputOf<N>): Promise<OutputOf<N> | null> => {
    const found = inputErrors(action, input)
    setLocalErrors(found)
    const saved = Object.keys(found).length ? null : await saver.save(input)
    if (!saved) refusal.refused()
    return saved
  }
  return { form, setForm, errors, refusal, change, submit, busy: saver.busy }
}
