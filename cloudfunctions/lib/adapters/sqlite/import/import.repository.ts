import type Database from 'better-sqlite3'
import type { ImportJob, Person } from '../../../../../src/core/model'
import type { ImportJobRepository } from '../../../ports/store.port'
import { AUDITED, tableSql } from '../codec'

/** Roster import jobs and their batches of ready-made people (migration 7). */
export function sqliteImportJobs(db: Database.Database): ImportJobRepository {
  const sql = tableSql('import_jobs', [
    ['id', 'id'],
    ['file_name', 'fileName'],
    ['storage_key', 'storageKey'],
    ['status', 'status'],
    ['total', 'total'],
    ['written', 'written'],
    ['batches', 'batches'],
    ['next_batch', 'nextBatch'],
    ...AUDITED
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const openBy = db.prepare(`${sql.select} WHERE created_by = ? AND status = 'writing' ORDER BY created_at DESC, id LIMIT 1`)
  const insert = db.prepare(sql.insert)
  const update = db.prepare(sql.update)
  const putBatch = db.prepare('INSERT OR REPLACE INTO import_batches (job_id, idx, people) VALUES (?, ?, ?)')
  const getBatch = db.prepare('SELECT people FROM import_batches WHERE job_id = ? AND idx = ?')
  const removeBatches = db.prepare('DELETE FROM import_batches WHERE job_id = ?')
  return {
    async get(id) {
      return (get.get(id) as ImportJob | undefined) ?? null
    },
    async openBy(personId) {
      return (openBy.get(personId) as ImportJob | undefined) ?? null
    },
    async insert(job) {
      insert.run(job)
    },
    async update(job) {
      update.run(job)
    },
    async putBatch(batch) {
      putBatch.run(batch.jobId, batch.index, JSON.stringify(batch.people))
    },
    async getBatch(jobId, index) {
      const row = getBatch.get(jobId, index) as { people: string } | undefined
      return row ? { jobId, index, people: JSON.parse(row.people) as Person[] } : null
    },
    async removeBatches(jobId) {
      removeBatches.run(jobId)
    }
  }
}
