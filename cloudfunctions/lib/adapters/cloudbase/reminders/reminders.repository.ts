import type { Person } from '../../../../../src/core/model'
import type { PushStatus, ReminderPush, ReminderRun, RemindersRepositories } from '../../../ports/reminders.port'
import { DuplicateKeyError } from '../../../ports/store.port'
import { addFreshDocs } from '../bulk-add'
import { MAX_PAGE, ensureOk, fromDoc, toDoc, type DocAccess, type Doc, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import type { CloudbaseAggregate, Condition } from '../database'
import { Entities } from '../entities'

/** How many documents a multi-document update changed (the SDK answers `{ updated }`). */
function updatedOf(result: unknown): number {
  const updated = (ensureOk(result) as { updated?: unknown } | null)?.updated
  return typeof updated === 'number' ? updated : 0
}

/** Every group of an aggregation, past the 1000 of one answer: sorted by the group key, in pages. */
export async function allGroups(pipeline: () => CloudbaseAggregate): Promise<Doc[]> {
  const out: Doc[] = []
  for (;;) {
    const { data } = ensureOk(await pipeline().sort({ _id: 1 }).skip(out.length).limit(MAX_PAGE).end())
    for (const d of data) out.push(d as Doc)
    if (data.length < MAX_PAGE) return out
  }
}

/**
 * The reminders job's facts, runs and pushes. Counts are aggregated by the database (match, then
 * group per person), so a batch of 500 people costs one round trip per count, not its records.
 */
export function cloudbaseReminders(docs: DocAccess, queries: Queries): RemindersRepositories {
  const db = queries.db
  const _ = db.command
  const runs = new Entities<ReminderRun>(docs, queries, COLLECTIONS.reminderRuns, 'id')
  const pushes = new Entities<ReminderPush>(docs, queries, COLLECTIONS.reminderPushes, 'id')
  // Built per query, never at construction (the SDK's command may not be ready then).
  const visible = () => ({ active: true, pendingImport: _.eq(null) })
  const person = (doc: unknown): Person => {
    const {
      pendingImport: _job,
      importBatch: _batch,
      ...rest
    } = fromDoc<Person & { pendingImport?: unknown; importBatch?: unknown }>(doc, 'id')
    return rest
  }

  return {
    reminderFacts: {
      async peopleOfNextUnits(afterUnitId, min) {
        const want = Math.max(1, Math.min(min, MAX_PAGE))
        const condition: Condition = afterUnitId === null ? visible() : { ...visible(), unitId: _.gt(afterUnitId) }
        const { data } = ensureOk(
          await db
            .collection(COLLECTIONS.people)
            .where(condition)
            .orderBy('unitId', 'asc')
            .orderBy('_id', 'asc')
            .limit(want)
            .get()
        )
        const first = data as Doc[]
        if (first.length === 0) return { people: [], lastUnitId: null, done: true }
        const last = first[first.length - 1]
        const lastUnitId = String(last.unitId)
        // Whole units only: the rest of the last unit comes along (paged by _id past 1000).
        const rest =
          first.length < want
            ? []
            : await queries.all(COLLECTIONS.people, { ...visible(), unitId: lastUnitId, _id: _.gt(last._id) })
        return { people: [...first, ...rest].map(person), lastUnitId, done: first.length < want }
      },
      async studyCounts(personIds, months) {
        if (personIds.length === 0 || months.length === 0) return []
        const groups = await allGroups(() =>
          db
            .collection(COLLECTIONS.studies)
            .aggregate()
            .match({ personId: _.in([...personIds]), month: _.in([...months]), withdrawnAt: _.eq(null) })
            .group({ _id: { personId: '$personId', month: '$month' }, count: { $sum: 1 } })
        )
        return groups.map((g) => {
          const key = g._id as unknown as { personId: string; month: string }
          return { personId: key.personId, month: key.month, count: Number(g.count) }
        })
      },
      async lectureCounts(personIds, year) {
        if (personIds.length === 0) return []
        const groups = await allGroups(() =>
          db
            .collection(COLLECTIONS.methodRecords)
            .aggregate()
            .match({ personId: _.in([...personIds]), year, kind: 'lecture', counted: true, withdrawnAt: _.eq(null) })
            .group({ _id: '$personId', count: { $sum: 1 } })
        )
        return groups.map((g) => ({ personId: String(g._id), year, count: Number(g.count) }))
      }
    },
    reminderRuns: {
      get: (id) => runs.get(id),
      async create(run) {
        try {
          await runs.insert(run)
          return true
        } catch (error) {
          if (error instanceof DuplicateKeyError) return false
          throw error
        }
      },
      async acquire(id, owner, now, until) {
        // One conditional multi-document update on the run's _id: the database checks the lease is
        // free and takes it in one step, so two invocations at once cannot both get it.
        const result = await db
          .collection(COLLECTIONS.reminderRuns)
          .where({ _id: id, leaseUntil: _.lt(now) })
          .update({ leaseOwner: owner, leaseUntil: until })
        return updatedOf(result) === 1
      },
      async save(run, owner) {
        const { _id, ...fields } = toDoc(run, 'id')
        const result = await db.collection(COLLECTIONS.reminderRuns).where({ _id, leaseOwner: owner }).update(fields)
        return updatedOf(result) === 1
      },
      async listRecent(limit) {
        return (await runs.page(null, ['-id'], 0, limit)).items
      }
    },
    reminderPushes: {
      async createMany(list) {
        const existing = new Map<string, PushStatus>()
        const ids = list.map((p) => p.id)
        for (let i = 0; i < ids.length; i += MAX_PAGE) {
          const chunk = ids.slice(i, i + MAX_PAGE)
          for (const doc of await queries.all(COLLECTIONS.reminderPushes, { _id: _.in(chunk) }, { _id: true, status: true })) {
            existing.set(doc._id, doc.status as PushStatus)
          }
        }
        const fresh = list.filter((p) => !existing.has(p.id))
        return {
          created: await addFreshDocs(
            docs,
            queries,
            COLLECTIONS.reminderPushes,
            fresh.map((p) => toDoc(p, 'id'))
          ),
          existing
        }
      },
      get: (id) => pushes.get(id),
      async settle(ids, patch) {
        for (let i = 0; i < ids.length; i += MAX_PAGE) {
          ensureOk(
            await db
              .collection(COLLECTIONS.reminderPushes)
              .where({ _id: _.in(ids.slice(i, i + MAX_PAGE)) })
              .update(patch)
          )
        }
      },
      async listDue(day, now, limit) {
        const condition = { day, status: 'failed', retry: true, nextAttemptAt: _.lte(now) }
        return (await pushes.page(condition, ['nextAttemptAt', 'id'], 0, limit)).items
      },
      async listByStatus(day, status, limit) {
        return (await pushes.page({ day, status }, ['personName', 'id'], 0, limit)).items
      }
    }
  }
}
