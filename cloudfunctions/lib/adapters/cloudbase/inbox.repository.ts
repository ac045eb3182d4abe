import type { InboxItem } from '../../../../src/core/model'
import type { InboxRepository } from '../../ports/inbox.port'
import { DuplicateKeyError } from '../../ports/store.port'
import { ensureOk, type DocAccess, type Queries } from './access'
import { COLLECTIONS } from './collections'
import { Entities } from './entities'

/** The inbox, `_id` = the reminder's id: add() of an existing id is refused by the database. */
export function cloudbaseInbox(docs: DocAccess, queries: Queries): InboxRepository {
  const items = new Entities<InboxItem>(docs, queries, COLLECTIONS.inbox, 'id')
  return {
    async add(item) {
      try {
        await items.insert(item)
        return true
      } catch (error) {
        // Planned before (or by a run at the same time): the first one stays.
        if (error instanceof DuplicateKeyError) return false
        throw error
      }
    },
    get: (id) => items.get(id),
    async existing(ids) {
      const found = new Set<string>()
      const _ = queries.db.command
      // At most 1000 ids per query (the service's limit on one get).
      for (let i = 0; i < ids.length; i += 1000) {
        const chunk = ids.slice(i, i + 1000)
        for (const doc of await queries.all(COLLECTIONS.inbox, { _id: _.in(chunk) }, { _id: true })) found.add(String(doc._id))
      }
      return found
    },
    async listByPerson(personId, limit) {
      // Served by the personId_createdAt index.
      return (await items.page({ personId }, ['-createdAt', 'id'], 0, limit)).items
    },
    async countUnread(personId) {
      const _ = queries.db.command
      const { total } = ensureOk(
        await queries.db
          .collection(COLLECTIONS.inbox)
          .where({ personId, readAt: _.eq(null) })
          .count()
      )
      return total ?? 0
    },
    async markRead(id, at) {
      const item = await items.get(id)
      if (!item || item.readAt) return item
      const read = { ...item, readAt: at }
      await items.put(read)
      return read
    },
    removeReadBefore: (before, limit) =>
      queries.removeFirst(COLLECTIONS.inbox, { readAt: queries.db.command.lt(before) }, ['readAt', '_id'], limit)
  }
}
