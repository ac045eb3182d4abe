/** Who made and last changed a record, and when (ISO instants). */
export interface Audited {
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
}

/** One change to a record, kept forever (SPEC §7). */
export interface AuditEntry {
  id: string
  entity: string
  entityId: string
  /** e.g. `create`, `update`, `withdraw`, `import`. */
  action: string
  actorId: string
  at: string
  /** A short Chinese reason where the actor gave one. */
  reason: string | null
  /** JSON snapshot after the change (null for a withdrawal that only flags). */
  after: unknown
}

/** The stored result of a write, keyed by caller + action + idempotency key. */
export interface IdempotencyEntry {
  id: string
  personId: string
  action: string
  createdAt: string
  /** The exact response the first call returned. */
  response: unknown
}
