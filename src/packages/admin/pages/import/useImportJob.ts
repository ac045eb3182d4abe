import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportJobView, RowError } from '@/core/contract'
import { call, newIdempotencyKey, toApiError } from '@/services/api'

export type ImportPhase = 'idle' | 'uploading' | 'checking' | 'writing'

export interface ImportState {
  phase: ImportPhase
  /** The job being written, or an unfinished one found on return. */
  job: ImportJobView | null
  /** The last job that committed, for the result at the top. */
  done: ImportJobView | null
  error: string | null
  rows: RowError[]
}

/**
 * The import flow: upload → start (the whole file is checked) → steps until committed, showing
 * 已写入 n / total. Closing the page stops the loop; on return the unfinished job is shown with
 * 继续 / 放弃. Every step is safe to repeat, so a failed one is simply tried again by 继续.
 */
export function useImportJob() {
  const [state, setState] = useState<ImportState>({ phase: 'idle', job: null, done: null, error: null, rows: [] })
  const alive = useRef(true)
  const patch = useCallback((next: Partial<ImportState>) => {
    if (alive.current) setState((s) => ({ ...s, ...next }))
  }, [])

  useEffect(() => {
    alive.current = true
    call('roster.import.status', {})
      .then(({ job }) => patch({ job }))
      .catch(() => undefined) // the page still works; the unfinished job shows on the next visit
    return () => {
      alive.current = false
    }
  }, [patch])

  const fail = useCallback(
    (e: unknown) => {
      const failure = toApiError(e)
      patch({ phase: 'idle', error: failure.message, rows: failure.rows ?? [] })
    },
    [patch]
  )

  /** Steps until the job commits (or the page closes, or a step fails). */
  const drive = useCallback(
    async (start: ImportJobView) => {
      let job = start
      patch({ phase: 'writing', job, error: null, rows: [] })
      try {
        while (job.status === 'writing' && alive.current) {
          job = await call('roster.import.step', { jobId: job.id }, { idempotencyKey: newIdempotencyKey() })
          patch({ job })
        }
        if (job.status === 'committed') patch({ phase: 'idle', job: null, done: job })
      } catch (e) {
        fail(e)
      }
    },
    [fail, patch]
  )

  /** Uploads with the given function, then starts the job and writes it. */
  const run = useCallback(
    async (fileName: string, upload: () => Promise<string>) => {
      patch({ phase: 'uploading', error: null, rows: [], done: null })
      try {
        const storageKey = await upload()
        patch({ phase: 'checking' })
        const job = await call('roster.import.start', { fileName, storageKey }, { idempotencyKey: newIdempotencyKey() })
        await drive(job)
      } catch (e) {
        fail(e)
      }
    },
    [drive, fail, patch]
  )

  const resume = useCallback(() => (state.job ? drive(state.job) : Promise.resolve()), [drive, state.job])

  const discard = useCallback(async () => {
    if (!state.job) return
    try {
      await call('roster.import.discard', { jobId: state.job.id }, { idempotencyKey: newIdempotencyKey() })
      patch({ job: null, error: null, rows: [] })
    } catch (e) {
      fail(e)
    }
  }, [fail, patch, state.job])

  return { ...state, busy: state.phase !== 'idle', run, resume, discard, setError: (error: string) => patch({ error }) }
}
