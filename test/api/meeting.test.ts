import type { HomeView, MeetingDetailView, RecordDetailView, RecordItemView } from '../../src/core/contract'
import { dataOf } from './world'
import { makeMeetingWorld } from './meeting.world'

type World = Awaited<ReturnType<typeof makeMeetingWorld>>

/** The live records a meeting produced, as `kind:personId`, sorted. */
async function liveRecords(world: World, meetingId: string): Promise<string[]> {
  const all = await world.store.methodRecords.listBySourceMeeting(meetingId)
  return all
    .filter((r) => r.withdrawnAt === null)
    .map((r) => `${r.kind}:${r.personId}`)
    .sort()
}

describe('recording a meeting (record once, reuse everywhere)', () => {
  it("creates the lead's lead-study record and each speaker's exchange record when the meeting is held", async () => {
    const world = await makeMeetingWorld()
    const p = world.people
    const m = await world.record()
    expect(m.item).toMatchObject({ name: '11月20日党组会', status: 'completed', compliant: true, time: '09:00' })
    expect(m.firstItem).toMatchObject({ title: '在二十届中央政治局第一次集体学习时的讲话', source: '《求是》2026年第20期' })
    expect(m.firstItem?.leadName).toBe(p.unitLeader.name)
    expect(m.records.map((r) => r.kindLabel).sort()).toEqual(['以会代训领学', '在交流中互学', '在交流中互学'])
    expect(await liveRecords(world, m.item.id)).toEqual(
      [`exchange:${p.cadre.id}`, `exchange:${p.districtLeader.id}`, `leadStudy:${p.unitLeader.id}`].sort()
    )

    // The speaker sees it in their records and on their home, marked as coming from the meeting.
    const mine = dataOf<{ items: RecordItemView[] }>(await world.as(p.cadre)('record.list', {}))
    const exchange = mine.items.find((i) => i.kind === 'exchange')
    // Titled with the real meeting kind and date, never the category 党委会议 (issue 13 item 6).
    expect(exchange).toMatchObject({
      fromMeeting: true,
      canWithdraw: false,
      date: '2026-11-20',
      title: '党组会 11月20日 · 交流发言'
    })
    const body = dataOf<RecordDetailView>(await world.as(p.cadre)('record.get', { id: exchange?.id ?? '' })).body
    expect(body.kind === 'exchange' && body.details.occasionName).toBe('党组会')
    const home = dataOf<{ summary: HomeView }>(await world.as(p.cadre)('home.get', {})).summary
    expect(home.latest.map((i) => i.id)).toContain(exchange?.id)
    // Only a studying person's exchange is theirs: the self-study count is untouched.
    expect(home.study.count).toBe(0)
  })

  it('updates the same records on edit, withdraws the ones no longer wanted, and never counts twice', async () => {
    const world = await makeMeetingWorld()
    const p = world.people
    const m = await world.record()
    const before = await world.store.methodRecords.listBySourceMeeting(m.item.id)
    const cadreRecord = before.find((r) => r.personId === p.cadre.id)
    const edited = dataOf<MeetingDetailView>(
      await world.as(p.unitSecretary)(
        'meeting.save',
        world.heldMeeting({ id: m.item.id, speakers: [{ personId: p.cadre.id, points: '修改后的发言要点' }] })
      )
    )
    expect(edited.records).toHaveLength(2)
    expect(await liveRecords(world, m.item.id)).toEqual([`exchange:${p.cadre.id}`, `leadStudy:${p.unitLeader.id}`].sort())
    const after = await world.store.methodRecords.get(cadreRecord?.id ?? '')
    expect(after?.kind === 'exchange' && after.details.content).toMatch(/修改后的发言要点/)
    const leader = (await world.store.methodRecords.listBySourceMeeting(m.item.id)).find(
      (r) => r.personId === p.districtLeader.id
    )
    expect(leader?.withdrawnAt).not.toBeNull()
    const counts = await world.store.methodRecords.countByUnit('unitA', 2026, '2026-11')
    expect(counts.get(p.cadre.id)).toEqual({ exchange: 1 })
    expect(counts.get(p.districtLeader.id)).toBeUndefined()
  })

  it('withdraws every record with the meeting', async () => {
    const world = await makeMeetingWorld()
    const m = await world.record()
    const out = dataOf<MeetingDetailView>(
      await world.as(world.people.unitSecretary)('meeting.withdraw', { id: m.item.id, reason: '重复录入' })
    )
    expect(out.item).toMatchObject({ withdrawn: true, statusLabel: '已撤销' })
    expect(out.records).toEqual([])
    expect(await liveRecords(world, m.item.id)).toEqual([])
    const again = await world.as(world.people.unitSecretary)('meeting.save', world.heldMeeting({ id: m.item.id }))
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('records once when the same request is retried, and yields records only once the meeting is held', async () => {
    const world = await makeMeetingWorld()
    const sec = world.as(world.people.unitSecretary)
    const planned = world.heldMeeting({ status: 'planned', day: '2026-11-25' })
    const first = dataOf<MeetingDetailView>(await sec('meeting.save', planned, 'same-key-0001'))
    const second = dataOf<MeetingDetailView>(await sec('meeting.save', planned, 'same-key-0001'))
    expect(second.item.id).toBe(first.item.id)
    expect(await world.store.meetings.listByUnit('unitA', 2026)).toHaveLength(1)
    expect(first.records).toEqual([])
    const early = await sec('meeting.save', world.heldMeeting({ id: first.item.id, day: '2026-11-25' }))
    expect(early).toMatchObject({ ok: false, code: 'VALIDATION', field: 'status' })
    world.setNow('2026-11-25T06:00:00Z')
    const held = dataOf<MeetingDetailView>(await sec('meeting.save', world.heldMeeting({ id: first.item.id, day: '2026-11-25' })))
    expect(held.records).toHaveLength(3)
    expect(held.completedAt).toBe('2026-11-25T06:00:00.000Z')
  })

  it('checks the form: lead and speakers from the unit, a title, a lead for study items', async () => {
    const world = await makeMeetingWorld()
    const sec = world.as(world.people.unitSecretary)
    expect(await sec('meeting.save', world.heldMeeting({ leadId: world.people.otherCadre.id }))).toMatchObject({
      ok: false,
      field: 'leadId',
      message: '领学人应为本单位在册人员'
    })
    expect(await sec('meeting.save', world.heldMeeting({ leadId: null }))).toMatchObject({ ok: false, field: 'leadId' })
    // 主要负责同志 or a 班子成员 leads the first item: a plain cadre of the unit is refused, a 班子成员 taken.
    expect(await sec('meeting.save', world.heldMeeting({ leadId: world.people.cadre.id }))).toMatchObject({
      ok: false,
      field: 'leadId',
      message: '领学人应为本单位主要负责同志或班子成员'
    })
    expect(await world.store.meetings.listByUnit('unitA', 2026)).toEqual([])
    await world.store.people.update({ ...world.people.cadre, position: '党组成员、副局长' })
    expect(await sec('meeting.save', world.heldMeeting({ leadId: world.people.cadre.id }))).toMatchObject({ ok: true })
    type Roster = { people: { id: string; leadEligible: boolean }[] }
    const roster = dataOf<Roster>(await sec('meeting.roster', {}))
    expect(
      roster.people
        .filter((p) => p.leadEligible)
        .map((p) => p.id)
        .sort()
    ).toEqual([world.people.cadre.id, world.people.unitLeader.id].sort())
    expect(await sec('meeting.save', world.heldMeeting({ speechId: null, title: '' }))).toMatchObject({
      ok: false,
      field: 'title'
    })
    expect(await sec('meeting.save', world.heldMeeting({ speakers: [] }))).toMatchObject({
      ok: false,
      message: '研讨式学习请至少填写一位交流发言人'
    })
    const plan = world.heldMeeting({ status: 'planned', day: '2026-11-27', speechId: null, leadId: null, speakers: [] })
    const planned = dataOf<MeetingDetailView>(await sec('meeting.save', plan))
    expect(planned.firstItem).toBeNull()
    expect(planned.item).toMatchObject({ status: 'planned', compliant: null, statusLabel: '计划召开' })
    const other = dataOf<MeetingDetailView>(
      await sec('meeting.save', world.heldMeeting({ contentType: 'other', speechId: null, title: '研究部署年底重点工作' }))
    )
    expect(other.item.compliant).toBe(false)
    expect(other.records).toEqual([])
  })
})

describe('who may see and change meetings', () => {
  it("keeps a unit's meetings from another unit's secretary, and cadres from editing", async () => {
    const world = await makeMeetingWorld()
    const m = await world.record()
    const secB = world.as(world.secretaryB)
    expect(await secB('meeting.get', { id: m.item.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await secB('meeting.save', world.heldMeeting({ id: m.item.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await secB('meeting.withdraw', { id: m.item.id, reason: '试试' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(dataOf<{ items: unknown[] }>(await secB('meeting.list', {})).items).toEqual([])
    expect(await secB('meeting.list', { unitId: 'unitA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await world.as(world.people.cadre)('meeting.save', world.heldMeeting({ id: m.item.id }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
    const leader = dataOf<MeetingDetailView>(await world.as(world.people.unitLeader)('meeting.get', { id: m.item.id }))
    expect(leader).toMatchObject({ canEdit: false, canTakeAttendance: false })
    expect(dataOf<MeetingDetailView>(await world.as(world.people.admin)('meeting.get', { id: m.item.id })).canEdit).toBe(true)
  })

  it('locks a held meeting after 30 days; only the admin may then correct it, with an audited reason', async () => {
    const world = await makeMeetingWorld()
    const m = await world.record()
    world.setNow('2026-12-21T02:00:00Z')
    const sec = world.as(world.people.unitSecretary)
    expect(await sec('meeting.save', world.heldMeeting({ id: m.item.id, place: '五楼' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT'
    })
    const admin = world.as(world.people.admin)
    expect(await admin('meeting.save', world.heldMeeting({ id: m.item.id, place: '五楼' }))).toMatchObject({
      ok: false,
      field: 'reason'
    })
    const fixed = dataOf<MeetingDetailView>(
      await admin('meeting.save', world.heldMeeting({ id: m.item.id, place: '五楼', reason: '更正会议地点' }))
    )
    expect(fixed.item).toMatchObject({ place: '五楼', locked: true })
    const trail = await world.store.audit.listByEntity('meeting', m.item.id)
    expect(trail.at(-1)).toMatchObject({ action: 'update', actorId: world.people.admin.id, reason: '更正会议地点' })
  })
})
