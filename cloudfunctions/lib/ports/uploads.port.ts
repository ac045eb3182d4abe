import type { UploadUsage } from '../../../src/core/model'

/**
 * Upload usage per person and month (rules/upload-quota). One document each, read and replaced
 * inside the registration's transaction, so two registrations at once meet on it: on CloudBase
 * they conflict and one reruns, on SQLite they run in turn. Never counted by a query.
 */
export interface UploadUsageRepository {
  /** The person's usage of a month (`YYYY-MM`), or null when they registered nothing that month. */
  get(personId: string, month: string): Promise<UploadUsage | null>
  /** Creates or replaces the person's usage of its month. */
  put(usage: UploadUsage): Promise<void>
}
