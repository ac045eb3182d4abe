import type { SettingsRepository, StoredSetting } from '../../../ports/settings.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** Admin settings, `_id` = the key. */
export function cloudbaseSettings(docs: DocAccess, queries: Queries): SettingsRepository {
  const settings = new Entities<StoredSetting>(docs, queries, COLLECTIONS.settings, 'key')
  return {
    get: (key) => settings.get(key),
    put: (setting) => settings.put(setting)
  }
}
