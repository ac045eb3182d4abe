import { AppError } from '../../../../src/core/contract'
import type { Repositories, Store } from '../../ports/store.port'
import { Queries, TRANSACTION_CONFLICT, docAccess, errorCode, type DocAccess } from './access'
import { cloudbaseBindings } from './auth/bindings.repository'
import type { CloudbaseDatabase } from './database'
import { cloudbaseImportJobs } from './import/import.repository'
import { cloudbaseMeetingRepositories } from './meeting/meeting.repository'
import { cloudbaseCentralGroupRepositories } from './central-group/central-group.repository'
import { cloudbasePublicityRepositories } from './publicity/publicity.repository'
import { cloudbaseMethodsRepositories } from './methods/methods.repository'
import { cloudbaseModelsRepositories } from './models/models.repository'
import { cloudbaseObservationRepositories } from './observation/observation.repository'
import { cloudbaseAudit, cloudbaseIdempotency } from './records/records.repository'
import { cloudbaseAreas, cloudbaseCodes, cloudbasePeople, cloudbaseUnits } from './roster/roster.repository'
import { cloudbaseSpeeches, cloudbaseStudies } from './methods/study.repository'
import { cloudbaseFeedback } from './feedback/feedback.repository'
import { cloudbaseInbox } from './inbox/inbox.repository'
import { cloudbaseReminders } from './reminders/reminders.repository'
import { cloudbaseSettings } from './settings/settings.repository'
import { cloudbaseDashboard } from './dashboard/dashboard.repository'
import { cloudbaseStudyPlans } from './study-plan/study-plan.repository'
import { cloudbaseGrants, cloudbaseOutbox } from './subscribe/subscribe.repository'
import { cloudbaseUploadUsage } from './uploads/uploads.repository'

function repositories(docs: DocAccess, queries: Queries): Repositories {
  return {
    areas: cloudbaseAreas(docs, queries),
    units: cloudbaseUnits(docs, queries),
    people: cloudbasePeople(docs, queries),
    codes: cloudbaseCodes(docs, queries),
    bindings: cloudbaseBindings(docs, queries),
    speeches: cloudbaseSpeeches(docs, queries),
    studies: cloudbaseStudies(docs, queries),
    audit: cloudbaseAudit(docs, queries),
    idempotency: cloudbaseIdempotency(docs, queries),
    importJobs: cloudbaseImportJobs(docs, queries),
    uploadUsage: cloudbaseUploadUsage(docs, queries),
    inbox: cloudbaseInbox(docs, queries),
    feedback: cloudbaseFeedback(docs, queries),
    settings: cloudbaseSettings(docs, queries),
    dashboard: cloudbaseDashboard(queries),
    studyPlans: cloudbaseStudyPlans(docs, queries),
    grants: cloudbaseGrants(docs, queries),
    outbox: cloudbaseOutbox(docs, queries),
    ...cloudbaseReminders(docs, queries),
    ...cloudbaseObservationRepositories(docs, queries),
    ...cloudbaseMethodsRepositories(docs, queries),
    ...cloudbaseMeetingRepositories(docs, queries),
    ...cloudbaseCentralGroupRepositories(docs, queries),
    ...cloudbasePublicityRepositories(docs, queries),
    ...cloudbaseModelsRepositories(docs, queries)
  }
}

/** What a caller hears when concurrent writers kept conflicting with its transaction. */
export const BUSY_MESSAGE = '同时操作的人较多，请稍后重试'

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
      // not have effects outside the store (ours do not). It reruns fn only on a conflict, with no
      // backoff, and then gives up ("事务执行最多次数，默认 3 次…只有事务冲突时会重试":
      // https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md;
      // @cloudbase/database 1.4.3 transaction/index.ts runs it once plus 3 reruns). Then the caller
      // is told plainly that others are writing the same thing, not INTERNAL.
      let result: T | undefined
      try {
        await db.runTransaction(async (tx) => {
          result = await fn(repositories(docAccess(tx), queries))
        })
      } catch (error) {
        if (errorCode(error) === TRANSACTION_CONFLICT) throw new AppError('CONFLICT', BUSY_MESSAGE)
        throw error
      }
      return result as T
    },

    async close() {
      // The SDK keeps no connection to close.
    }
  }
}
