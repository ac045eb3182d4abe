import type Database from 'better-sqlite3'
import type { Feedback } from '../../../../../src/core/model'
import type { FeedbackRepository } from '../../../ports/feedback.port'
import { AUDITED, rowCodec, rowTable } from '../codec'

const NEWEST = 'ORDER BY created_at DESC, id LIMIT ? OFFSET ?'

/** 意见反馈 on one SQLite connection (schema step 22). */
export function sqliteFeedback(db: Database.Database): FeedbackRepository {
  const t = rowTable<Feedback>(
    db,
    'feedback',
    [
      ['id', 'id'],
      ['person_id', 'personId'],
      ['unit_id', 'unitId'],
      ['message', 'message'],
      ['screenshots', 'screenshots'],
      ['status', 'status'],
      ['answer', 'answer'],
      ['answered_by', 'answeredBy'],
      ['answered_at', 'answeredAt'],
      ['closed_by', 'closedBy'],
      ['closed_at', 'closedAt'],
      ...AUDITED
    ],
    rowCodec<Feedback>(['screenshots'])
  )
  const byPerson = t.lister('WHERE person_id = ? ORDER BY created_at DESC, id LIMIT ?')
  const byStatus = t.lister(`WHERE status = ? ${NEWEST}`)
  const all = t.lister(`WHERE 1 = 1 ${NEWEST}`)
  const countStatus = db.prepare('SELECT COUNT(*) AS n FROM feedback WHERE status = ?')
  const countAll = db.prepare('SELECT COUNT(*) AS n FROM feedback')
  const whole = (n: number) => Math.max(0, Math.floor(n))
  return {
    get: t.get,
    insert: t.insert,
    update: t.update,
    listByPerson: (personId, limit) => byPerson(personId, whole(limit)),
    async list({ status, offset, limit }) {
      if (status) {
        const items = await byStatus(status, whole(limit), whole(offset))
        return { items, total: (countStatus.get(status) as { n: number }).n }
      }
      return { items: await all(whole(limit), whole(offset)), total: (countAll.get() as { n: number }).n }
    }
  }
}
