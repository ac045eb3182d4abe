import type { ParsedInputOf } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { ClassicLink, FirstAgendaItem, Meeting, MethodRecord, Person, Unit } from '../../../../src/core/model'
import { meetingInstant, meetingRecordWishes } from '../../../../src/core/rules/agenda'
import { canLead, leadProblem } from '../../../../src/core/rules/central-group'
import { dayOf, monthOfDay, yearOf } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { syncMeetingRecords, withdrawMeetingRecords } from '../methods/methods.records'
import { attendanceHandlers } from './meeting-attendance.service'
import { coverageHandlers } from './meeting-coverage.service'
import { assertEditable, meetingDetailView, meetingItemView, visibleMeeting } from './meeting.views'
import { viewableUnit } from '../methods/study.service'

type RecordHandlers = Pick<HandlerTable, 'meeting.list' | 'meeting.get' | 'meeting.save' | 'meeting.withdraw' | 'meeting.roster'>
type MeetingAction = Extract<keyof HandlerTable, `meeting.${string}` | `classic.${string}`>
type SaveInput = ParsedInputOf<'meeting.save'>

/** The audit entity of a meeting. */
export const MEETING_ENTITY = 'meeting'

/** Throws unless every id is one of the unit's people. */
function requireMembers(
  people: Map<string, Person>,
  ids: readonly (string | null | undefined)[],
  field: string,
  message: string
) {
  if (ids.some((id) => id && !people.has(id))) throw new AppError('VALIDATION', message, { field })
}

/** The first agenda item from the form, with names, speech and classic titles filled in from the store. */
async function firstItemOf(ctx: ActionContext, input: SaveInput, people: Map<string, Person>): Promise<FirstAgendaItem | null> {
  if (input.contentType === 'none' || (!input.title && !input.speechId)) return null
  const study = input.contentType !== 'other'
  let title = input.title ?? ''
  let source = input.source
  if (input.speechId) {
    const speech = await ctx.repos.speeches.get(input.speechId)
    if (!speech) throw new AppError('NOT_FOUND', '目录中没有这篇讲话，请重新选择', { field: 'speechId' })
    title = title || speech.title
    source = source ?? speech.source
  }
  const classics: ClassicLink[] = []
  for (const link of study ? input.classics : []) {
    const classic = await ctx.repos.classics.get(link.classicId)
    if (!classic) throw new AppError('NOT_FOUND', '经典著作目录中没有这一项，请重新选择', { field: 'classics' })
    classics.push({ classicId: classic.id, title: classic.title, chapter: link.chapter, pages: link.pages })
  }
  const lead = study && input.leadId ? (people.get(input.leadId) ?? null) : null
  return {
    contentType: input.contentType,
    title,
    speechId: input.speechId ?? null,
    source,
    leadId: lead?.id ?? null,
    leadName: lead?.name ?? null,
    leadMode: study ? (input.leadMode ?? null) : null,
    discussion: study && input.discussion,
    speakers: study
      ? input.speakers.map((s) => ({ personId: s.personId, name: people.get(s.personId)?.name ?? '', points: s.points }))
      : [],
    tiedToWork: study ? input.tiedToWork : null,
    followUp: input.followUp,
    classics
  }
}

/** The meeting as the form describes it (period fields from the start, in China time). */
async function buildMeeting(ctx: ActionContext, input: SaveInput, unit: Unit, existing: Meeting | null): Promise<Meeting> {
  const startsAt = meetingInstant(input.day, input.time)
  if (input.status === 'completed' && startsAt.getTime() > ctx.now.getTime()) {
    throw new AppError('VALIDATION', '会议还没有召开，不能记为“已召开”；可先保存为“计划召开”', { field: 'status' })
  }
  if (existing?.status === 'completed' && input.status === 'planned') {
    throw new AppError('VALIDATION', '已召开的会议不能改回“计划召开”；如记录有误，请撤销后重新记录', { field: 'status' })
  }
  const people = new Map((await ctx.repos.people.listByUnit(unit.id)).filter((p) => p.active).map((p) => [p.id, p]))
  requireMembers(people, input.attendeeIds, 'attendeeIds', '参会人员应为本单位在册人员')
  if (input.contentType !== 'none' && input.contentType !== 'other') {
    requireMembers(people, [input.leadId], 'leadId', '领学人应为本单位在册人员')
    // 通知一(三): the first item is led or relayed by the 主要负责同志 or a 班子成员.
    const problem = input.leadId ? leadProblem(people.get(input.leadId) ?? null, unit.id) : null
    if (problem) throw new AppError('VALIDATION', problem, { field: 'leadId' })
    requireMembers(
      people,
      input.speakers.map((s) => s.personId),
      'speakers',
      '交流发言人应为本单位在册人员'
    )
  }
  const day = dayOf(startsAt)
  const fields = {
    unitId: unit.id,
    areaId: unit.areaId,
    kind: input.kind,
    startsAt: startsAt.toISOString(),
    day,
    month: monthOfDay(day),
    year: yearOf(startsAt),
    place: input.place,
    status: input.status,
    attendeeIds: [...new Set(input.attendeeIds)],
    guests: input.guests,
    firstItem: await firstItemOf(ctx, input, people),
    otherItems: input.otherItems,
    completedAt: existing?.completedAt ?? (input.status === 'completed' ? ctx.now.toISOString() : null)
  }
  if (existing) return updatedStamp({ ...existing, ...fields }, ctx)
  return { id: newId(), ...fields, withdrawnAt: null, withdrawnBy: null, withdrawReason: null, ...createdStamp(ctx) }
}

/** Record once, reuse everywhere: the lead's and speakers' records follow what the meeting now says. */
async function syncRecords(ctx: ActionContext, m: Meeting): Promise<MethodRecord[]> {
  const wishes = meetingRecordWishes(m)
  const people = new Map((await ctx.repos.people.listByUnit(m.unitId)).map((p) => [p.id, p]))
  return syncMeetingRecords(
    ctx,
    m.id,
    wishes.map((w) => ({ ...w, person: { id: w.personId, unitId: people.get(w.personId)?.unitId ?? m.unitId } }))
  )
}

const recordHandlers: RecordHandlers = {
  async 'meeting.list'(input, ctx) {
    const unit = await viewableUnit(ctx, input.unitId)
    const year = input.year ?? yearOf(ctx.now)
    const items = await ctx.repos.meetings.listByUnit(unit.id, year)
    return { unitId: unit.id, unitName: unit.name, year, items: items.map((m) => meetingItemView(m, unit.name, ctx.now)) }
  },

  async 'meeting.get'(input, ctx) {
    return meetingDetailView(ctx, await visibleMeeting(ctx, input.id))
  },

  async 'meeting.save'(input, ctx) {
    const caller = callerOf(ctx)
    const existing = input.id ? await visibleMeeting(ctx, input.id) : null
    if (existing) assertEditable(ctx, existing, input.reason)
    else if (!caller.roles.includes('unitSecretary')) throw new AppError('FORBIDDEN', '会议由单位记录员新建和记录')
    const unit = await ctx.repos.units.get(existing?.unitId ?? caller.unitId)
    if (!unit) throw new AppError('NOT_FOUND', '找不到该单位')
    const meeting = await buildMeeting(ctx, input, unit, existing)
    if (existing) await ctx.repos.meetings.update(meeting)
    else await ctx.repos.meetings.insert(meeting)
    const action = !existing ? 'create' : existing.status === 'planned' && meeting.status === 'completed' ? 'complete' : 'update'
    await audit(ctx, MEETING_ENTITY, meeting.id, action, meeting, input.reason)
    return meetingDetailView(ctx, meeting, await syncRecords(ctx, meeting))
  },

  async 'meeting.withdraw'(input, ctx) {
    const existing = await visibleMeeting(ctx, input.id)
    assertEditable(ctx, existing, input.reason)
    const caller = callerOf(ctx)
    const withdrawn = updatedStamp(
      { ...existing, withdrawnAt: ctx.now.toISOString(), withdrawnBy: caller.id, withdrawReason: input.reason },
      ctx
    )
    await ctx.repos.meetings.update(withdrawn)
    await audit(ctx, MEETING_ENTITY, existing.id, 'withdraw', null, input.reason)
    await withdrawMeetingRecords(ctx, existing.id, `会议已撤销：${input.reason}`)
    return meetingDetailView(ctx, withdrawn, [])
  },

  async 'meeting.roster'(input, ctx) {
    const unit = await viewableUnit(ctx, input.unitId)
    const [people, classics] = await Promise.all([ctx.repos.people.listByUnit(unit.id), ctx.repos.classics.list()])
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
      people: people
        .filter((p) => p.active)
        .map((p) => ({
          id: p.id,
          name: p.name,
          position: p.position,
          leader: p.roles.includes('unitLeader'),
          leadEligible: canLead(p)
        })),
      classics: classics.filter((c) => c.active).map((c) => ({ id: c.id, title: c.title, active: c.active }))
    }
  }
}

/** Every meeting action (第一议题, SPEC §1): record, attendance, coverage, the classics catalogue. */
export const meetingHandlers: Pick<HandlerTable, MeetingAction> = {
  ...recordHandlers,
  ...attendanceHandlers,
  ...coverageHandlers
}
