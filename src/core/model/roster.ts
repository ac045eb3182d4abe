import type { Audited } from './common'
import type { Role } from './roles'

/** A 片区: a group of units observed together. */
export interface Area extends Audited {
  id: string
  name: string
}

/** A unit with its own 党（工）委（党组）. */
export interface Unit extends Audited {
  id: string
  name: string
  areaId: string
  /** 党委 / 党组 / 工委 … */
  kind: string
  active: boolean
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
}
