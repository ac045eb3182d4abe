import type Database from 'better-sqlite3'
import type { SettingsRepository, StoredSetting } from '../../../ports/settings.port'

type Row = { key: string; value: string; updatedAt: string; updatedBy: string }

/** Admin settings (schema step 13); the value is stored as JSON text. */
export function sqliteSettings(db: Database.Database): SettingsRepository {
  const get = db.prepare('SELECT key, value, updated_at AS updatedAt, updated_by AS updatedBy FROM settings WHERE key = ?')
  const put = db.prepare(
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (@key, @value, @updatedAt, @updatedBy)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`
  )
  return {
    async get(key) {
      const row = get.get(key) as Row | undefined
      return row ? { ...row, value: JSON.parse(row.value) as unknown } : null
    },
    async put(setting: StoredSetting) {
      put.run({ ...setting, value: JSON.stringify(setting.value) })
    }
  }
}
