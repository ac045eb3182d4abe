import type { SessionDetailView, SessionItemView } from '../../../../src/core/contract'
import type { MethodRecord, StudySession } from '../../../../src/core/model'
import { CONTENT_TYPE_LABELS, RECORD_KIND_LABELS } from '../../../../src/core/model'
import { meetingClock } from '../../../../src/core/rules/agenda'
import { presentMemberIds, sessionName } from '../../../../src/core/rules/central-group'
import type { StatusText } from '../../../../src/core/status'
import { dayOf } from '../../../../src/core/time'
import type { ActionContext } from '../context'
import { callerOf } from '../context'
import { isOwnSecretary } from './central-group.access'

// Stored sessions → what the pages show.

function statusLabel(s: StudySession, now: Date): StatusText {
  if (s.withdrawnAt) return '已撤销'
  if (s.status === 'completed') return '已召开'
  return Date.parse(s.startsAt) <= now.getTime() ? '待记录' : '计划召开'
}

/** A session as a list or calendar line. */
export function sessionItemView(s: StudySession, unitName: string, now: Date): SessionItemView {
  return {
    id: s.id,
    unitId: s.unitId,
    unitName,
    name: sessionName(s, dayOf(now)),
    day: s.day,
    month: s.month,
    time: meetingClock(s.startsAt),
    place: s.place,
    topic: s.topic,
    status: s.status,
    statusLabel: statusLabel(s, now),
    leadName: s.leadName,
    memberCount: s.memberIds.length,
    presentCount: presentMemberIds(s).length,
    withdrawn: s.withdrawnAt !== null
  }
}

/**
 * A session with everything its page shows. A write passes the records it just synced (inside a
 * CloudBase transaction a query would not see them); reads go one at a time, never Promise.all.
 */
export async function sessionDetailView(
  ctx: ActionContext,
  s: StudySession,
  liveRecords?: MethodRecord[]
): Promise<SessionDetailView> {
  const unit = await ctx.repos.units.get(s.unitId)
  const people = new Map((await ctx.repos.people.listByUnit(s.unitId)).map((p) => [p.id, p]))
  const present = new Set(presentMemberIds(s))
  const records = (liveRecords ?? (await ctx.repos.methodRecords.listBySourceMeeting(s.id))).filter((r) => r.withdrawnAt === null)
  return {
    item: sessionItemView(s, unit?.name ?? '', ctx.now),
    materials: s.materials.map((m) => ({ ...m, typeLabel: CONTENT_TYPE_LABELS[m.contentType] })),
    classics: s.classics,
    leadId: s.leadId,
    leadMode: s.leadMode,
    members: s.memberIds.map((id) => ({
      personId: id,
      name: people.get(id)?.name ?? '（已不在名册）',
      position: people.get(id)?.position ?? '',
      present: present.has(id)
    })),
    speakers: s.speakers,
    tiedToWork: s.tiedToWork,
    followUp: s.followUp,
    withdrawReason: s.withdrawReason,
    records: records.map((r) => ({
      id: r.id,
      personName: people.get(r.personId)?.name ?? '',
      kindLabel: RECORD_KIND_LABELS[r.kind]
    })),
    canEdit: !s.withdrawnAt && isOwnSecretary(callerOf(ctx), s.unitId)
  }
}
