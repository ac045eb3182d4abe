import { DuplicateKeyError } from '../../ports/store.port'
import { ensureOk, type Doc, type DocAccess, type Queries } from './access'

/**
 * Adds documents the caller just found missing, in one bulk add, and answers the ids it created.
 * CloudBase refuses an `_id` that exists ("若指定了 _id，则不能与已有记录冲突":
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/collection/Collection.add.html)
 * and a failed batch may have stored the documents before the refused one. So when the bulk add
 * fails (another writer added one since the read), the ids now stored are read again and the
 * rest go one by one, a duplicate counting as "already there". Not in a transaction.
 */
export async function addFreshDocs(docs: DocAccess, queries: Queries, collection: string, fresh: Doc[]): Promise<Set<string>> {
  const created = new Set<string>()
  if (fresh.length === 0) return created
  const _ = queries.db.command
  try {
    ensureOk(await queries.db.collection(collection).add(fresh))
    for (const d of fresh) created.add(d._id)
    return created
  } catch {
    // Found out below, document by document; an error that is not a duplicate shows again there.
  }
  const ids = fresh.map((d) => d._id)
  const stored = new Set<string>()
  for (let i = 0; i < ids.length; i += 1000) {
    for (const d of await queries.all(collection, { _id: _.in(ids.slice(i, i + 1000)) }, { _id: true })) stored.add(d._id)
  }
  for (const doc of fresh) {
    if (stored.has(doc._id)) continue
    try {
      await docs.create(collection, doc)
      created.add(doc._id)
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error
    }
  }
  return created
}
