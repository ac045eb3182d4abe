/** One admin setting: a JSON value under a key (e.g. `reminders`), with who changed it last. */
export interface StoredSetting {
  key: string
  value: unknown
  updatedAt: string
  updatedBy: string
}

/** Admin settings, one document per key. */
export interface SettingsRepository {
  get(key: string): Promise<StoredSetting | null>
  /** Creates or replaces the setting. */
  put(setting: StoredSetting): Promise<void>
}
