import type { Audited } from './common'
import type { Person } from './roster'

/** Where a roster import stands: rows still being written (hidden), all visible, or thrown away. */
export type ImportJobStatus = 'writing' | 'committed' | 'discarded'

/**
 * A roster import run as a job: the file was validated whole when the job was made, its people
 * are written in batches that stay hidden (marked with the job's id) until the last batch commits.
 */
export interface ImportJob extends Audited {
  id: string
  fileName: string
  /** The uploaded file (local key or CloudBase fileID), removed once the job ends. */
  storageKey: string
  status: ImportJobStatus
  /** People in the file. */
  total: number
  /** People written so far (hidden until committed); the next batch starts here. */
  written: number
  /** How many batches the people were cut into. */
  batches: number
  /** The batch the next step writes (= batches once every batch is written). */
  nextBatch: number
}

/** One batch of an import job's people, ready to insert (ids chosen when the job was made). */
export interface ImportBatch {
  jobId: string
  index: number
  people: Person[]
}
