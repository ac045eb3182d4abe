import type { OpenIdBinding } from '../../../src/core/model'
import { sha256 } from '../util/ids'

/** The guard id of an OPENID: the same on every store, and for bindings made before guards existed. */
export const bindingIdOf = (openId: string): string => sha256(`openid:${openId}`)

/** Guards of bound OPENIDs, one per OPENID. */
export interface OpenIdBindingRepository {
  get(id: string): Promise<OpenIdBinding | null>
  /**
   * Creates the guard. Throws DuplicateKeyError (store port) when the id exists: on CloudBase the insert of an
   * existing `_id` fails inside the transaction, so two concurrent binds cannot both commit.
   */
  insert(binding: OpenIdBinding): Promise<void>
}
