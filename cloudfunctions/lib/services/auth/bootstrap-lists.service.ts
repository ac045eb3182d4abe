import type { Audited } from '../../../../src/core/model'
import { STANDARD_CLASSICS, standardOutlets, type StandardEntry } from '../../../../src/core/rules/standard-lists'
import type { Repositories, Store } from '../../ports/store.port'
import { newId } from '../../util/ids'

/** What seeding the starter lists added and what it left as it was. */
export interface SeededLists {
  classicsAdded: string[]
  outletsAdded: string[]
  /** Entries already there (by id, or another entry of the same name the admin made). */
  skipped: string[]
}

/**
 * Adds the standard classics and the starter outlets a fresh deployment lacks (issue 10). Each
 * entry has a fixed id, so a second run adds nothing twice; an entry is also left out when one of
 * the same name exists (the admin typed it before). Existing entries are never changed: the admin's
 * renames and deactivations stay.
 */
export async function seedStandardLists(store: Store, district: string | null, now: Date): Promise<SeededLists> {
  const stamp: Audited = {
    createdAt: now.toISOString(),
    createdBy: 'bootstrap',
    updatedAt: now.toISOString(),
    updatedBy: 'bootstrap'
  }
  const out: SeededLists = { classicsAdded: [], outletsAdded: [], skipped: [] }
  // One small transaction per entry: CloudBase transactions take single-document operations, and a
  // second bootstrap running at once meets the fixed id (a write conflict), never a twin.
  for (const entry of STANDARD_CLASSICS) {
    const added = await store.transaction((tx) => addIfMissing(tx, 'classic', entry, stamp))
    ;(added ? out.classicsAdded : out.skipped).push(entry.name)
  }
  for (const entry of standardOutlets(district)) {
    const added = await store.transaction((tx) => addIfMissing(tx, 'outlet', entry, stamp))
    ;(added ? out.outletsAdded : out.skipped).push(entry.name)
  }
  return out
}

async function addIfMissing(
  tx: Repositories,
  what: 'classic' | 'outlet',
  entry: StandardEntry,
  stamp: Audited
): Promise<boolean> {
  if (what === 'classic') {
    if (await tx.classics.get(entry.id)) return false
    if ((await tx.classics.list()).some((c) => c.title === entry.name)) return false
    await tx.classics.insert({ id: entry.id, title: entry.name, active: true, ...stamp })
  } else {
    if (await tx.outlets.get(entry.id)) return false
    if ((await tx.outlets.list()).some((o) => o.name === entry.name)) return false
    await tx.outlets.insert({ id: entry.id, name: entry.name, active: true, ...stamp })
  }
  await tx.audit.append({
    id: newId(),
    entity: what,
    entityId: entry.id,
    action: 'bootstrap-seed',
    actorId: 'bootstrap',
    at: stamp.createdAt,
    reason: null,
    after: { name: entry.name }
  })
  return true
}
