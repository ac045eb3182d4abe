import type { Speech, StudyRecord } from '../../../../../src/core/model'
import type { SpeechRepository, StudyRepository } from '../../../ports/store.port'
import { allOf, escapeRegExp, type DocAccess, type Queries } from '../access'
import { COLLECTIONS } from '../collections'
import type { Condition } from '../database'
import { Entities } from '../entities'

/** The speech catalogue. */
export function cloudbaseSpeeches(docs: DocAccess, queries: Queries): SpeechRepository {
  const speeches = new Entities<Speech>(docs, queries, COLLECTIONS.speeches, 'id')
  const _ = queries.db.command
  return {
    get: (id) => speeches.get(id),
    async getMany(ids) {
      const out: Speech[] = []
      // A plan holds at most 30, but keep each query's list short whatever the caller passes.
      for (let i = 0; i < ids.length; i += 500) out.push(...(await speeches.all({ _id: _.in(ids.slice(i, i + 500)) })))
      return out
    },
    search({ q, includeArchived, offset, limit }) {
      const parts: Condition[] = []
      if (!includeArchived) parts.push({ archived: false })
      if (q) {
        const re = queries.db.RegExp({ regexp: escapeRegExp(q), options: 'i' })
        parts.push(_.or([{ title: re }, { source: re }]))
      }
      return speeches.page(allOf(queries.db, parts), ['-date', 'title', 'id'], offset, limit)
    },
    insert: (speech) => speeches.insert(speech),
    update: (speech) => speeches.put(speech)
  }
}

/** Self-study records. */
export function cloudbaseStudies(docs: DocAccess, queries: Queries): StudyRepository {
  const studies = new Entities<StudyRecord>(docs, queries, COLLECTIONS.studies, 'id')
  const _ = queries.db.command
  return {
    get: (id) => studies.get(id),
    insert: (record) => studies.insert(record),
    update: (record) => studies.put(record),
    listByPersonMonth: (personId, month) => studies.all({ personId, month }, '-studiedOn', '-createdAt', '-id'),
    // Served by the unitId_month index.
    listByUnitMonth: (unitId, month) => studies.all({ unitId, month }),
    listByPeopleMonth: async (personIds, month) =>
      personIds.length === 0 ? [] : studies.all({ personId: _.in([...personIds]), month }),
    countActiveByUnitMonth: (unitId, month) => studies.countBy({ unitId, month, withdrawnAt: _.eq(null) }, 'personId')
  }
}
