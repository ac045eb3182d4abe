import type { ApiRequest } from '@/core/contract'

// H5 cold start: index.html sends the home's one call before the app's code has arrived (on a
// slow network that code takes most of a second). The first home.get of the app, made with the
// same token, takes that answer instead of asking again. bench/h5.js measures the cold home.

/** What index.html's early call resolves to. */
export interface EarlyAnswer {
  token: string
  statusCode: number
  data: unknown
}

type EarlyWindow = { __earlyHome?: Promise<EarlyAnswer> }

/**
 * The early answer for this request, once: only for home.get with the token it was sent with, and
 * only when the API is this origin. Null otherwise, or when the early call never got an answer.
 */
export async function takeEarlyAnswer(request: ApiRequest, token: string | null, apiBase: string): Promise<EarlyAnswer | null> {
  if (typeof window === 'undefined') return null
  const holder = window as unknown as EarlyWindow
  const early = holder.__earlyHome
  if (!early || request.action !== 'home.get') return null
  delete holder.__earlyHome
  if (apiBase) return null
  const answer = await early.catch(() => null)
  return answer && answer.token === token ? answer : null
}
