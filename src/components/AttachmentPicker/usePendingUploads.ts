import { useEffect, useRef, useState } from 'react'
import type { FileView } from '@/core/contract'
import { useOnline } from '@/hooks/useOnline'
import { toApiError } from '@/services/errors'

/** A file on its way up: uploading (`failed` null) or failed (with the reason). */
export interface PendingUpload {
  key: string
  name: string
  /** A local picture of it (object URL on H5, temp path on the phone), for the thumbnail. */
  preview: string | null
  failed: string | null
  upload: () => Promise<FileView>
}

export type UploadJob = Pick<PendingUpload, 'name' | 'preview' | 'upload'>

let counter = 0

/**
 * What a failed upload shows: refused by the server (wrong type, too big, over the upload quota:
 * trying again cannot help) drops the file with the server's message; anything else keeps it,
 * marked, to be retried.
 */
export function uploadFailure(error: unknown): { refused: boolean; message: string } {
  const e = toApiError(error)
  if (e.code === 'VALIDATION' || e.code === 'FORBIDDEN') return { refused: true, message: e.message }
  return { refused: false, message: e.code === 'INTERNAL' ? '上传失败，请检查网络后重试' : e.message }
}

/**
 * Uploads picked files one by one and hands each stored file to `onUploaded`. A file that fails
 * for want of a network stays, marked failed, to be retried by hand or when the device is back
 * online; one the server refuses (wrong type, too big) is dropped with its message.
 */
export function usePendingUploads(onUploaded: (file: FileView, preview: string | null) => void, onRefused: (m: string) => void) {
  const [pending, setPending] = useState<PendingUpload[]>([])
  const pendingRef = useRef(pending)
  pendingRef.current = pending
  const callbacks = useRef({ onUploaded, onRefused })
  callbacks.current = { onUploaded, onRefused }

  const patch = (key: string, failed: string | null) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, failed } : p)))
  const drop = (key: string) => setPending((list) => list.filter((p) => p.key !== key))

  const run = async (item: PendingUpload) => {
    patch(item.key, null)
    try {
      const file = await item.upload()
      drop(item.key)
      callbacks.current.onUploaded(file, item.preview)
    } catch (error) {
      const failure = uploadFailure(error)
      if (failure.refused) {
        drop(item.key)
        callbacks.current.onRefused(failure.message)
      } else patch(item.key, failure.message)
    }
  }

  const start = async (jobs: UploadJob[]) => {
    const items = jobs.map((j) => ({ ...j, key: `up${++counter}`, failed: null }))
    setPending((list) => [...list, ...items])
    for (const item of items) await run(item)
  }

  const retryFailed = () => {
    for (const p of pendingRef.current) if (p.failed) void run(p)
  }
  useOnline(retryFailed)

  // Object URLs hold the picked bytes in memory until revoked.
  useEffect(() => () => pendingRef.current.forEach((p) => p.preview?.startsWith('blob:') && URL.revokeObjectURL(p.preview)), [])

  return { pending, start, retry: (p: PendingUpload) => void run(p), remove: drop }
}
