import type { Feedback } from '../../../../../src/core/model'
import type { FeedbackRepository } from '../../../ports/feedback.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

const NEWEST = ['-createdAt', 'id']

/** 意见反馈 on CloudBase: the store sorts and pages (indexes personId_createdAt, status_createdAt, createdAt). */
export function cloudbaseFeedback(docs: DocAccess, queries: Queries): FeedbackRepository {
  const items = new Entities<Feedback>(docs, queries, COLLECTIONS.feedback, 'id')
  return {
    get: (id) => items.get(id),
    insert: (f) => items.insert(f),
    update: (f) => items.put(f),
    async listByPerson(personId, limit) {
      return (await items.page({ personId }, NEWEST, 0, limit)).items
    },
    list: ({ status, offset, limit }) => items.page(status ? { status } : null, NEWEST, offset, limit)
  }
}
