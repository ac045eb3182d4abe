import type { PublicityCount, PublicityItem } from '../../../../../src/core/model'
import type { PublicityFilter, PublicityRepositories } from '../../../ports/publicity.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'
import { allGroups } from '../reminders/reminders.repository'

const IDS_CHUNK = 100

/**
 * The publicity repositories on a CloudBase database. Counts are aggregated by the database
 * (match the period, then group by key and status), so the admin's count costs a round trip per
 * thousand groups, not one per thousand items
 * (https://docs.cloudbase.net/en/api-reference/server/node-sdk/database/aggregate/stages/group).
 */
export function cloudbasePublicityRepositories(docs: DocAccess, queries: Queries): PublicityRepositories {
  const items = new Entities<PublicityItem>(docs, queries, COLLECTIONS.publicity, 'id')
  const db = queries.db
  // Built per query, never at construction (the SDK's command may not be ready then).
  const live = (filter: PublicityFilter): Record<string, unknown> => {
    const condition: Record<string, unknown> = { withdrawnAt: db.command.eq(null) }
    for (const [field, value] of Object.entries(filter)) if (value !== undefined) condition[field] = value
    return condition
  }
  return {
    publicity: {
      get: (id) => items.get(id),
      insert: (item) => items.insert(item),
      update: (item) => items.put(item),
      list: (filter, offset, limit) => items.page(live(filter), ['-countedOn', '-id'], offset, limit),
      async listBySubjects(kind, ids) {
        // In chunks: the server limits how large one query may be (a note has a few outlets).
        const unique = [...new Set(ids)]
        const out: PublicityItem[] = []
        for (let i = 0; i < unique.length; i += IDS_CHUNK) {
          out.push(...(await items.all({ 'subject.kind': kind, 'subject.id': db.command.in(unique.slice(i, i + IDS_CHUNK)) })))
        }
        return out.sort((a, b) => (a.id < b.id ? -1 : 1))
      },
      async counts(by, period, unitId) {
        const groups = await allGroups(() =>
          db
            .collection(COLLECTIONS.publicity)
            .aggregate()
            .match(live({ ...period, unitId }))
            .group({ _id: { key: `$${by}`, status: '$status' }, count: { $sum: 1 } })
        )
        const rows = new Map<string, PublicityCount>()
        for (const g of groups) {
          const { key, status } = g._id as unknown as { key: string; status: PublicityItem['status'] }
          const row = rows.get(key) ?? { key, submitted: 0, published: 0, notUsed: 0 }
          row[status] += Number(g.count)
          rows.set(key, row)
        }
        return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      }
    }
  }
}
