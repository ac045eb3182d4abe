import { useCallback, useEffect, useRef, useState } from 'react'
import { afterFailedRead, type ApiError } from '@/services/errors'

export interface QueryState<T> {
  data: T | null
  /** True while the first answer (or an answer for new deps) is awaited. */
  loading: boolean
  /** Why the last attempt failed: a Chinese message, and its code (a refusal reads differently from a failure). */
  error: ApiError | null
  /**
   * When a refresh failed for want of a network and the data on screen is older: the time it was
   * read (HH:MM, China time), for "离线，显示的是 12:03 的数据". Null once a refresh lands.
   */
  staleSince: string | null
  /** Loads again; keeps the current data on screen while it runs. */
  reload: () => Promise<void>
}

/**
 * Runs a read and tracks loading / error / data. Re-runs when deps change; an answer that
 * arrives after newer deps were asked for is dropped. Pass `enabled: false` to wait.
 */
export function useQuery<T>(fetcher: () => Promise<T>, deps: readonly unknown[], enabled = true): QueryState<T> {
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiError | null>(null)
  const [staleSince, setStaleSince] = useState<string | null>(null)
  // When the data on screen was read, or null while there is none.
  const readAt = useRef<string | null>(null)
  const seq = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const run = useCallback(async (quiet: boolean) => {
    const mine = ++seq.current
    if (!quiet) setLoading(true)
    setError(null)
    try {
      const result = await fetcherRef.current()
      if (mine === seq.current) {
        setData(result)
        readAt.current = new Date().toISOString()
        setStaleSince(null)
      }
    } catch (e) {
      if (mine !== seq.current) return
      // Offline with figures already on screen: keep them, and say how old they are.
      const left = afterFailedRead(e, readAt.current)
      if ('staleSince' in left) setStaleSince(left.staleSince)
      else setError(left.error)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (!enabled) return
    setData(null)
    readAt.current = null
    setStaleSince(null)
    void run(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps])

  const reload = useCallback(() => run(data === null), [run, data])
  return { data, loading: enabled && loading, error, staleSince, reload }
}
