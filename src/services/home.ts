import type { OutputOf } from '@/core/contract'
import { call } from './api'
import { isLaunchOf } from './launch-path'
import { ROUTES } from './routes'
import { loadMeWith } from './session'

export type HomeData = OutputOf<'home.get'>

let early: Promise<HomeData | null> | null = null

/** The home's one call; its answer is also the session. Null when nobody is signed in. */
function fetchHome(): Promise<HomeData | null> {
  return loadMeWith(
    () => call('home.get', {}),
    (answer) => answer.me
  )
}

/**
 * At launch on the home: starts its call at once, so it travels while the page's own code is
 * still downloading instead of after it (the cold home on a slow network, bench/h5.js).
 */
export function prefetchHome(launchPath: string | undefined): void {
  if (early || !isLaunchOf(launchPath, ROUTES.home)) return
  early = fetchHome()
  // Consumed by the home page; until then a failure must not show up as unhandled.
  early.catch(() => undefined)
}

/** The home's data: the launch's call when one is under way (once), else a new call. */
export function loadHome(): Promise<HomeData | null> {
  const pending = early
  early = null
  return pending ?? fetchHome()
}
