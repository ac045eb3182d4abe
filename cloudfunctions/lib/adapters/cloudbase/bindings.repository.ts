import type { OpenIdBinding } from '../../../../src/core/model'
import { DuplicateIdError, type OpenIdBindingRepository } from '../../ports/bindings.port'
import type { DocAccess, Queries } from './access'
import { COLLECTIONS } from './collections'
import { Entities } from './entities'

/**
 * Whether an insert failed because the `_id` exists. The service answers
 * DATABASE_DUPLICATE_WRITE ("index key duplicate, for example inserting data with same _id",
 * https://docs.cloudbase.net/en/error-code/DATABASE_DUPLICATE_WRITE); Mongo's own text is E11000.
 */
function isDuplicate(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === 'DATABASE_DUPLICATE_WRITE' || /DATABASE_DUPLICATE_WRITE|E11000/.test(String(message ?? ''))
}

/** OPENID binding guards, `_id` = sha256(OPENID): the database refuses a second one. */
export function cloudbaseBindings(docs: DocAccess, queries: Queries): OpenIdBindingRepository {
  const guards = new Entities<OpenIdBinding>(docs, queries, COLLECTIONS.openidBindings, 'id')
  return {
    get: (id) => guards.get(id),
    async insert(binding) {
      try {
        await guards.insert(binding)
      } catch (error) {
        if (isDuplicate(error)) throw new DuplicateIdError(COLLECTIONS.openidBindings, binding.id)
        throw error
      }
    }
  }
}
