import type Database from 'better-sqlite3'
import type { UploadUsage } from '../../../../../src/core/model'
import type { UploadUsageRepository } from '../../../ports/uploads.port'

const COLUMNS = `person_id AS personId, month, files, bytes, day, day_files AS dayFiles, updated_at AS updatedAt`

/** Upload usage per person and month; (person_id, month) is the key. */
export function sqliteUploadUsage(db: Database.Database): UploadUsageRepository {
  const get = db.prepare(`SELECT ${COLUMNS} FROM upload_usage WHERE person_id = ? AND month = ?`)
  const put = db.prepare(
    `INSERT INTO upload_usage (person_id, month, files, bytes, day, day_files, updated_at)
     VALUES (@personId, @month, @files, @bytes, @day, @dayFiles, @updatedAt)
     ON CONFLICT (person_id, month) DO UPDATE SET files = excluded.files, bytes = excluded.bytes, day = excluded.day,
       day_files = excluded.day_files, updated_at = excluded.updated_at`
  )
  return {
    async get(personId, month) {
      return (get.get(personId, month) as UploadUsage | undefined) ?? null
    },
    async put(usage) {
      put.run(usage)
    }
  }
}
