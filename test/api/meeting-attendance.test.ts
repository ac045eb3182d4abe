import type { AttendeeView, MeetingDetailView, MeetingItemView } from '../../src/core/contract'
import { readCheckInToken, signCheckInToken } from '../../cloudfunctions/lib/services/meeting/meeting.token'
import { dataOf } from './world'
import { CHECKIN_SECRET, makeMeetingWorld } from './meeting.world'

type Qr = { token: string; validFrom: string; validUntil: string; windowLabel: string }

/** A planned meeting of unit A today at 10:00 China time (02:00Z) and its QR token. */
async function plannedWithQr() {
  const world = await makeMeetingWorld('2026-11-20T01:00:00Z')
  const m = await world.record({ status: 'planned', time: '10:00' })
  const qr = dataOf<Qr>(await world.as(world.people.unitSecretary)('meeting.qr', { meetingId: m.item.id }))
  return { world, m, qr }
}

const presentIds = async (world: Awaited<ReturnType<typeof makeMeetingWorld>>, meetingId: string) =>
  (await world.store.attendance.listByMeeting(meetingId)).filter((a) => a.present).map((a) => a.personId)

describe('check-in tokens', () => {
  it('read back what they sign and reject any change', () => {
    const token = signCheckInToken('k', 'm1', '2026-11-20T02:00:00.000Z')
    expect(readCheckInToken('k', token)).toEqual({ meetingId: 'm1', startsAt: '2026-11-20T02:00:00.000Z' })
    expect(
      readCheckInToken('k', `https://x/#/packages/meeting/pages/checkin/index?t=${encodeURIComponent(token)}`)
    ).not.toBeNull()
    expect(readCheckInToken('other-key', token)).toBeNull()
    const [id, start, sig] = token.split('.')
    expect(readCheckInToken('k', `m2.${start}.${sig}`)).toBeNull()
    expect(readCheckInToken('k', `${id}.${(parseInt(start, 36) + 3600).toString(36)}.${sig}`)).toBeNull()
    expect(readCheckInToken('k', 'garbage')).toBeNull()
  })

  it('read a malformed percent-encoding as no token, not a crash', () => {
    expect(readCheckInToken('k', 'm1.tpb960.%E0%A4%A')).toBeNull()
    expect(readCheckInToken('k', 'https://x/#/packages/meeting/pages/checkin/index?t=%')).toBeNull()
  })
})

describe('attendance by QR code', () => {
  it('answers scanned text with a broken escape as an invalid code, naming the token', async () => {
    const { world } = await plannedWithQr()
    for (const token of ['%E0%A4%A', 'theory-checkin?t=%ZZ']) {
      expect(await world.as(world.people.cadre)('meeting.checkIn', { token })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        field: 'token',
        message: expect.stringContaining('二维码无效')
      })
    }
  })

  it('is valid from 30 minutes before to 2 hours after the start', async () => {
    const { world, m, qr } = await plannedWithQr()
    expect(qr).toMatchObject({ validFrom: '2026-11-20T01:30:00.000Z', validUntil: '2026-11-20T04:00:00.000Z' })
    expect(qr.windowLabel).toBe('会议开始前30分钟至开始后2小时')
    const cadre = world.as(world.people.cadre)

    world.setNow('2026-11-20T01:29:00Z')
    const early = await cadre('meeting.checkIn', { token: qr.token })
    expect(early).toMatchObject({ ok: false, code: 'VALIDATION', field: 'token' })
    expect(!early.ok && early.message).toMatch(/签到尚未开始/)
    expect(await presentIds(world, m.item.id)).toEqual([])

    world.setNow('2026-11-20T01:30:00Z')
    const done = dataOf<{ already: boolean; meetingName: string }>(await cadre('meeting.checkIn', { token: qr.token }))
    expect(done).toMatchObject({ already: false, meetingName: '11月20日党组会' })
    expect(dataOf<{ already: boolean }>(await cadre('meeting.checkIn', { token: qr.token })).already).toBe(true)
    expect(await presentIds(world, m.item.id)).toEqual([world.people.cadre.id])

    world.setNow('2026-11-20T04:00:01Z')
    const late = await world.as(world.people.districtLeader)('meeting.checkIn', { token: qr.token })
    expect(!late.ok && late.message).toMatch(/签到已结束/)
    expect(await presentIds(world, m.item.id)).toEqual([world.people.cadre.id])
  })

  it('refuses forged, other-unit and outdated codes with a clear message and records nothing', async () => {
    const { world, m, qr } = await plannedWithQr()
    world.setNow('2026-11-20T02:05:00Z')
    const forged = qr.token.slice(0, -2) + (qr.token.endsWith('AA') ? 'BB' : 'AA')
    expect(await world.as(world.people.cadre)('meeting.checkIn', { token: forged })).toMatchObject({
      ok: false,
      message: '二维码无效，请扫描会议记录员出示的签到码'
    })
    const other = await world.as(world.people.otherCadre)('meeting.checkIn', { token: qr.token })
    expect(other).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(!other.ok && other.message).toMatch(/区发展和改革局会议的签到码，您不是该单位人员/)
    // Moving the meeting makes the printed code stale.
    await world.as(world.people.unitSecretary)(
      'meeting.save',
      world.heldMeeting({ id: m.item.id, status: 'planned', time: '10:30' })
    )
    const stale = await world.as(world.people.cadre)('meeting.checkIn', { token: qr.token })
    expect(!stale.ok && stale.message).toMatch(/会议时间已调整/)
    expect(await presentIds(world, m.item.id)).toEqual([])
    // A code signed with another secret is as good as forged.
    const foreign = signCheckInToken('not-the-secret', m.item.id, m.item.day)
    expect(await world.as(world.people.cadre)('meeting.checkIn', { token: foreign })).toMatchObject({ ok: false, field: 'token' })
    expect(CHECKIN_SECRET).not.toBe('not-the-secret')
  })

  it('lets the secretary tick people by hand and shows who came how', async () => {
    const { world, m, qr } = await plannedWithQr()
    world.setNow('2026-11-20T02:00:00Z')
    await world.as(world.people.cadre)('meeting.checkIn', { token: qr.token })
    const sec = world.as(world.people.unitSecretary)
    const ticked = dataOf<{ attendees: AttendeeView[] }>(
      await sec('meeting.attendance.mark', { meetingId: m.item.id, personId: world.people.unitLeader.id, present: true })
    )
    const by = Object.fromEntries(ticked.attendees.map((a) => [a.personId, a.via]))
    expect(by).toEqual({
      [world.people.unitLeader.id]: 'manual',
      [world.people.cadre.id]: 'qr',
      [world.people.districtLeader.id]: null
    })
    const untick = await sec('meeting.attendance.mark', { meetingId: m.item.id, personId: world.people.cadre.id, present: false })
    expect(dataOf<{ attendees: AttendeeView[] }>(untick).attendees.filter((a) => a.present)).toHaveLength(1)
    expect(
      await sec('meeting.attendance.mark', { meetingId: m.item.id, personId: world.people.otherCadre.id, present: true })
    ).toMatchObject({
      ok: false,
      field: 'personId'
    })
    expect(
      await world.as(world.secretaryB)('meeting.attendance.mark', {
        meetingId: m.item.id,
        personId: world.people.cadre.id,
        present: true
      })
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await world.as(world.secretaryB)('meeting.qr', { meetingId: m.item.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
    const detail = dataOf<MeetingDetailView>(await sec('meeting.get', { id: m.item.id }))
    expect(detail.item.presentCount).toBe(1)
  })
})

describe('presence defaults (issue 10)', () => {
  it('a meeting recorded after the fact shows its participants present, and the secretary unticks the absent', async () => {
    const world = await makeMeetingWorld('2026-11-22T01:00:00Z')
    const m = await world.record()
    expect(m.item.presentCount).toBe(3)
    expect(m.attendees.every((a) => a.present && a.via === null)).toBe(true)
    const sec = world.as(world.people.unitSecretary)
    const untick = dataOf<{ attendees: AttendeeView[] }>(
      await sec('meeting.attendance.mark', { meetingId: m.item.id, personId: world.people.cadre.id, present: false })
    )
    expect(untick.attendees.filter((a) => a.present).map((a) => a.personId)).toEqual([
      world.people.unitLeader.id,
      world.people.districtLeader.id
    ])
    const detail = dataOf<MeetingDetailView>(await sec('meeting.get', { id: m.item.id }))
    expect(detail.item.presentCount).toBe(2)
  })

  it('a planned meeting shows nobody present until someone scans or is ticked', async () => {
    const { m } = await plannedWithQr()
    expect(m.item.presentCount).toBe(0)
    expect(m.attendees.some((a) => a.present)).toBe(false)
  })
})

describe('first-agenda coverage', () => {
  it("shows a unit's month with compliant, non-compliant and overdue meetings, and the district by area", async () => {
    const world = await makeMeetingWorld('2026-11-25T02:00:00Z')
    const sec = world.as(world.people.unitSecretary)
    await world.record({ day: '2026-11-03' })
    await world.record({ day: '2026-11-10', contentType: 'none' })
    await world.record({ day: '2026-11-12', status: 'planned' })
    await world.record({ day: '2026-11-24', status: 'planned' })
    await world.record({ day: '2026-10-30' })
    const unit = dataOf<{
      coverage: Record<string, number | null>
      nonCompliant: MeetingItemView[]
      unrecorded: MeetingItemView[]
    }>(await sec('meeting.coverage', {}))
    expect(unit.coverage).toEqual({ meetings: 3, compliant: 1, nonCompliant: 2, overdue: 1, pending: 1, rate: 33.3 })
    expect(unit.nonCompliant.map((m) => m.day)).toEqual(['2026-11-10'])
    expect(unit.unrecorded.map((m) => [m.day, m.overdue])).toEqual([
      ['2026-11-24', false],
      ['2026-11-12', true]
    ])
    const quarter = dataOf<{ coverage: { meetings: number }; period: { label: string } }>(
      await sec('meeting.coverage', { period: 'quarter' })
    )
    expect(quarter).toMatchObject({ coverage: { meetings: 4 }, period: { label: '2026年第四季度' } })

    const district = dataOf<{
      areas: Array<{ areaId: string; coverage: { meetings: number } }>
      units: Array<{ unitId: string }>
    }>(await world.as(world.people.admin)('meeting.districtCoverage', {}))
    expect(district.areas).toEqual([
      expect.objectContaining({ areaId: 'area1', coverage: expect.objectContaining({ meetings: 3 }) })
    ])
    expect(district.units.map((u) => u.unitId).sort()).toEqual(['unitA', 'unitB'])
    expect(await world.as(world.secretaryB)('meeting.coverage', { unitId: 'unitA' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN'
    })
  })

  it('links classic texts the admin keeps, and hides retired ones from the form', async () => {
    const world = await makeMeetingWorld()
    const admin = world.as(world.people.admin)
    const vol1 = dataOf<{ id: string }>(await admin('classic.save', { title: '《习近平谈治国理政》第一卷' }))
    const old = dataOf<{ id: string }>(await admin('classic.save', { title: '旧版读本', active: false }))
    const listed = dataOf<{ items: Array<{ id: string }> }>(await world.as(world.people.cadre)('classic.list', {}))
    expect(listed.items.map((c) => c.id)).toEqual([vol1.id])
    const all = dataOf<{ items: Array<{ id: string }> }>(await admin('classic.list', { includeInactive: true }))
    expect(all.items.map((c) => c.id).sort()).toEqual([vol1.id, old.id].sort())
    const m = await world.record({
      classics: [{ classicId: vol1.id, chapter: '紧紧围绕坚持和发展中国特色社会主义', pages: '21-27' }]
    })
    expect(m.firstItem?.classics).toEqual([
      { classicId: vol1.id, title: '《习近平谈治国理政》第一卷', chapter: '紧紧围绕坚持和发展中国特色社会主义', pages: '21-27' }
    ])
  })
})
