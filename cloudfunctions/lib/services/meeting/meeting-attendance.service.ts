import { AppError } from '../../../../src/core/contract'
import type { Attendance, Meeting } from '../../../../src/core/model'
import { isLocked, meetingName } from '../../../../src/core/rules/agenda'
import {
  checkInBounds,
  checkInProblem,
  checkInState,
  DEFAULT_CHECKIN_WINDOW,
  windowLabel
} from '../../../../src/core/rules/attendance'
import { isPresent } from '../../../../src/core/rules/presence'
import { dayOf } from '../../../../src/core/time'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf } from '../context'
import { readCheckInToken, signCheckInToken } from './meeting.token'
import { attendeeViews, visibleMeeting } from './meeting.views'

// Attendance: the secretary shows a signed, time-limited QR code and cadres scan it, or the
// secretary ticks people by hand. One row per (meeting, person), flipped, never deleted.

type AttendanceHandlers = Pick<HandlerTable, 'meeting.qr' | 'meeting.checkIn' | 'meeting.attendance.mark'>

const ENTITY = 'meetingAttendance'
const INVALID = '二维码无效，请扫描会议记录员出示的签到码'

function secretOf(ctx: ActionContext): string {
  const secret = ctx.deps.attendanceSecret
  if (!secret) throw new AppError('INTERNAL', '扫码签到尚未配置密钥，请联系区委宣传部')
  return secret
}

const windowOf = (ctx: ActionContext) => ctx.deps.checkInWindow ?? DEFAULT_CHECKIN_WINDOW

/** Only the meeting's own unit secretary takes its attendance, and not once it is withdrawn or locked. */
function requireAttendanceTaker(ctx: ActionContext, m: Meeting, allowAdmin: boolean): void {
  const caller = callerOf(ctx)
  const ownSecretary = caller.roles.includes('unitSecretary') && caller.unitId === m.unitId
  if (!ownSecretary && !(allowAdmin && caller.roles.includes('admin'))) {
    throw new AppError('FORBIDDEN', '只能由本单位的记录员组织签到')
  }
  if (m.withdrawnAt) throw new AppError('CONFLICT', '该会议已撤销')
  if (isLocked(m, ctx.now)) throw new AppError('CONFLICT', '会议记录已满30天并锁定，不能再修改签到')
}

async function mark(
  ctx: ActionContext,
  m: Meeting,
  personId: string,
  present: boolean,
  via: Attendance['via']
): Promise<Attendance> {
  const row: Attendance = {
    id: `${m.id}.${personId}`,
    meetingId: m.id,
    personId,
    present,
    via,
    at: ctx.now.toISOString(),
    by: callerOf(ctx).id
  }
  await ctx.repos.attendance.put(row)
  await audit(ctx, ENTITY, row.id, present ? 'present' : 'absent', row)
  return row
}

export const attendanceHandlers: AttendanceHandlers = {
  async 'meeting.qr'(input, ctx) {
    const m = await visibleMeeting(ctx, input.meetingId, 'meetingId')
    requireAttendanceTaker(ctx, m, false)
    const window = windowOf(ctx)
    const { from, until } = checkInBounds(m.startsAt, window)
    const unit = await ctx.repos.units.get(m.unitId)
    return {
      token: signCheckInToken(secretOf(ctx), m.id, m.startsAt),
      meetingName: meetingName(m, dayOf(ctx.now)),
      unitName: unit?.name ?? '',
      validFrom: new Date(from).toISOString(),
      validUntil: new Date(until).toISOString(),
      windowLabel: windowLabel(window)
    }
  },

  async 'meeting.checkIn'(input, ctx) {
    const caller = callerOf(ctx)
    const claim = readCheckInToken(secretOf(ctx), input.token)
    const m = claim ? await ctx.repos.meetings.get(claim.meetingId) : null
    if (!claim || !m) throw new AppError('VALIDATION', INVALID, { field: 'token' })
    const unit = await ctx.repos.units.get(m.unitId)
    if (m.unitId !== caller.unitId) {
      throw new AppError('FORBIDDEN', `这是${unit?.name ?? '其他单位'}会议的签到码，您不是该单位人员，未记录签到`)
    }
    if (m.withdrawnAt) throw new AppError('CONFLICT', '该会议已撤销，无需签到')
    if (Date.parse(claim.startsAt) !== Date.parse(m.startsAt)) {
      throw new AppError('CONFLICT', '会议时间已调整，此签到码已失效，请让记录员重新出示二维码')
    }
    const problem = checkInProblem(checkInState(m.startsAt, ctx.now, windowOf(ctx)), windowOf(ctx))
    if (problem) throw new AppError('VALIDATION', problem, { field: 'token' })
    const before = await ctx.repos.attendance.get(`${m.id}.${caller.id}`)
    const row = before?.present ? before : await mark(ctx, m, caller.id, true, 'qr')
    return { meetingName: meetingName(m, dayOf(ctx.now)), unitName: unit?.name ?? '', at: row.at, already: !!before?.present }
  },

  async 'meeting.attendance.mark'(input, ctx) {
    const m = await visibleMeeting(ctx, input.meetingId, 'meetingId')
    requireAttendanceTaker(ctx, m, true)
    const person = await ctx.repos.people.get(input.personId)
    if (!person || person.unitId !== m.unitId) {
      throw new AppError('VALIDATION', '只能为本单位在册人员登记出席', { field: 'personId' })
    }
    // Lists read committed data (CloudBase transactions), so show the new mark from here, not from a re-read.
    const rows = await ctx.repos.attendance.listByMeeting(m.id)
    const before = rows.find((r) => r.personId === person.id)
    // Compare with the presence shown (a held meeting's listed people are present by default), so
    // unticking someone never marked writes the absence.
    const shown = isPresent(m.attendeeIds.includes(person.id), before?.present, m.status === 'completed')
    if (shown === input.present) return { attendees: await attendeeViews(ctx, m, rows) }
    const row = await mark(ctx, m, person.id, input.present, 'manual')
    return { attendees: await attendeeViews(ctx, m, [...rows.filter((r) => r.personId !== person.id), row]) }
  }
}
