import type { AttendeeView, FirstItemView, MeetingDetailView, MeetingItemView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { Attendance, FirstAgendaItem, Meeting, MethodRecord, Person } from '../../../../src/core/model'
import { CONTENT_TYPE_LABELS, RECORD_KIND_LABELS } from '../../../../src/core/model'
import {
  awaitsRecord,
  isCompliant,
  isLocked,
  isOverdue,
  meetingClock,
  meetingName,
  recordDeadline
} from '../../../../src/core/rules/agenda'
import { isPresent } from '../../../../src/core/rules/presence'
import type { StatusText } from '../../../../src/core/status'
import { dayOf } from '../../../../src/core/time'
import type { ActionContext } from '../context'
import { callerOf } from '../context'

// Stored meetings → what the unit and admin pages show, and the row-level checks behind the
// contract's role gate: a unit's people see their own unit's meetings only; the admin sees all.

/** The status as it reads in lists. */
function statusLabel(m: Meeting, now: Date): StatusText {
  if (m.withdrawnAt) return '已撤销'
  if (m.status === 'completed') return '已召开'
  return awaitsRecord(m, now) ? '待记录' : '计划召开'
}

/** A meeting as a list line. */
export function meetingItemView(m: Meeting, unitName: string, now: Date, presentCount: number | null = null): MeetingItemView {
  const today = dayOf(now)
  return {
    id: m.id,
    unitId: m.unitId,
    unitName,
    kind: m.kind,
    name: meetingName(m, today),
    day: m.day,
    time: meetingClock(m.startsAt),
    place: m.place,
    status: m.status,
    statusLabel: statusLabel(m, now),
    firstItem: m.firstItem ? { typeLabel: CONTENT_TYPE_LABELS[m.firstItem.contentType], title: m.firstItem.title } : null,
    compliant: m.status === 'completed' ? isCompliant(m) : null,
    awaitingRecord: awaitsRecord(m, now),
    overdue: isOverdue(m, today),
    recordBy: recordDeadline(m.day),
    locked: isLocked(m, now),
    withdrawn: m.withdrawnAt !== null,
    attendeeCount: m.attendeeIds.length,
    presentCount
  }
}

export function firstItemView(item: FirstAgendaItem): FirstItemView {
  return { ...item, typeLabel: CONTENT_TYPE_LABELS[item.contentType] }
}

const isAdmin = (p: Person) => p.roles.includes('admin')

/** The meeting, if the caller may see it: the admin any, others their own unit's only. */
export async function visibleMeeting(ctx: ActionContext, id: string, field = 'id'): Promise<Meeting> {
  const caller = callerOf(ctx)
  const m = await ctx.repos.meetings.get(id)
  if (!m) throw new AppError('NOT_FOUND', '找不到这次会议', { field })
  if (!isAdmin(caller) && m.unitId !== caller.unitId) throw new AppError('FORBIDDEN', '只能查看和记录本单位的会议')
  return m
}

/** Whether the caller may change the meeting now, and whether a reason is needed to. */
export function editRights(caller: Person, m: Meeting, now: Date): { canEdit: boolean; needsReason: boolean } {
  if (m.withdrawnAt) return { canEdit: false, needsReason: false }
  const locked = isLocked(m, now)
  if (isAdmin(caller)) return { canEdit: true, needsReason: locked }
  const secretary = caller.roles.includes('unitSecretary') && caller.unitId === m.unitId
  return { canEdit: secretary && !locked, needsReason: false }
}

/** Throws unless the caller may change the meeting now (a locked one: the admin, with a reason). */
export function assertEditable(ctx: ActionContext, m: Meeting, reason: string | null): void {
  const caller = callerOf(ctx)
  if (m.withdrawnAt) throw new AppError('CONFLICT', '该会议已撤销，不能再修改')
  const rights = editRights(caller, m, ctx.now)
  if (!rights.canEdit) {
    if (isLocked(m, ctx.now)) throw new AppError('CONFLICT', '会议记录已满30天并锁定；如需更正，请联系区委宣传部')
    throw new AppError('FORBIDDEN', '只能修改本单位的会议记录')
  }
  if (rights.needsReason && !reason) {
    throw new AppError('VALIDATION', '该会议记录已锁定，修改或撤销请填写原因', { field: 'reason' })
  }
}

/**
 * Everyone expected or marked, with their presence: the expected list first (roster order), then
 * walk-ins. Once the meeting is held, the expected count as present unless unticked (isPresent),
 * so a meeting recorded after the fact never reads 已到 0 人.
 */
export async function attendeeViews(ctx: ActionContext, m: Meeting, rows?: Attendance[]): Promise<AttendeeView[]> {
  const marks = rows ?? (await ctx.repos.attendance.listByMeeting(m.id))
  const byPerson = new Map(marks.map((a) => [a.personId, a]))
  const people = new Map((await ctx.repos.people.listByUnit(m.unitId)).map((p) => [p.id, p]))
  const ids = [...m.attendeeIds, ...marks.map((a) => a.personId).filter((id) => !m.attendeeIds.includes(id))]
  const out: AttendeeView[] = []
  for (const id of ids) {
    const p = people.get(id) ?? (await ctx.repos.people.get(id))
    const mark = byPerson.get(id)
    out.push({
      personId: id,
      name: p?.name ?? '（已不在名册）',
      position: p?.position ?? '',
      expected: m.attendeeIds.includes(id),
      present: isPresent(m.attendeeIds.includes(id), mark?.present, m.status === 'completed'),
      via: mark?.present ? mark.via : null,
      at: mark?.present ? mark.at : null
    })
  }
  return out
}

/** A meeting with everything its page shows, as the caller may use it. */
export async function meetingDetailView(
  ctx: ActionContext,
  m: Meeting,
  liveRecords?: MethodRecord[]
): Promise<MeetingDetailView> {
  const caller = callerOf(ctx)
  // A write passes the records it just synced: inside a CloudBase transaction a query would not see them.
  // In sequence, not Promise.all: inside a transaction the reads by id (the unit, attendees who left
  // the unit) are transaction operations, which must not overlap.
  const unit = await ctx.repos.units.get(m.unitId)
  const attendees = await attendeeViews(ctx, m)
  const records = liveRecords ?? (await ctx.repos.methodRecords.listBySourceMeeting(m.id))
  const live = records.filter((r) => r.withdrawnAt === null)
  const names = new Map<string, string>()
  for (const r of live) if (!names.has(r.personId)) names.set(r.personId, (await ctx.repos.people.get(r.personId))?.name ?? '')
  const rights = editRights(caller, m, ctx.now)
  return {
    item: meetingItemView(m, unit?.name ?? '', ctx.now, attendees.filter((a) => a.present).length),
    attendees,
    guests: m.guests,
    firstItem: m.firstItem ? firstItemView(m.firstItem) : null,
    otherItems: m.otherItems,
    completedAt: m.completedAt,
    withdrawReason: m.withdrawReason,
    records: live.map((r) => ({ id: r.id, personName: names.get(r.personId) ?? '', kindLabel: RECORD_KIND_LABELS[r.kind] })),
    canEdit: rights.canEdit,
    needsReason: rights.needsReason,
    canTakeAttendance: !m.withdrawnAt && caller.roles.includes('unitSecretary') && caller.unitId === m.unitId
  }
}
