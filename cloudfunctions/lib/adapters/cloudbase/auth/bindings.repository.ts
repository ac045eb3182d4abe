import type { OpenIdBinding } from '../../../../../src/core/model'
import type { OpenIdBindingRepository } from '../../../ports/bindings.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/**
 * OPENID binding guards, `_id` = sha256(OPENID): the database refuses a second one
 * (DATABASE_DUPLICATE_WRITE, which the document access turns into DuplicateKeyError).
 */
export function cloudbaseBindings(docs: DocAccess, queries: Queries): OpenIdBindingRepository {
  const guards = new Entities<OpenIdBinding>(docs, queries, COLLECTIONS.openidBindings, 'id')
  return {
    get: (id) => guards.get(id),
    insert: (binding) => guards.insert(binding)
  }
}
