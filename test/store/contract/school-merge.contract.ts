import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import type { MethodRecord } from '../../../src/core/model'
import { id } from '../fixtures'
import { DETAILS, makeRecord } from '../methods.fixtures'

/** Lectures at one school, for merging a typed school into a listed one (issue 10). */
export function schoolMergeContract(store: () => Store): void {
  describe('lectures at a school', () => {
    it('lists every lecture at the school, withdrawn included, oldest first, and nothing else', async () => {
      const school = id()
      const at = (createdAt: string, over: Partial<MethodRecord> = {}) =>
        makeRecord('lecture', {
          details: { ...DETAILS.lecture, schoolId: school, schoolName: '城关第三小学', schoolKind: '待确认' },
          createdAt,
          ...over
        } as Partial<MethodRecord>)
      const later = at('2026-11-03T00:00:00.000Z')
      const earlier = at('2026-11-01T00:00:00.000Z')
      const withdrawn = at('2026-11-02T00:00:00.000Z', { withdrawnAt: '2026-11-04T00:00:00.000Z', withdrawnBy: 'x' })
      const elsewhere = makeRecord('lecture', { details: { ...DETAILS.lecture, schoolId: id() } } as Partial<MethodRecord>)
      const note = makeRecord('note', { details: { ...DETAILS.note, schoolId: school } } as unknown as Partial<MethodRecord>)
      for (const r of [later, earlier, withdrawn, elsewhere, note]) await store().methodRecords.insert(r)
      const found = await store().methodRecords.listLecturesAtSchool(school)
      expect(found.map((r) => r.id)).toEqual([earlier.id, withdrawn.id, later.id])
      expect(await store().methodRecords.listLecturesAtSchool(id())).toEqual([])
    })
  })
}
