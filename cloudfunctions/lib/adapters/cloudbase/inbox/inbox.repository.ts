import type { InboxItem } from '../../../../../src/core/model'
import type { InboxRepository } from '../../../ports/inbox.port'
import { DuplicateKeyError } from '../../../ports/store.port'
import { ensureOk, toDoc, type DocAccess, type Queries } from '../access'
import { addFreshDocs } from '../bulk-add'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** The inbox, `_id` = the reminder's id: add() of an existing id is refused by the database. */
export function cloudbaseInbox(docs: DocAccess, queries: Queries): InboxRepository {
  const items = new Entities<InboxItem>(docs, queries, COLLECTIONS.inbox, 'id')
  /** Which of these ids are stored: one query per 1000 ids (the service's limit on one get). */
  async function existing(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>()
    const _ = queries.db.command
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000)
      for (const doc of await queries.all(COLLECTIONS.inbox, { _id: _.in(chunk) }, { _id: true })) found.add(String(doc._id))
    }
    return found
  }
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
    async addMany(list) {
      // Ids already stored (one query per 1000), then one bulk add of the rest (bulk-add.ts).
      const stored = await existing(list.map((item) => item.id))
      const fresh = list.filter((item) => !stored.has(item.id)).map((item) => toDoc(item, 'id'))
      return (await addFreshDocs(docs, queries, COLLECTIONS.inbox, [...new Map(fresh.map((d) => [d._id, d])).values()])).size
    },
    async createdAtOf(ids) {
      const out = new Map<string, string>()
      const _ = queries.db.command
      for (let i = 0; i < ids.length; i += 1000) {
        const chunk = ids.slice(i, i + 1000)
        for (const doc of await queries.all(COLLECTIONS.inbox, { _id: _.in(chunk) }, { _id: true, createdAt: true })) {
          out.set(String(doc._id), String(doc.createdAt))
        }
      }
      return out
    },
    get: (id) => items.get(id),
    existing,
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
