import type { StoredFile } from '../../../src/core/model'
import { abandonedBefore, isAbandoned } from '../../../src/core/rules/files'
import type { Job, JobDeps } from './job'

/** At most this many files per run: each costs a transaction and a storage call (a few round trips). */
export const CLEANUP_MAX_FILES = 500

/** A run stops taking new files after this long, well inside the scheduler's 60 s timeout. */
export const CLEANUP_BUDGET_MS = 40_000

/** What one run did. */
export interface CleanupResult {
  /** Files deleted (row and object). */
  deleted: number
  /** Listed, but attached or deleted by someone else by the time their turn came. */
  skipped: number
  /** Failed (logged); they are listed again next run. */
  failed: number
  /** Whether abandoned files may be left for the next run (the cap or the time budget was reached). */
  more: boolean
}

/**
 * Deletes one listed file if it is still abandoned, deciding inside the write by its id: a file
 * attached since it was listed stays. On CloudBase the attaching transaction and this one write the
 * same document, so one of them conflicts and reruns (SQLite runs them in turn):
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md
 * The row goes first, then the bytes: a crash in between leaves bytes nobody can reach, never a
 * row without bytes. Returns the file when this run deleted it.
 */
async function deleteIfAbandoned({ store, files }: JobDeps, id: string, cutoff: string): Promise<StoredFile | null> {
  const gone = await store.transaction(async (tx) => {
    const file = await tx.files.get(id)
    if (!file || !isAbandoned(file, cutoff)) return null
    await tx.files.remove(id)
    return file
  })
  // Deleting a missing object is fine, so two runs at once never trip on each other.
  if (gone) await files.remove(gone.storageKey)
  return gone
}

/**
 * The daily clean-up of uploads attached to no record or score sheet (a form never sent, or a file
 * taken off a saved record) more than a day after they were registered (rules/files
 * UNATTACHED_FILE_MS): their bytes and their files row. Such a file is seen by nobody but its
 * uploader and listed nowhere. Bounded per run (CLEANUP_MAX_FILES, CLEANUP_BUDGET_MS).
 */
export function filesCleanupJob(limits: { maxFiles?: number; budgetMs?: number } = {}): Job {
  const maxFiles = limits.maxFiles ?? CLEANUP_MAX_FILES
  const budgetMs = limits.budgetMs ?? CLEANUP_BUDGET_MS
  return {
    name: 'files.cleanup',
    async run(deps): Promise<CleanupResult> {
      const started = deps.clock.now().getTime()
      // The run's own budget, or what is left of the scheduler's invocation if that is less.
      const stopAt = Math.min(started + budgetMs, deps.deadlineMs ?? Infinity)
      const cutoff = abandonedBefore(deps.clock.now())
      const listed = await deps.store.files.listUnattachedBefore(cutoff, maxFiles)
      const result: CleanupResult = { deleted: 0, skipped: 0, failed: 0, more: listed.length === maxFiles }
      for (const file of listed) {
        if (deps.clock.now().getTime() > stopAt) {
          result.more = true
          break
        }
        try {
          if (await deleteIfAbandoned(deps, file.id, cutoff)) result.deleted++
          else result.skipped++
        } catch (error) {
          result.failed++
          deps.log.error('files.cleanup: could not delete a file', {
            fileId: file.id,
            error: error instanceof Error ? error.message : String(error)
          })
        }
      }
      if (result.deleted || result.failed) deps.log.info('files.cleanup', { ...result })
      return result
    }
  }
}
