import type { ModelNomination } from '../../../../../src/core/model'
import type { ModelsRepositories } from '../../../ports/models.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/**
 * Nominations, `_id` = nominationIdOf(year, kind, subject): one per subject, kind and year by
 * construction (a second add of the id is a duplicate write).
 */
export function cloudbaseModelsRepositories(docs: DocAccess, queries: Queries): ModelsRepositories {
  const nominations = new Entities<ModelNomination>(docs, queries, COLLECTIONS.modelNominations, 'id')
  return {
    nominations: {
      get: (id) => nominations.get(id),
      insert: (n) => nominations.insert(n),
      async transition(id, from, change) {
        // Inside a transaction only document operations exist (no where().update(): "事务中仅支持
        // 单文档操作", https://docs.cloudbase.net/database/transaction). The read and the write are of
        // this one document, and the transaction's write to a document another transaction wrote
        // since its snapshot fails with a conflict ("其他事务的写入会直接失败"), so two reviews
        // cannot both pass: the rerun reads the new state and refuses. It is a compare-and-set on
        // the document, not a query-then-write across documents.
        const stored = await docs.get(COLLECTIONS.modelNominations, id)
        if (!stored || stored.state !== from) return false
        return (await docs.update(COLLECTIONS.modelNominations, id, change)) === 1
      },
      async list(filter) {
        const condition = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
        return nominations.all(Object.keys(condition).length ? condition : null, '-createdAt', 'id')
      }
    }
  }
}
