import { useEffect, useState } from 'react'
import { toLogin } from '@/services/routes'
import { getSession, loadMe, subscribe, type SessionState } from '@/services/session'

/**
 * The session, kept fresh; asks `me.get` once if nobody has yet (unless `load` is false: the
 * home's own call answers it); sends strangers to login.
 */
export function useSession(load = true): SessionState & { reload: () => void } {
  const [state, setState] = useState<SessionState>(getSession)
  useEffect(() => {
    const unsubscribe = subscribe(setState)
    setState(getSession())
    const s = getSession()
    if (load && (s.status === 'idle' || (s.status === 'ready' && !s.me))) void loadMe()
    return unsubscribe
  }, [load])
  // Nobody signed in (H5) or not bound yet (weapp): the login / bind page.
  useEffect(() => {
    if (state.status === 'anonymous' || state.status === 'unbound') toLogin()
  }, [state.status])
  return { ...state, reload: () => void loadMe(true) }
}
