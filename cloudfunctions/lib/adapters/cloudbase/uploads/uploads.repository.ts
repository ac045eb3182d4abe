import type { UploadUsage } from '../../../../../src/core/model'
import { uploadUsageId } from '../../../../../src/core/rules/upload-quota'
import type { UploadUsageRepository } from '../../../ports/uploads.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

type UsageDoc = UploadUsage & { id: string }

/**
 * Upload usage, `_id` = upload-usage.<personId>.<month>: a document operation inside the
 * registration's transaction, so two registrations at once conflict on it and one reruns.
 */
export function cloudbaseUploadUsage(docs: DocAccess, queries: Queries): UploadUsageRepository {
  const e = new Entities<UsageDoc>(docs, queries, COLLECTIONS.uploadUsage, 'id')
  return {
    async get(personId, month) {
      const doc = await e.get(uploadUsageId(personId, month))
      if (!doc) return null
      const { id: _id, ...usage } = doc
      return usage
    },
    put: (usage) => e.put({ ...usage, id: uploadUsageId(usage.personId, usage.month) })
  }
}
