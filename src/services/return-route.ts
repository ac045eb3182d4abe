// Where to go after login / bind: the page someone was opening when the app sent them to sign in.
// Pure (no Taro) so the rules can be tested; routes.ts stores the value and navigates.

/** A page someone needed a session for: its path, its query (raw, as the router gave it) and when. */
export interface ReturnRoute {
  path: string
  query: Record<string, string>
  at: number
}

/** Where to go after signing in: `tab` pages are opened without a query (WeChat's tabs take none). */
export interface Destination {
  url: string
  tab: boolean
}

/** What the app knows about its own pages. */
export interface RouteTable {
  /** Every page of the app (leading slash, no query). */
  routes: readonly string[]
  /** The tab-bar pages. */
  tabs: readonly string[]
  home: string
  login: string
}

/** A remembered page older than this is dropped: whoever signs in later was not going there any more. */
export const RETURN_MAX_AGE_MS = 60 * 60 * 1000

// Long enough for a scanned WeChat link (`q`), short enough that storage never holds a page's worth.
const MAX_URL_LENGTH = 1024
const QUERY_KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/

/** The path with exactly one leading slash and no query, or null when it is not a plain app path. */
function normalPath(path: string): string | null {
  const bare = path.split('?')[0].trim()
  if (!/^\/?[A-Za-z0-9_\-/]+$/.test(bare) || bare.startsWith('//') || bare.includes('..')) return null
  return `/${bare.replace(/^\//, '')}`
}

/** The value decoded once when it is well formed, as it was otherwise. */
function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The page's own string parameters; the router's bookkeeping (`$taroTimestamp`, `stamp`) is left out. */
function ownParams(params: Record<string, unknown>): Record<string, string> {
  const own: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (QUERY_KEY.test(key) && key !== 'stamp' && typeof value === 'string') own[key] = value
  }
  return own
}

/** What to remember for the current page (route + params), or null when it is not worth returning to. */
export function returnRouteOf(
  route: string,
  params: Record<string, unknown> | undefined,
  table: RouteTable,
  now: number
): ReturnRoute | null {
  const path = normalPath(route)
  if (!path || path === table.login || !table.routes.includes(path)) return null
  return { path, query: ownParams(params ?? {}), at: now }
}

/**
 * Where to go after a successful login or bind: the remembered page when it is one of the app's own
 * routes, not the login page, recent, and its URL is of sane length; home otherwise.
 */
export function destinationOf(remembered: unknown, table: RouteTable, now: number): Destination {
  const home: Destination = { url: table.home, tab: table.tabs.includes(table.home) }
  if (!remembered || typeof remembered !== 'object') return home
  const { path: rawPath, query, at } = remembered as Partial<ReturnRoute>
  if (typeof rawPath !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return home
  // A time in the future means a clock change or a forged value: either way, not a page to trust.
  if (at > now + 60 * 1000 || now - at > RETURN_MAX_AGE_MS) return home
  const path = normalPath(rawPath)
  if (!path || path === table.login || !table.routes.includes(path)) return home
  if (table.tabs.includes(path)) return { url: path, tab: true }
  const own = query && typeof query === 'object' ? ownParams(query as Record<string, unknown>) : {}
  // Values are kept raw (neither router decodes them); decode once and re-encode so none can break the URL.
  const qs = Object.entries(own)
    .map(([key, value]) => `${key}=${encodeURIComponent(decodedOnce(value))}`)
    .join('&')
  const url = qs ? `${path}?${qs}` : path
  return url.length > MAX_URL_LENGTH ? home : { url, tab: false }
}
