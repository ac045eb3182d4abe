import type { ImportBatch, ImportJob } from '../../../../../src/core/model'
import type { ImportJobRepository } from '../../../ports/store.port'
import { ensureOk, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** One batch document per (job, index): `_id` = `<jobId>-<index>`. */
type BatchDoc = ImportBatch & { key: string }

const batchKey = (jobId: string, index: number): string => `${jobId}-${index}`

/** Roster import jobs and their batches of ready-made people. */
export function cloudbaseImportJobs(docs: DocAccess, queries: Queries): ImportJobRepository {
  const jobs = new Entities<ImportJob>(docs, queries, COLLECTIONS.importJobs, 'id')
  const batches = new Entities<BatchDoc>(docs, queries, COLLECTIONS.importBatches, 'key')
  return {
    get: (id) => jobs.get(id),
    async openBy(personId) {
      const open = await jobs.all({ createdBy: personId, status: 'writing' }, '-createdAt', 'id')
      return open[0] ?? null
    },
    insert: (job) => jobs.insert(job),
    update: (job) => jobs.put(job),
    putBatch: (batch) => batches.put({ ...batch, key: batchKey(batch.jobId, batch.index) }),
    async getBatch(jobId, index) {
      const doc = await batches.get(batchKey(jobId, index))
      return doc ? { jobId: doc.jobId, index: doc.index, people: doc.people } : null
    },
    async removeBatches(jobId) {
      // A multi-document remove cannot run in a transaction; leftovers of a rerun are harmless.
      ensureOk(await queries.db.collection(COLLECTIONS.importBatches).where({ jobId }).remove())
    }
  }
}
