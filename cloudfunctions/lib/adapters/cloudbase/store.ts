import type { Repositories, Store } from '../../ports/store.port'
import { Queries, docAccess, type DocAccess } from './access'
import type { CloudbaseDatabase } from './database'
import { cloudbaseImportJobs } from './import.repository'
import { cloudbaseMeetingRepositories } from './meeting.repository'
import { cloudbaseMethodsRepositories } from './methods.repository'
import { cloudbaseObservationRepositories } from './observation.repository'
import { cloudbaseAudit, cloudbaseIdempotency } from './records.repository'
import { cloudbaseAreas, cloudbaseCodes, cloudbasePeople, cloudbaseUnits } from './roster.repository'
import { cloudbaseSpeeches, cloudbaseStudies } from './study.repository'

function repositories(docs: DocAccess, queries: Queries): Repositories {
  return {
    areas: cloudbaseAreas(docs, queries),
    units: cloudbaseUnits(docs, queries),
    people: cloudbasePeople(docs, queries),
    codes: cloudbaseCodes(docs, queries),
    speeches: cloudbaseSpeeches(docs, queries),
    studies: cloudbaseStudies(docs, queries),
    audit: cloudbaseAudit(docs, queries),
    idempotency: cloudbaseIdempotency(docs, queries),
    importJobs: cloudbaseImportJobs(docs, queries),
    ...cloudbaseObservationRepositories(docs, queries),
    ...cloudbaseMethodsRepositories(docs, queries),
    ...cloudbaseMeetingRepositories(docs, queries)
  }
}

/** The store on a CloudBase document database (`app.database()`, or a fake in tests). */
export function createCloudbaseStore(db: CloudbaseDatabase): Store {
  const queries = new Queries(db)
  return {
    ...repositories(docAccess(db), queries),

    async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      // CloudBase transactions only take single-document operations (doc get/set/update/delete
      // and add). So inside one, lookups by id and all writes go through `tx` — they see the
      // transaction's own writes and land together at commit — while where()-queries run on the
      // database and read committed data. runTransaction reruns fn on a write conflict, so fn must
      // not have effects outside the store (ours do not).
      let result: T | undefined
      await db.runTransaction(async (tx) => {
        result = await fn(repositories(docAccess(tx), queries))
      })
      return result as T
    },

    async close() {
      // The SDK keeps no connection to close.
    }
  }
}
