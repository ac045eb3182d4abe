import type { Failure, RecordDetailView } from '../../src/core/contract'
import { typedSchoolId } from '../../src/core/rules/schools'
import { dataOf } from './world'
import { makeMethodsWorld, type MethodsWorld } from './methods.world'

// Issue 10: a district leader records a lecture at a school the admin has not listed (kept as
// typed, 待确认); the admin merges it into a listed school and the lectures move over, audited.
// School kinds follow the notice's 中小学.

type Schools = { items: Array<{ id: string; name: string; kind: string; active: boolean }> }
const failure = (r: unknown) => r as Failure
let w: MethodsWorld
beforeEach(async () => {
  w = await makeMethodsWorld()
})
afterEach(() => w.cleanup())

const lecture = (over: Record<string, unknown>) => ({
  date: '2026-11-10',
  classType: '党课',
  topic: '新时代好少年',
  status: 'given',
  ...over
})

describe('a school the list lacks', () => {
  it('records the lecture at the school as typed, one school however its name is spaced', async () => {
    const leader = w.as(w.people.districtLeader)
    const first = dataOf<RecordDetailView>(await leader('lecture.save', lecture({ schoolName: ' 城关第三小学 ' })))
    expect(first.body).toMatchObject({ kind: 'lecture', details: { schoolName: '城关第三小学', schoolKind: '待确认' } })
    const second = dataOf<RecordDetailView>(
      await leader('lecture.save', lecture({ schoolName: '城关 第三小学', date: '2026-11-12' }))
    )
    const idOf = (d: RecordDetailView) => (d.body.kind === 'lecture' ? d.body.details.schoolId : null)
    expect(idOf(second)).toBe(idOf(first))
    expect(idOf(first)).toBe(typedSchoolId('城关第三小学'))
    const schools = dataOf<Schools>(await leader('school.list', {}))
    expect(schools.items.filter((s) => s.kind === '待确认').map((s) => s.name)).toEqual(['城关第三小学'])
  })

  it('uses the listed school when the typed name is one, and names the school in Chinese when both are missing', async () => {
    const leader = w.as(w.people.districtLeader)
    const saved = dataOf<RecordDetailView>(await leader('lecture.save', lecture({ schoolName: '实验小学' })))
    expect(saved.body).toMatchObject({ details: { schoolId: w.schoolId, schoolKind: '小学' } })
    const none = failure(await leader('lecture.save', lecture({})))
    expect([none.code, none.field, none.message]).toEqual(['VALIDATION', 'schoolId', '请选择学校，名单中没有的请填写学校名称'])
  })
})

describe('school.merge', () => {
  it('moves every lecture of the typed school to the listed one, retires the typed school and audits both', async () => {
    const leader = w.as(w.people.districtLeader)
    const made = dataOf<RecordDetailView>(await leader('lecture.save', lecture({ schoolName: '实验小学东校区' })))
    const typedId = typedSchoolId('实验小学东校区')
    const merged = dataOf<{ moved: number; school: { id: string } }>(
      await w.as(w.people.admin)('school.merge', { fromId: typedId, intoId: w.schoolId })
    )
    expect(merged).toMatchObject({ moved: 1, school: { id: w.schoolId } })
    const after = dataOf<RecordDetailView>(await leader('record.get', { id: made.item.id }))
    expect(after.body).toMatchObject({ details: { schoolId: w.schoolId, schoolName: '实验小学', schoolKind: '小学' } })
    expect(after.item.subtitle).toBe('实验小学 · 党课')
    const all = dataOf<Schools>(await w.as(w.people.admin)('school.list', { includeInactive: true }))
    expect(all.items.find((s) => s.id === typedId)).toMatchObject({ active: false })
    expect((await w.store.audit.listByEntity('methodRecord', made.item.id)).map((a) => a.action)).toContain('merge-school')
    expect((await w.store.audit.listByEntity('school', typedId)).map((a) => a.action).sort()).toEqual(['create', 'merge'])
    const again = failure(await w.as(w.people.admin)('school.merge', { fromId: typedId, intoId: w.schoolId }))
    expect([again.field, again.message]).toEqual(['fromId', '这所学校已经合并过了'])
  })

  it('refuses a listed school as the source, a typed one as the target, and anyone but the admin', async () => {
    await w.as(w.people.districtLeader)('lecture.save', lecture({ schoolName: '城关第三小学' }))
    const typedId = typedSchoolId('城关第三小学')
    const admin = w.as(w.people.admin)
    const listed = failure(await admin('school.merge', { fromId: w.schoolId, intoId: w.schoolId }))
    expect([listed.field, listed.message]).toEqual(['fromId', '请选择待确认的学校'])
    const intoTyped = failure(await admin('school.merge', { fromId: typedId, intoId: typedId }))
    expect([intoTyped.field, intoTyped.message]).toEqual(['intoId', '请选择名单中启用的学校'])
    const missing = failure(await admin('school.merge', { fromId: typedId }))
    expect([missing.field, missing.message]).toEqual(['intoId', '请选择名单中的学校'])
    const leader = failure(await w.as(w.people.districtLeader)('school.merge', { fromId: typedId, intoId: w.schoolId }))
    expect(leader.code).toBe('FORBIDDEN')
  })
})

describe('school kinds', () => {
  it('takes the notice’s 中小学 kinds and refuses 中职, in Chinese', async () => {
    const admin = w.as(w.people.admin)
    const r = failure(await admin('school.save', { name: '城区职业技术学校', kind: '中职' }))
    expect([r.field, r.message]).toEqual(['kind', '请选择学校类型'])
    expect((await admin('school.save', { name: '城区实验中学', kind: '完全中学' })).ok).toBe(true)
  })

  it('still reads a school stored as 中职 before', async () => {
    const at = '2026-11-01T00:00:00.000Z'
    await w.store.schools.insert({
      id: 'old-vocational',
      name: '城区职业技术学校',
      kind: '中职',
      active: true,
      createdAt: at,
      createdBy: 'x',
      updatedAt: at,
      updatedBy: 'x'
    })
    const all = dataOf<Schools>(await w.as(w.people.admin)('school.list', {}))
    expect(all.items.find((s) => s.id === 'old-vocational')).toMatchObject({ kind: '中职' })
  })
})
