import type { InboxItem } from '../../../src/core/model'

/** The in-app inbox: reminders, one document per (person, obligation, period, stage). */
export interface InboxRepository {
  /** Adds the item unless its id exists (then nothing changes); true when it was added. */
  add(item: InboxItem): Promise<boolean>
  /**
   * Adds every item whose id is not stored yet, leaving stored ones as they are (by construction: the
   * id); how many were new. One or two round trips for the whole list, never one per item.
   */
  addMany(items: readonly InboxItem[]): Promise<number>
  /** When each of these ids was added (ids not in the inbox are absent); one query. */
  createdAtOf(ids: readonly string[]): Promise<Map<string, string>>
  get(id: string): Promise<InboxItem | null>
  /** Which of these ids are in the inbox (one query, not one per id). */
  existing(ids: readonly string[]): Promise<Set<string>>
  /** The person's newest items first, at most `limit`. */
  listByPerson(personId: string, limit: number): Promise<InboxItem[]>
  /** How many of the person's items are unread. */
  countUnread(personId: string): Promise<number>
  /** Marks the item read at `at` unless it already is; returns the item as stored, or null when missing. */
  markRead(id: string, at: string): Promise<InboxItem | null>
  /** Deletes up to `limit` items read before `before`, oldest first; how many went. Not in a transaction. */
  removeReadBefore(before: string, limit: number): Promise<number>
}
