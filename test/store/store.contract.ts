import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { bindingsContract } from './contract/bindings.contract'
import { bulkContract } from './contract/bulk.contract'
import { importContract } from './contract/import.contract'
import { methodsContract } from './contract/methods.contract'
import { meetingContract } from './contract/meeting.contract'
import { observationContract } from './contract/observation.contract'
import { observationSessionsContract } from './contract/observation-sessions.contract'
import { recordsContract } from './contract/records.contract'
import { rosterContract } from './contract/roster.contract'
import { studyContract } from './contract/study.contract'
import { transactionContract } from './contract/transaction.contract'
import { uploadsContract } from './contract/uploads.contract'
import { inboxContract } from './contract/inbox.contract'
import { settingsContract } from './contract/settings.contract'
import { studyPlanContract } from './contract/study-plan.contract'
import { subscribeContract } from './contract/subscribe.contract'
import { remindersContract } from './contract/reminders.contract'
import { centralGroupContract } from './contract/central-group.contract'
import { schoolMergeContract } from './contract/school-merge.contract'
import { dashboardContract } from './contract/dashboard.contract'

export interface ContractOptions {
  /** Timeout for the tests that write over a thousand documents (a remote database is slow). */
  bulkTimeoutMs?: number
}

/**
 * The store contract: every repository method of the port, transactions, and methods that return
 * "all" returning all past CloudBase's 1000-document cap. Each adapter runs the same suite.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>, options: ContractOptions = {}): void {
  describe(`store contract: ${name}`, () => {
    let store: Store | null = null
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(async () => {
      await store?.close()
      store = null
    })
    const current = (): Store => {
      if (!store) throw new Error('store not open')
      return store
    }
    rosterContract(current)
    bindingsContract(current)
    studyContract(current)
    recordsContract(current)
    observationContract(current)
    observationSessionsContract(current)
    meetingContract(current)
    methodsContract(current)
    transactionContract(current)
    importContract(current)
    uploadsContract(current)
    inboxContract(current)
    settingsContract(current)
    studyPlanContract(current)
    subscribeContract(current)
    remindersContract(current)
    centralGroupContract(current)
    schoolMergeContract(current)
    dashboardContract(current)
    bulkContract(current, options.bulkTimeoutMs ?? 60_000)
  })
}
