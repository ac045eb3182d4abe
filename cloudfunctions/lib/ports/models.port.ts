import type { ModelNomination, NominationState } from '../../../src/core/model'

// Model examples (先进典型, issue 11): nominations, one per subject, kind and year by their id
// (nominationIdOf), and their state changes, each applied only from the state the reviewer saw.

/** Which nominations a list returns; every given field must match. */
export interface NominationFilter {
  year?: number
  unitId?: string
  nominatedBy?: string
  state?: NominationState
}

/** What a review or a revocation changes on a nomination. */
export type NominationChange = Pick<ModelNomination, 'state' | 'updatedAt' | 'updatedBy'> &
  Partial<
    Pick<
      ModelNomination,
      'title' | 'namedOn' | 'reviewedBy' | 'reviewedAt' | 'rejectReason' | 'revokedBy' | 'revokedAt' | 'revokeReason'
    >
  >

export interface ModelNominationRepository {
  get(id: string): Promise<ModelNomination | null>
  /** Inserts; DuplicateKeyError when the id is taken (the subject already has this kind for the year). */
  insert(nomination: ModelNomination): Promise<void>
  /**
   * Applies `change` only while the stored state is `from`, as one step: true when it did, false
   * when the state had moved on (someone reviewed it first) or the nomination is gone. Call it
   * inside a transaction (every write action runs in one).
   */
  transition(id: string, from: NominationState, change: NominationChange): Promise<boolean>
  /** The matching nominations, newest filed first (a district names a few dozen a year). */
  list(filter: NominationFilter): Promise<ModelNomination[]>
}

export interface ModelsRepositories {
  nominations: ModelNominationRepository
}
