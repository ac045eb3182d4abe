/**
 * One reminder in a person's in-app inbox (issue 9). Its id comes from the reminder's dedupe key
 * (person, obligation, period, stage), so planning the same reminder again adds nothing: exactly
 * once by construction, on both stores.
 */
export interface InboxItem {
  id: string
  personId: string
  /** What is due, e.g. `selfStudy`; the planner's obligation name. */
  obligation: string
  /** The period it is about, e.g. `2026-11` or `2026`. */
  period: string
  /** Which reminder of that period, e.g. `from20th`, `last3days`. */
  stage: string
  title: string
  body: string
  /** The page that resolves it (a route of the app). */
  route: string
  createdAt: string
  readAt: string | null
}
