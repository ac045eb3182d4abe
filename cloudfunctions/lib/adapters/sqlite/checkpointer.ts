import { Worker } from 'worker_threads'
import type Database from 'better-sqlite3'

// In WAL mode with synchronous=NORMAL a commit only appends to the WAL (no fsync); the fsyncs
// happen when the WAL is checkpointed into the database file. SQLite's automatic checkpoint runs
// inside whichever COMMIT crosses 1000 pages, on our only thread: under write load every few
// hundred commits one of them stalled the event loop for 10–50 ms (bench:api's study.record p99).
// A PASSIVE checkpoint from a second connection runs beside the writer without blocking it
// (https://www.sqlite.org/wal.html#checkpointing, https://www.sqlite.org/c3ref/wal_checkpoint_v2.html),
// so a worker thread does them on a timer. Durability is unchanged: the same pages are fsynced by
// the same checkpoints, only on another thread.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { timeout: 1000 })
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch {
    // Busy: the next tick tries again.
  }
}
const timer = setInterval(checkpoint, workerData.intervalMs)
parentPort.on('message', (message) => {
  if (message !== 'stop') return
  clearInterval(timer)
  db.close()
  parentPort.postMessage('stopped')
})
`

export interface Checkpointer {
  /** Stops the worker (the main connection's close then checkpoints what is left). */
  stop(): Promise<void>
}

const AUTO_CHECKPOINT_PAGES = 1000

/**
 * Moves WAL checkpoints of `db` (opened on `file`) to a worker thread. If the worker cannot
 * start or dies, the connection's automatic checkpoints come back, so the WAL never grows unbounded.
 */
export function startCheckpointer(db: Database.Database, file: string, intervalMs = 200): Checkpointer {
  let worker: Worker
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), file, intervalMs }
    })
  } catch {
    return { stop: async () => undefined }
  }
  db.pragma('wal_autocheckpoint = 0')
  let stopping = false
  const fallBack = () => {
    if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`)
  }
  worker.on('error', fallBack)
  worker.on('exit', fallBack)
  // A background helper: it must not keep the process alive.
  worker.unref()
  return {
    async stop() {
      if (stopping) return
      stopping = true
      const stopped = new Promise<void>((resolve) => {
        worker.once('message', () => resolve())
        worker.once('exit', () => resolve())
      })
      worker.postMessage('stop')
      await stopped
      await worker.terminate()
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`)
    }
  }
}
