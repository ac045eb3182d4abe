import type { Person } from '../../../../src/core/model'
import type { Repositories } from '../../ports/store.port'

// Who reads the whole district (SPEC §6): the admin, and district leaders once the admin lets them
// (read only) — the dashboards and, from them, any person's records.

/** The admin's setting key: may district leaders open the district's figures and records? */
export const DASHBOARD_ACCESS_KEY = 'dashboard.access'

/** Whether the admin has let district leaders read the district (one settings read). */
export async function leadersMayView(repos: Repositories): Promise<boolean> {
  const stored = await repos.settings.get(DASHBOARD_ACCESS_KEY)
  return (stored?.value as { leadersMayView?: unknown } | undefined)?.leadersMayView === true
}

/** True for the admin and for a district leader the admin let in; no read for anyone else. */
export async function readsDistrict(repos: Repositories, person: Pick<Person, 'roles'>): Promise<boolean> {
  if (person.roles.includes('admin')) return true
  return person.roles.includes('districtLeader') && (await leadersMayView(repos))
}
