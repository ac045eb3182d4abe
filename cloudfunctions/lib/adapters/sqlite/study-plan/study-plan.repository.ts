import type Database from 'better-sqlite3'
import type { StudyPlan } from '../../../../../src/core/model'
import { studyPlanId } from '../../../../../src/core/rules/study-plan'
import type { StudyPlanRepository } from '../../../ports/study-plan.port'
import { AUDITED, rowCodec, tableSql } from '../codec'

/** Self-study plans (schema step 16); the items are one JSON column, always read and written whole. */
export function sqliteStudyPlans(db: Database.Database): StudyPlanRepository {
  const codec = rowCodec<StudyPlan>(['items'])
  const sql = tableSql('study_plans', [
    ['id', 'id'],
    ['person_id', 'personId'],
    ['month', 'month'],
    ['items', 'items'],
    ...AUDITED
  ])
  const get = db.prepare(`${sql.select} WHERE id = ?`)
  const put = db.prepare(
    `${sql.insert} ON CONFLICT (id) DO UPDATE SET items = excluded.items, updated_at = excluded.updated_at,
     updated_by = excluded.updated_by`
  )
  const byMonth = db.prepare(`${sql.select} WHERE month = ? AND person_id IN (SELECT value FROM json_each(?))`)
  return {
    async get(personId, month) {
      const row = get.get(studyPlanId(personId, month)) as Record<string, unknown> | undefined
      return row ? codec.fromRow(row) : null
    },
    async put(plan) {
      put.run(codec.toRow(plan))
    },
    async listByMonth(month, personIds) {
      if (personIds.length === 0) return []
      return (byMonth.all(month, JSON.stringify(personIds)) as Array<Record<string, unknown>>).map(codec.fromRow)
    }
  }
}
