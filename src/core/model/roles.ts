/** The roles SPEC names; a person can hold several. */
export const ROLES = ['cadre', 'districtLeader', 'unitSecretary', 'unitLeader', 'observer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** How each role reads in the app. */
export const ROLE_LABELS: Record<Role, string> = {
  cadre: '党员领导干部',
  districtLeader: '区级领导',
  unitSecretary: '单位记录员',
  unitLeader: '单位主要负责同志',
  observer: '巡听旁听组成员',
  admin: '区委宣传部管理员'
}

/** Roles whose holders keep the five study methods and have personal quotas. */
export const STUDYING_ROLES: readonly Role[] = ['cadre', 'districtLeader']

/** Roles that look after one unit's records. */
export const UNIT_ROLES: readonly Role[] = ['unitSecretary', 'unitLeader']

/** True when the person holds any of the roles. */
export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return held.some((r) => wanted.includes(r))
}

/**
 * What a page or action refused to someone without the role reads: who it is for, in role order
 * ("此页面仅供单位记录员、单位主要负责同志使用。"), so a refusal never looks like a failure.
 */
export function refusalFor(roles: readonly Role[]): string {
  const who = ROLES.filter((r) => roles.includes(r)).map((r) => ROLE_LABELS[r])
  return who.length > 0 ? `此页面仅供${who.join('、')}使用。` : '此页面暂不对任何角色开放。'
}
