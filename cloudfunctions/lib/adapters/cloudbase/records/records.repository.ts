import type { AuditEntry, IdempotencyEntry } from '../../../../../src/core/model'
import { DuplicateKeyError, type AuditRepository, type IdempotencyRepository } from '../../../ports/store.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** The audit trail: append-only. */
export function cloudbaseAudit(docs: DocAccess, queries: Queries): AuditRepository {
  const audit = new Entities<AuditEntry>(docs, queries, COLLECTIONS.audit, 'id')
  return {
    // `after` may be undefined; store null so both stores read the same thing back.
    append: (entry) => audit.insert({ ...entry, after: entry.after ?? null }),
    listByEntity: (entity, entityId) => audit.all({ entity, entityId }, 'at', 'id')
  }
}

/** Stored responses of writes; the first answer wins. */
export function cloudbaseIdempotency(docs: DocAccess, queries: Queries): IdempotencyRepository {
  const entries = new Entities<IdempotencyEntry>(docs, queries, COLLECTIONS.idempotency, 'id')
  return {
    get: (id) => entries.get(id),
    async put(entry) {
      if (await entries.get(entry.id)) return
      try {
        await entries.insert({ ...entry, response: entry.response ?? null })
      } catch (error) {
        // Outside a transaction, a concurrent call stored it between our read and our insert:
        // theirs was first, keep it. (Inside one this cannot happen: a concurrent insert of the id
        // is a write conflict, runTransaction reruns the whole function and its get finds the
        // entry; and nothing could be read after a failed insert, which aborts the transaction.)
        if (error instanceof DuplicateKeyError) return
        throw error
      }
    },
    // The oldest first (createdAt index).
    removeCreatedBefore: (before, limit) =>
      queries.removeFirst(COLLECTIONS.idempotency, { createdAt: queries.db.command.lt(before) }, ['createdAt', '_id'], limit)
  }
}
