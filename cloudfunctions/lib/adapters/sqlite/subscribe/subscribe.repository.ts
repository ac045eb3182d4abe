import type Database from 'better-sqlite3'
import type { OutboxMessage, OutboxRepository } from '../../../ports/outbox.port'
import { grantIdOf, type SubscribeGrant, type SubscribeGrantRepository } from '../../../ports/subscribe.port'
import { bit } from '../codec'

type GrantRow = Omit<SubscribeGrant, 'longTerm'> & { longTerm: number }

const GRANT = `SELECT id, person_id AS personId, template_id AS templateId, remaining, long_term AS longTerm,
  last_result AS lastResult, updated_at AS updatedAt FROM subscribe_grants`
const grantOf = (row: GrantRow): SubscribeGrant => ({ ...row, longTerm: row.longTerm === 1 })

/** Grants (schema step 15): every change is one UPDATE or upsert, atomic by itself. */
export function sqliteGrants(db: Database.Database): SubscribeGrantRepository {
  const get = db.prepare(`${GRANT} WHERE id = ?`)
  const byPerson = db.prepare(`${GRANT} WHERE person_id = ? ORDER BY template_id`)
  const byPeople = db.prepare(`${GRANT} WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, template_id`)
  // long_term: an accept of a long-term template sets it, a reject clears it, other answers keep it.
  const record = db.prepare(
    `INSERT INTO subscribe_grants (id, person_id, template_id, remaining, long_term, last_result, updated_at)
     VALUES (@id, @personId, @templateId, @add, @longTerm, @result, @at)
     ON CONFLICT (id) DO UPDATE SET remaining = remaining + excluded.remaining,
       long_term = CASE WHEN @result = 'accept' AND @isLongTerm = 1 THEN 1 WHEN @result = 'reject' THEN 0 ELSE long_term END,
       last_result = excluded.last_result, updated_at = excluded.updated_at`
  )
  const spend = db.prepare('UPDATE subscribe_grants SET remaining = remaining - 1, updated_at = ? WHERE id = ? AND remaining > 0')
  const refund = db.prepare('UPDATE subscribe_grants SET remaining = remaining + 1, updated_at = ? WHERE id = ?')
  const exhaust = db.prepare('UPDATE subscribe_grants SET remaining = 0, long_term = 0, updated_at = ? WHERE id = ?')
  return {
    async listByPerson(personId) {
      return (byPerson.all(personId) as GrantRow[]).map(grantOf)
    },
    async listByPeople(personIds) {
      if (personIds.length === 0) return []
      return (byPeople.all(JSON.stringify(personIds)) as GrantRow[]).map(grantOf)
    },
    async record(personId, templateId, result, longTerm, at) {
      const id = grantIdOf(personId, templateId)
      const accept = result === 'accept'
      record.run({
        id,
        personId,
        templateId,
        // A long-term template is not counted: an acceptance is a flag, not one more message.
        add: accept && !longTerm ? 1 : 0,
        longTerm: bit(accept && longTerm),
        isLongTerm: bit(longTerm),
        result,
        at
      })
      return grantOf(get.get(id) as GrantRow)
    },
    async spend(personId, templateId, at) {
      return spend.run(at, grantIdOf(personId, templateId)).changes === 1
    },
    async refund(personId, templateId, at) {
      refund.run(at, grantIdOf(personId, templateId))
    },
    async exhaust(personId, templateId, at) {
      exhaust.run(at, grantIdOf(personId, templateId))
    }
  }
}

type OutboxRow = Omit<OutboxMessage, 'data'> & { data: string }

/** The local outbox (schema step 15), newest first. */
export function sqliteOutbox(db: Database.Database): OutboxRepository {
  const add = db.prepare(
    'INSERT INTO outbox (id, person_id, touser, template_id, page, data, at) VALUES (@id, @personId, @touser, @templateId, @page, @data, @at)'
  )
  const latest = db.prepare(
    'SELECT id, person_id AS personId, touser, template_id AS templateId, page, data, at FROM outbox ORDER BY at DESC, id LIMIT ?'
  )
  return {
    async add(message) {
      add.run({ ...message, data: JSON.stringify(message.data) })
    },
    async latest(limit) {
      return (latest.all(Math.max(0, Math.floor(limit))) as OutboxRow[]).map((row) => ({
        ...row,
        data: JSON.parse(row.data) as OutboxMessage['data']
      }))
    }
  }
}
