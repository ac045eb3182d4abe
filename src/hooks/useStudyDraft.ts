import { useEffect, useRef, useState } from 'react'
import type { SpeechView } from '@/core/contract'
import type { DayKey } from '@/core/time'
import { STORAGE_KEYS, readStored, removeStored, writeStored } from '@/services/storage'

/** The record form as typed: kept on the device until it is sent. */
export interface StudyDraft {
  mode: 'catalogue' | 'manual'
  speech: SpeechView | null
  title: string
  studiedOn: DayKey
  minutes: string
  note: string
  /** The idempotency key of the last attempt, so a retry (even after a restart) records once. */
  key: string | null
}

function blank(today: DayKey): StudyDraft {
  return { mode: 'catalogue', speech: null, title: '', studiedOn: today, minutes: '', note: '', key: null }
}

function hasContent(d: StudyDraft): boolean {
  return !!(d.speech || d.title.trim() || d.minutes.trim() || d.note.trim())
}

/** The form state, restored from storage and saved on every change. */
export function useStudyDraft(today: DayKey) {
  const [draft, setDraft] = useState<StudyDraft>(() => {
    const stored = readStored<StudyDraft>(STORAGE_KEYS.studyDraft)
    return stored && hasContent(stored) ? { ...blank(today), ...stored } : blank(today)
  })
  const restored = useRef(hasContent(draft))

  useEffect(() => {
    if (hasContent(draft) || draft.key) writeStored(STORAGE_KEYS.studyDraft, draft)
    else removeStored(STORAGE_KEYS.studyDraft)
  }, [draft])

  return {
    draft,
    /** True when the form opened with an unsent draft. */
    restored: restored.current,
    update: (patch: Partial<StudyDraft>) => setDraft((d) => ({ ...d, ...patch })),
    /** Forgets the draft (after it was sent, or when the user clears it). */
    reset: () => {
      restored.current = false
      removeStored(STORAGE_KEYS.studyDraft)
      setDraft(blank(today))
    }
  }
}
