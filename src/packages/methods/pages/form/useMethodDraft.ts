import { useEffect, useRef, useState } from 'react'
import type { FileView } from '@/core/contract'
import type { DayKey } from '@/core/time'
import { readStored, removeStored, writeStored } from '@/services/storage'
import { blankValues, type FormKind, type Values } from './kinds'

/** A form as typed, kept on the device until it is sent (new records only). */
export interface MethodDraft {
  values: Values
  files: FileView[]
  /** The idempotency key of the last attempt: a retry, even after a restart, records once. */
  key: string | null
}

const storageKey = (kind: FormKind) => `ts.methodDraft.${kind}`

function hasContent(d: MethodDraft, blank: Values): boolean {
  return d.files.length > 0 || Object.entries(d.values).some(([k, v]) => k !== 'date' && k !== 'month' && v !== blank[k])
}

/** The form state of one method: restored from storage for a new record, saved on every change. */
export function useMethodDraft(kind: FormKind, today: DayKey, persist: boolean) {
  const blank = blankValues(kind, today)
  const [draft, setDraft] = useState<MethodDraft>(() => {
    const stored = persist ? readStored<MethodDraft>(storageKey(kind)) : null
    return stored && (hasContent(stored, blank) || stored.key)
      ? { values: { ...blank, ...stored.values }, files: stored.files ?? [], key: stored.key ?? null }
      : { values: blank, files: [], key: null }
  })
  const restored = useRef(persist && (hasContent(draft, blank) || draft.key !== null))

  useEffect(() => {
    if (!persist) return
    if (hasContent(draft, blank) || draft.key) writeStored(storageKey(kind), draft)
    else removeStored(storageKey(kind))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, kind, persist])

  return {
    draft,
    restored: restored.current,
    setValue: (name: string, value: string | boolean) => setDraft((d) => ({ ...d, values: { ...d.values, [name]: value } })),
    setFiles: (files: FileView[]) => setDraft((d) => ({ ...d, files })),
    setKey: (key: string | null) => setDraft((d) => ({ ...d, key })),
    /** Replaces the whole form (a correction loads the stored record). */
    load: (values: Values, files: FileView[]) => setDraft({ values: { ...blank, ...values }, files, key: null }),
    reset: () => {
      restored.current = false
      if (persist) removeStored(storageKey(kind))
      setDraft({ values: blank, files: [], key: null })
    }
  }
}
