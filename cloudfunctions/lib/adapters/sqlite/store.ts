import { AsyncLocalStorage } from 'async_hooks'
import Database from 'better-sqlite3'
import { mkdirSync } from 'fs'
import { dirname } from 'path'
import { DuplicateKeyError, type Repositories, type Store } from '../../ports/store.port'
import { sqliteBindings } from './auth/bindings.repository'
import { sqliteImportJobs } from './import/import.repository'
import { startCheckpointer, type Checkpointer } from './checkpointer'
import { acquireFileLock } from './lock'
import { MIGRATIONS, migrate, type Migration } from './migrations'
import { sqliteMeetingRepositories } from './meeting/meeting.repository'
import { sqliteCentralGroupRepositories } from './central-group/central-group.repository'
import { sqlitePublicityRepositories } from './publicity/publicity.repository'
import { sqliteMethodsRepositories } from './methods/methods.repository'
import { sqliteModelsRepositories } from './models/models.repository'
import { sqliteObservationRepositories } from './observation/observation.repository'
import { AsyncMutex } from './mutex'
import { sqliteAreas, sqliteCodes, sqlitePeople, sqliteUnits } from './roster/roster.repository'
import { sqliteAudit, sqliteIdempotency } from './records/records.repository'
import { sqliteSpeeches, sqliteStudies } from './methods/study.repository'
import { sqliteFeedback } from './feedback/feedback.repository'
import { sqliteInbox } from './inbox/inbox.repository'
import { sqliteReminders } from './reminders/reminders.repository'
import { sqliteDashboard } from './dashboard/dashboard.repository'
import { sqliteSettings } from './settings/settings.repository'
import { sqliteStudyPlans } from './study-plan/study-plan.repository'
import { sqliteGrants, sqliteOutbox } from './subscribe/subscribe.repository'
import { sqliteUploadUsage } from './uploads/uploads.repository'

export interface SqliteStoreOptions {
  /** How long a statement waits for a lock held by another connection (a backup, the CLI), in ms. */
  busyTimeoutMs?: number
  /** Schema steps to apply; tests pass their own list to exercise upgrades. */
  migrations?: readonly Migration[]
}

type Gate = <T>(fn: () => Promise<T>) => Promise<T>

/** Wraps every method of a repository so it runs through the gate. */
function gated<R extends object>(repo: R, gate: Gate): R {
  const out: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(repo)) {
    const call = method as (...args: unknown[]) => Promise<unknown>
    out[name] = (...args: unknown[]) => gate(() => call(...args))
  }
  return out as R
}

/** A UNIQUE or PRIMARY KEY violation becomes DuplicateKeyError, as on CloudBase; others pass. */
function asDuplicate(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error
  if (error.code !== 'SQLITE_CONSTRAINT_UNIQUE' && error.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return error
  // "UNIQUE constraint failed: areas.name" (or "t.a, t.b") names the table and the columns.
  const pairs = (/failed: (.+)$/.exec(error.message)?.[1] ?? '').split(/,\s*/).map((pair) => pair.split('.'))
  const columns = pairs.map(([, column]) => column).filter(Boolean)
  return new DuplicateKeyError(pairs[0]?.[0] ?? '', columns.length ? columns.join(',') : null)
}

/** Wraps every method of a repository so constraint failures reject with DuplicateKeyError. */
function mapped<R extends object>(repo: R): R {
  const out: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(repo)) {
    const call = method as (...args: unknown[]) => Promise<unknown>
    // The statements run synchronously inside call (see the repositories): only the rejection is mapped.
    out[name] = (...args: unknown[]) =>
      call(...args).catch((error: unknown) => {
        throw asDuplicate(error)
      })
  }
  return out as R
}

function repositories(db: Database.Database): Repositories {
  const raw = rawRepositories(db)
  const out = { ...raw }
  for (const key of Object.keys(raw) as Array<keyof Repositories>) Object.assign(out, { [key]: mapped(raw[key]) })
  return out
}

function rawRepositories(db: Database.Database): Repositories {
  return {
    areas: sqliteAreas(db),
    units: sqliteUnits(db),
    people: sqlitePeople(db),
    codes: sqliteCodes(db),
    bindings: sqliteBindings(db),
    speeches: sqliteSpeeches(db),
    studies: sqliteStudies(db),
    audit: sqliteAudit(db),
    idempotency: sqliteIdempotency(db),
    importJobs: sqliteImportJobs(db),
    uploadUsage: sqliteUploadUsage(db),
    inbox: sqliteInbox(db),
    feedback: sqliteFeedback(db),
    settings: sqliteSettings(db),
    dashboard: sqliteDashboard(db),
    studyPlans: sqliteStudyPlans(db),
    grants: sqliteGrants(db),
    outbox: sqliteOutbox(db),
    ...sqliteReminders(db),
    ...sqliteObservationRepositories(db),
    ...sqliteMethodsRepositories(db),
    ...sqliteMeetingRepositories(db),
    ...sqliteCentralGroupRepositories(db),
    ...sqlitePublicityRepositories(db),
    ...sqliteModelsRepositories(db)
  }
}

/** Marks the async context of one running transaction. */
interface TxScope {
  active: boolean
}

/**
 * Opens (creating if needed) the SQLite store at `file`, or an in-memory one for ':memory:'.
 * A file is locked for this process until close(); a second opener gets StoreLockedError.
 */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Store {
  const memory = file === ':memory:'
  if (!memory) mkdirSync(dirname(file), { recursive: true })
  const release = memory ? () => undefined : acquireFileLock(file)
  let db: Database.Database
  try {
    db = new Database(file, { timeout: opts.busyTimeoutMs ?? 5000 })
    // WAL lets readers (a backup, the sqlite3 CLI) run beside our writes; NORMAL sync is safe in WAL
    // (no corruption on power loss, at worst the last commits are lost) and much faster than FULL.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    migrate(db, file, opts.migrations ?? MIGRATIONS)
  } catch (err) {
    release()
    throw err
  }

  // Checkpoints (the fsyncs of WAL mode) run on a worker thread, off the request path.
  const checkpointer: Checkpointer | null = memory ? null : startCheckpointer(db, file)
  const raw = repositories(db)
  const mutex = new AsyncMutex()
  const scope = new AsyncLocalStorage<TxScope>()
  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  const rollback = db.prepare('ROLLBACK')
  let savepoints = 0

  const member = db.prepare('SAVEPOINT batch_member')
  const keepMember = db.prepare('RELEASE batch_member')
  const dropMember = db.prepare('ROLLBACK TO batch_member')

  // Group commit. A COMMIT writes the transaction's pages to the WAL on our only thread: ~90 µs of
  // a study.record's ~300 µs in bench:api. So the transactions that arrive in one turn of the event loop share one SQLite
  // transaction, each inside its own savepoint (a failing one rolls back alone), and one COMMIT at
  // the next turn (setImmediate) ends them all. Nobody's promise resolves before that COMMIT, so a
  // caller still hears "done" only once its write is committed: durability is what it was.
  // https://www.sqlite.org/lang_savepoint.html
  interface Batch {
    done: Promise<void>
    settle: (error?: unknown) => void
  }
  let batch: Batch | null = null

  function openBatch(): Batch {
    begin.run()
    let settle: Batch['settle'] = () => undefined
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error))
    })
    // Members' own promises report a failed commit; this one only orders the waiters.
    done.catch(() => undefined)
    const opened: Batch = { done, settle }
    setImmediate(() => void mutex.run(async () => commitBatch(opened)))
    return opened
  }

  /** After an I/O error SQLite may have rolled the whole batch back: fail its members, start anew. */
  function abandonIfRolledBack(): void {
    if (!batch || db.inTransaction) return
    const lost = batch
    batch = null
    lost.settle(new Error('SQLite rolled back the transaction'))
  }

  /** Commits the open batch (call while owning the mutex). */
  function commitBatch(which: Batch | null = batch): void {
    if (!which || which !== batch) return
    batch = null
    try {
      commit.run()
      which.settle()
    } catch (err) {
      if (db.inTransaction) rollback.run()
      which.settle(err)
    }
  }

  const insideOwnTransaction = (): boolean => scope.getStore()?.active === true
  // Plain calls run at once when no transaction is open (the common case, no extra tick). Otherwise
  // they wait for it, so a write never lands in someone else's transaction (and is never rolled
  // back with it) and a read never sees uncommitted rows. Calls made by the transaction's own code
  // pass straight through, or they would wait for themselves.
  const gate: Gate = <T>(fn: () => Promise<T>): Promise<T> => {
    if (insideOwnTransaction()) return fn()
    const again = () => gate(fn)
    if (batch) return batch.done.then(again, again)
    if (!mutex.locked) return fn()
    return mutex
      .run(async (): Promise<{ commit: Promise<void> } | { value: T }> =>
        // The transaction before us may have left its batch open (its COMMIT comes next turn):
        // then wait for that COMMIT, outside the mutex, which the COMMIT itself needs.
        batch ? { commit: batch.done } : { value: await fn() }
      )
      .then((r) => ('commit' in r ? r.commit.then(again, again) : r.value))
  }

  async function nested<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    const name = `sp${++savepoints}`
    db.exec(`SAVEPOINT ${name}`)
    try {
      const result = await fn(raw)
      db.exec(`RELEASE ${name}`)
      return result
    } catch (err) {
      db.exec(`ROLLBACK TO ${name}`)
      db.exec(`RELEASE ${name}`)
      throw err
    }
  }

  const store: Store = {
    areas: gated(raw.areas, gate),
    units: gated(raw.units, gate),
    people: gated(raw.people, gate),
    codes: gated(raw.codes, gate),
    bindings: gated(raw.bindings, gate),
    speeches: gated(raw.speeches, gate),
    studies: gated(raw.studies, gate),
    audit: gated(raw.audit, gate),
    idempotency: gated(raw.idempotency, gate),
    importJobs: gated(raw.importJobs, gate),
    reminderFacts: gated(raw.reminderFacts, gate),
    dashboard: gated(raw.dashboard, gate),
    reminderRuns: gated(raw.reminderRuns, gate),
    reminderPushes: gated(raw.reminderPushes, gate),
    observationGroups: gated(raw.observationGroups, gate),
    rubrics: gated(raw.rubrics, gate),
    observations: gated(raw.observations, gate),
    observationDraws: gated(raw.observationDraws, gate),
    scoreSheets: gated(raw.scoreSheets, gate),
    rectifications: gated(raw.rectifications, gate),
    methodRecords: gated(raw.methodRecords, gate),
    outlets: gated(raw.outlets, gate),
    schools: gated(raw.schools, gate),
    quotas: gated(raw.quotas, gate),
    files: gated(raw.files, gate),
    uploadUsage: gated(raw.uploadUsage, gate),
    inbox: gated(raw.inbox, gate),
    feedback: gated(raw.feedback, gate),
    settings: gated(raw.settings, gate),
    studyPlans: gated(raw.studyPlans, gate),
    grants: gated(raw.grants, gate),
    outbox: gated(raw.outbox, gate),
    meetings: gated(raw.meetings, gate),
    attendance: gated(raw.attendance, gate),
    classics: gated(raw.classics, gate),
    groupMembers: gated(raw.groupMembers, gate),
    groupPlans: gated(raw.groupPlans, gate),
    studySessions: gated(raw.studySessions, gate),
    publicity: gated(raw.publicity, gate),
    nominations: gated(raw.nominations, gate),

    async transaction(fn) {
      if (insideOwnTransaction()) return nested(fn)
      await mutex.acquire()
      const txScope: TxScope = { active: true }
      let joined: Batch
      let result: Awaited<ReturnType<typeof fn>>
      try {
        abandonIfRolledBack()
        joined = batch ?? (batch = openBatch())
        member.run()
        try {
          result = await scope.run(txScope, () => fn(raw))
          keepMember.run()
        } catch (err) {
          if (db.inTransaction) {
            dropMember.run()
            keepMember.run()
          } else abandonIfRolledBack()
          throw err
        }
      } finally {
        // Work the transaction left running (a stray timer) must not keep bypassing the mutex.
        txScope.active = false
        mutex.release()
      }
      // Answer only once the batch holding this write is committed.
      await joined.done
      return result
    },

    async close() {
      // Let a running transaction finish before the connection goes away.
      await mutex.run(async () => {
        commitBatch()
        await checkpointer?.stop()
        if (db.open) db.close()
        release()
      })
    }
  }
  return store
}
