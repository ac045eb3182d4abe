import type Database from 'better-sqlite3'
import type { InboxItem } from '../../../../../src/core/model'
import type { InboxRepository } from '../../../ports/inbox.port'
import { tableSql } from '../codec'

/** The inbox (schema step 12); the primary key makes a reminder land once. */
export function sqliteInbox(db: Database.Database): InboxRepository {
  const sql = tableSql('inbox', [
    ['id', 'id'],
    ['person_id', 'personId'],
    ['obligation', 'obligation'],
    ['period', 'period'],
    ['stage', 'stage'],
    ['title', 'title'],
    ['body', 'body'],
    ['route', 'route'],
    ['created_at', 'createdAt'],
    ['read_at', 'readAt']
  ])
  const add = db.prepare(sql.insert.replace('INSERT INTO', 'INSERT OR IGNORE INTO'))
  const addAll = db.transaction((items: readonly InboxItem[]) => items.reduce((n, item) => n + add.run(item).changes, 0))
  const createdAt = db.prepare('SELECT id, created_at AS createdAt FROM inbox WHERE id IN (SELECT value FROM json_each(?))')
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const existing = db.prepare('SELECT id FROM inbox WHERE id IN (SELECT value FROM json_each(?))')
  const byPerson = db.prepare(`${sql.select} WHERE person_id = ? ORDER BY created_at DESC, id LIMIT ?`)
  const unread = db.prepare('SELECT COUNT(*) AS n FROM inbox WHERE person_id = ? AND read_at IS NULL')
  const markRead = db.prepare('UPDATE inbox SET read_at = ? WHERE id = ? AND read_at IS NULL')
  const removeRead = db.prepare(
    'DELETE FROM inbox WHERE id IN (SELECT id FROM inbox WHERE read_at IS NOT NULL AND read_at < ? ORDER BY read_at, id LIMIT ?)'
  )
  const one = (id: string) => (get.get(id) as InboxItem | undefined) ?? null
  return {
    async add(item) {
      return add.run(item).changes === 1
    },
    async addMany(items) {
      return addAll(items)
    },
    async createdAtOf(ids) {
      if (ids.length === 0) return new Map()
      const rows = createdAt.all(JSON.stringify(ids)) as Array<{ id: string; createdAt: string }>
      return new Map(rows.map((r) => [r.id, r.createdAt]))
    },
    async get(id) {
      return one(id)
    },
    async existing(ids) {
      if (ids.length === 0) return new Set()
      return new Set((existing.all(JSON.stringify(ids)) as Array<{ id: string }>).map((r) => r.id))
    },
    async listByPerson(personId, limit) {
      return byPerson.all(personId, Math.max(0, Math.floor(limit))) as InboxItem[]
    },
    async countUnread(personId) {
      return (unread.get(personId) as { n: number }).n
    },
    async markRead(id, at) {
      markRead.run(at, id)
      return one(id)
    },
    async removeReadBefore(before, limit) {
      return removeRead.run(before, Math.max(0, Math.floor(limit))).changes
    }
  }
}
