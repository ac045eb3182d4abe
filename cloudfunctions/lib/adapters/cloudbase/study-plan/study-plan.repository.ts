import type { StudyPlan } from '../../../../../src/core/model'
import { studyPlanId } from '../../../../../src/core/rules/study-plan'
import type { StudyPlanRepository } from '../../../ports/study-plan.port'
import { fromDoc, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

/** People per listByMonth query: their plans' ids go in one `_id in [...]` condition. */
export const PLAN_IDS_PER_QUERY = 500

/** Self-study plans, `_id` = studyPlanId(person, month): one plan per person and month by construction. */
export function cloudbaseStudyPlans(docs: DocAccess, queries: Queries): StudyPlanRepository {
  const plans = new Entities<StudyPlan>(docs, queries, COLLECTIONS.studyPlans, 'id')
  const _ = queries.db.command
  return {
    get: (personId, month) => plans.get(studyPlanId(personId, month)),
    // A whole-document set: the plan's items are replaced, never merged.
    put: (plan) => plans.put(plan),
    async listByMonth(month, personIds) {
      const out: StudyPlan[] = []
      // The ids are known (person + month), so the `_id` index serves the query: no extra index.
      for (let i = 0; i < personIds.length; i += PLAN_IDS_PER_QUERY) {
        const ids = personIds.slice(i, i + PLAN_IDS_PER_QUERY).map((p) => studyPlanId(p, month))
        for (const doc of await queries.all(COLLECTIONS.studyPlans, { _id: _.in(ids) })) out.push(fromDoc<StudyPlan>(doc, 'id'))
      }
      return out
    }
  }
}
