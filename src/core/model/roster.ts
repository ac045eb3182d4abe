import type { Audited } from './common'
import type { Role } from './roles'

/** A 片区: a group of units observed together. */
export interface Area extends Audited {
  id: string
  name: string
  /** Position the admin set (ascending); absent on areas saved before issue 13, which sort by name after the ordered ones. */
  order?: number
}

/** A unit with its own 党（工）委（党组）. */
export interface Unit extends Audited {
  id: string
  name: string
  areaId: string
  /** 党委 / 党组 / 工委 … */
  kind: string
  active: boolean
  /** Position inside its area the admin set (ascending); absent as for Area.order. */
  order?: number
}

/** A person on the district roster. */
export interface Person extends Audited {
  id: string
  name: string
  /** Mainland mobile number, 11 digits. */
  phone: string
  unitId: string
  /** 职务, e.g. 党组书记、局长. */
  position: string
  roles: Role[]
  /** The WeChat OPENID bound to this person, if any. */
  openId: string | null
  active: boolean
  /**
   * Seeded by the demo seed of a demo database: only such people may log in with the demo code,
   * and only while the host runs in demo mode. Absent for everyone else.
   */
  demo?: boolean
  /**
   * Local-host session tokens issued at or before this instant are void (set by logout and by
   * deactivation, so reactivating a person does not revive old tokens). Absent: none revoked.
   */
  sessionsValidFrom?: string | null
}

/** A one-time code the admin issued so a person can bind WeChat or log in. */
export interface OneTimeCode {
  /** One outstanding code per person, so the id is the person's id. */
  personId: string
  /** sha256 of the code, never the code itself. */
  codeHash: string
  expiresAt: string
  usedAt: string | null
  issuedBy: string
  issuedAt: string
  /** Wrong tries against this code; at the limit the code is void until the admin issues a new one. */
  attempts: number
  /** When this person's recent wrong tries happened (ISO, oldest first), for the lock-out. */
  failures: string[]
  /** Every attempt is refused until then (ISO), whatever the code. */
  lockedUntil: string | null
}

/**
 * The guard that makes "one person per OPENID" hold by construction: its id is derived from the
 * OPENID, so a second binding of the same WeChat account is a duplicate id the database refuses.
 */
export interface OpenIdBinding {
  /** Derived from the OPENID (bindingIdOf), so the guard need not carry the OPENID itself. */
  id: string
  personId: string
  boundAt: string
}
