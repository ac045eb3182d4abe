import type { ObservationGroup } from '../../src/core/model'
import { dataOf } from './world'
import { failure, makeObservationWorld, sheetInput } from './observation.world'

// 意识形态专题督查 (issue 12): the group leader writes the feedback from every member's 点评,
// 查阅资料 and 实地调研, and the admin reads them for the assessment; other members read only their own.

type Notes = {
  comments: string
  documentReview: { studyPlan: boolean; firstAgendaRecords: boolean; materials: boolean; note: string | null }
  fieldResearch: string | null
}
type Session = {
  mySheet: (Notes & { observerName: string }) | null
  sheets: Array<{ observerName: string; total: number; notes: Notes | null }>
}

async function scoredWorld() {
  const w = await makeObservationWorld()
  const planned = await w.planFixed()
  dataOf(await w.as(w.leader)('observe.sheet.submit', { ...sheetInput(planned.id, 3), comments: '组长点评：领学有高度。' }))
  w.setNow('2026-11-20T02:30:00Z')
  dataOf(
    await w.as(w.member)('observe.sheet.submit', {
      ...sheetInput(planned.id, 10),
      comments: '组员点评：研讨发言偏短。',
      documentReview: { studyPlan: true, firstAgendaRecords: false, materials: true, note: '第一议题记录缺10月' },
      fieldResearch: '走访了两个科室'
    })
  )
  const session = (who: typeof w.leader) => w.as(who)('observe.session', { id: planned.id })
  return { w, planned, session }
}

describe('observe.session: who reads the members’ notes', () => {
  it('gives the group leader every member’s comments, document review and field research', async () => {
    const { w, session } = await scoredWorld()
    const seen = dataOf<Session>(await session(w.leader))
    expect(seen.sheets.map((s) => [s.observerName, s.notes?.comments])).toEqual([
      [w.leader.name, '组长点评：领学有高度。'],
      [w.member.name, '组员点评：研讨发言偏短。']
    ])
    expect(seen.sheets[1].notes).toEqual({
      comments: '组员点评：研讨发言偏短。',
      documentReview: { studyPlan: true, firstAgendaRecords: false, materials: true, note: '第一议题记录缺10月' },
      fieldResearch: '走访了两个科室'
    })
  })

  it('gives the admin the same notes', async () => {
    const { w, session } = await scoredWorld()
    const seen = dataOf<Session>(await session(w.admin))
    expect(seen.sheets.map((s) => s.notes?.fieldResearch ?? null)).toEqual([null, '走访了两个科室'])
    expect(seen.sheets.map((s) => s.notes?.comments)).toEqual(['组长点评：领学有高度。', '组员点评：研讨发言偏短。'])
  })

  it('keeps a member who does not lead to their own sheet: scores of the others, not their notes', async () => {
    const { w, session } = await scoredWorld()
    const seen = dataOf<Session>(await session(w.member))
    expect(seen.sheets.map((s) => [s.total, s.notes])).toEqual([
      [97, null],
      [90, null]
    ])
    expect(seen.mySheet?.comments).toBe('组员点评：研讨发言偏短。')
    expect(JSON.stringify(seen)).not.toContain('组长点评')
  })

  it('refuses the leader of another group and the observed unit’s secretary', async () => {
    const { w, session } = await scoredWorld()
    const other: ObservationGroup = {
      ...(await w.store.observationGroups.get(w.group.id))!,
      id: 'g2',
      name: '第二巡听旁听组',
      leaderId: w.outsider.id,
      memberIds: [w.outsider.id]
    }
    await w.store.observationGroups.insert(other)
    expect(failure(await session(w.outsider)).code).toBe('FORBIDDEN')
    expect(failure(await session(w.secretary)).code).toBe('FORBIDDEN')
  })
})
