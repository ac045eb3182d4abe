import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldProblem } from '@/core/rules/observation'
import { useOnline } from '@/hooks/useOnline'
import { call } from '@/services/api'
import { toApiError } from '@/services/errors'
import { newIdempotencyKey } from '@/services/idempotency'
import { draftFromServer, loadDraft, saveDraft, toSheetInput, type Session, type SheetDraft } from './draft'

/** idle: nothing in flight · sending · waiting: no network, will retry · blocked: the server refused, the user must fix it. */
export type SyncPhase = 'idle' | 'sending' | 'waiting' | 'blocked'

const FIRST_RETRY_MS = 2000
const MAX_RETRY_MS = 30000

/**
 * The score sheet of one session: kept in storage on every keystroke, submitted with a stable
 * idempotency key, retried with backoff (and at once when the network returns) until it lands.
 * The sheet's id is fixed per observer and session on the server, so no retry or resubmission
 * can create a second sheet.
 */
export function useSheetSync(observationId: string, session: Session | null) {
  const [draft, setDraft] = useState<SheetDraft | null>(() => loadDraft(observationId))
  const [phase, setPhase] = useState<SyncPhase>('idle')
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const draftRef = useRef(draft)
  draftRef.current = draft
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const attempts = useRef(0)
  const inFlight = useRef(false)
  /** Send again once the request in flight ends (a photo landed on a sheet already sent). */
  const resend = useRef(false)

  const put = useCallback((next: SheetDraft) => {
    draftRef.current = next
    setDraft(next)
    saveDraft(next)
  }, [])

  const cancelRetry = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
  }, [])

  const send = useCallback(async (): Promise<boolean> => {
    const d = draftRef.current
    if (!d || inFlight.current) return false
    cancelRetry()
    const checked = toSheetInput(d)
    if ('problems' in checked) {
      setProblems(checked.problems)
      setPhase('blocked')
      return false
    }
    const key = d.key ?? newIdempotencyKey()
    if (!d.key) put({ ...d, key })
    inFlight.current = true
    setProblems([])
    setPhase('sending')
    try {
      const sheet = await call('observe.sheet.submit', checked.input, { idempotencyKey: key })
      attempts.current = 0
      const cur = draftRef.current
      // An edit made while the request flew starts a new submission: only this content is saved.
      if (cur && cur.key === key) put({ ...cur, key: null, synced: true, savedAt: sheet.submittedAt })
      setPhase('idle')
      return true
    } catch (error) {
      const e = toApiError(error)
      if (e.code === 'NETWORK' || e.code === 'INTERNAL') {
        setPhase('waiting')
        const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempts.current++)
        timer.current = setTimeout(() => void sendRef.current(), delay)
      } else {
        setProblems([{ field: e.field ?? '_', message: e.message }])
        setPhase('blocked')
      }
      return false
    } finally {
      inFlight.current = false
      if (resend.current) {
        resend.current = false
        void sendRef.current()
      }
    }
  }, [cancelRetry, put])
  const sendRef = useRef(send)
  sendRef.current = send

  // The server's sheet fills the form unless the phone holds newer, unsent work.
  useEffect(() => {
    if (!session) return
    const local = draftRef.current
    if (!local || (local.synced && !local.key)) put(draftFromServer(session))
  }, [session, put])

  // A submission interrupted earlier (page closed offline) resumes as soon as the page opens.
  useEffect(() => {
    const d = draftRef.current
    if (d && !d.synced && d.key) void sendRef.current()
    return cancelRetry
  }, [cancelRetry])

  useOnline(() => {
    const d = draftRef.current
    if (d && !d.synced && d.key) void sendRef.current()
  })

  /** Applies an edit: the sheet is no longer what the server has, and a pending retry stops. */
  const edit = useCallback(
    (patch: Partial<SheetDraft>, field?: string) => {
      const d = draftRef.current
      if (!d) return
      cancelRetry()
      attempts.current = 0
      put({ ...d, ...patch, key: null, synced: false })
      setPhase((p) => (p === 'sending' ? p : 'idle'))
      // The edited field's mark goes, and the message naming no field (it may no longer hold).
      setProblems((ps) =>
        field ? ps.filter((p) => p.field !== field && !p.field.startsWith(`${field}.`) && p.field !== '_') : []
      )
    },
    [cancelRetry, put]
  )

  /**
   * The sheet's photos changed. A photo that finishes uploading after the observer sent the sheet
   * goes with it: the sheet is sent again by itself (a removal waits for 提交修改 like any edit).
   */
  const setPhotos = useCallback(
    (photos: SheetDraft['photos']) => {
      const d = draftRef.current
      const added = !!d && (d.key !== null || d.synced) && photos.length > d.photos.length
      edit({ photos }, 'photos')
      if (!added) return
      if (inFlight.current) resend.current = true
      else void sendRef.current()
    },
    [edit]
  )

  return { draft, phase, problems, edit, setPhotos, submit: send }
}
