import type { OutboxMessage, OutboxRepository } from '../../../ports/outbox.port'
import { DuplicateKeyError } from '../../../ports/store.port'
import { grantIdOf, type SubscribeGrant, type SubscribeGrantRepository } from '../../../ports/subscribe.port'
import { ensureOk, fromDoc, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** 500 person ids a query: the grants of a batch come back in one get (under the 1000 cap). */
const BY_PERSON_CHUNK = 500

/**
 * Grants, `_id` = grantIdOf(person, template). Every change is one document update with an
 * update operator (db.command.inc), which the database applies atomically; spend is a where-update
 * matching only `remaining > 0`, so of two spends racing for the last grant exactly one matches.
 * https://docs.cloudbase.net/api-reference/server/node-sdk/database/update
 */
export function cloudbaseGrants(docs: DocAccess, queries: Queries): SubscribeGrantRepository {
  const grants = new Entities<SubscribeGrant>(docs, queries, COLLECTIONS.grants, 'id')
  const _ = () => queries.db.command
  const collection = () => queries.db.collection(COLLECTIONS.grants)
  return {
    listByPerson: (personId) => grants.all({ personId }, 'templateId'),
    async listByPeople(personIds) {
      const out: SubscribeGrant[] = []
      for (let i = 0; i < personIds.length; i += BY_PERSON_CHUNK) {
        out.push(...(await grants.all({ personId: _().in(personIds.slice(i, i + BY_PERSON_CHUNK)) }, 'personId', 'templateId')))
      }
      return out
    },
    async record(personId, templateId, result, longTerm, at) {
      const id = grantIdOf(personId, templateId)
      const accept = result === 'accept'
      const add = accept && !longTerm ? 1 : 0
      const flag = accept && longTerm ? { longTerm: true } : result === 'reject' ? { longTerm: false } : {}
      const change = { remaining: _().inc(add), lastResult: result, updatedAt: at, ...flag }
      // Twice at most: the first grant of a template creates the document; when someone created it
      // meanwhile (a duplicate id outside a transaction), the increment then finds it.
      for (let attempt = 0; ; attempt++) {
        if ((await docs.update(COLLECTIONS.grants, id, change)) > 0) break
        try {
          await grants.insert({
            id,
            personId,
            templateId,
            remaining: add,
            longTerm: accept && longTerm,
            lastResult: result,
            updatedAt: at
          })
          break
        } catch (error) {
          if (!(error instanceof DuplicateKeyError) || attempt > 0) throw error
        }
      }
      const stored = await docs.get(COLLECTIONS.grants, id)
      if (!stored) throw new Error(`grant ${id} missing after its update`)
      return fromDoc<SubscribeGrant>(stored, 'id')
    },
    async spend(personId, templateId, at) {
      const result = ensureOk(
        await collection()
          .where({ _id: grantIdOf(personId, templateId), remaining: _().gt(0) })
          .update({ remaining: _().inc(-1), updatedAt: at })
      ) as { updated?: unknown } | null
      return Number(result?.updated ?? 0) === 1
    },
    async refund(personId, templateId, at) {
      await docs.update(COLLECTIONS.grants, grantIdOf(personId, templateId), { remaining: _().inc(1), updatedAt: at })
    },
    async exhaust(personId, templateId, at) {
      await docs.update(COLLECTIONS.grants, grantIdOf(personId, templateId), { remaining: 0, longTerm: false, updatedAt: at })
    }
  }
}

/** The outbox, newest first through its `at` index. */
export function cloudbaseOutbox(docs: DocAccess, queries: Queries): OutboxRepository {
  const messages = new Entities<OutboxMessage>(docs, queries, COLLECTIONS.outbox, 'id')
  return {
    add: (message) => messages.insert(message),
    async latest(limit) {
      return (await messages.page(null, ['-at', 'id'], 0, limit)).items
    }
  }
}
