import type { Person } from '../model/roster'
import type { CentralGroupPlanItem, StudySession } from '../model/central-group'
import type { StudyRecordWish } from './occasion-records'
import { studyRecordWishes } from './occasion-records'
import { isPresent } from './presence'
import type { DayKey } from '../time'
import { formatDayZh } from '../time'

// Pure rules of central-group study sessions (中心组学习, issue 10): who may lead, who was present,
// what a session is called, and the records a held session yields.

/**
 * Titles that make a position one of the unit's leadership team (主要负责同志 or 班子成员). A position
 * such as `党组书记、局长` is split at 、，,/ and spaces; one qualifying title is enough.
 */
const LEADERSHIP_TITLES =
  /(书记|局长|部长|主任|院长|检察长|主席|区长|镇长|乡长|县长|社长|行长|校长|政委|班子成员|党组成员|党委委员|党工委委员)$/
/**
 * Heads of internal offices are not on the leadership team (办公室主任, 机关党支部书记, 科长 never
 * matches): the part before the title must not end with one of these. The unit's own head is
 * written as the bare title (主任) or carries the unitLeader role, which always qualifies.
 */
const NOT_LEADERSHIP = /(办公室|科|股|支部)$/

/** True when one title of a position names a leadership-team post. */
export function isLeadershipPosition(position: string): boolean {
  return position
    .split(/[、，,/\s]+/)
    .map((t) => t.trim())
    .some((t) => t !== '' && LEADERSHIP_TITLES.test(t) && !NOT_LEADERSHIP.test(t.replace(LEADERSHIP_TITLES, '')))
}

/** The unit's 主要负责同志 (the `unitLeader` role) or a 班子成员 (a leadership post in the position). */
export function canLead(person: Pick<Person, 'roles' | 'position'>): boolean {
  return person.roles.includes('unitLeader') || isLeadershipPosition(person.position)
}

/**
 * Lead eligibility (central-group sessions and committee meetings' first items): the unit's 主要负责同志 (the `unitLeader` role) or a 班子成员 (a position naming
 * a leadership post, see `isLeadershipPosition`), active and of the session's unit.
 */
export function leadProblem(
  person: Pick<Person, 'unitId' | 'roles' | 'position' | 'active'> | null,
  unitId: string
): string | null {
  if (!person || !person.active || person.unitId !== unitId) return '领学人应为本单位在册人员'
  if (canLead(person)) return null
  return '领学人应为本单位主要负责同志或班子成员'
}

type Presence = Pick<StudySession, 'memberIds' | 'absentIds' | 'status'>

/** The listed members who count as present: everyone listed, less the absent, once it is held. */
export function presentMemberIds(s: Presence): string[] {
  const marks = new Map(s.absentIds.map((id) => [id, false]))
  return s.memberIds.filter((id) => isPresent(true, marks.get(id), s.status === 'completed'))
}

/** `中心组学习 12月4日`: how a session reads in lists and in the records it yields. */
export function sessionName(s: Pick<StudySession, 'day'>, today: DayKey): string {
  return `中心组学习 ${formatDayZh(s.day, today)}`
}

/** The first problem with who is listed, leads and speaks, as { field, message }, or null. */
export function sessionPeopleProblem(
  s: Pick<StudySession, 'memberIds' | 'absentIds' | 'leadId' | 'speakers' | 'status'>
): { field: string; message: string } | null {
  const listed = new Set(s.memberIds)
  if (s.absentIds.some((id) => !listed.has(id))) return { field: 'absentIds', message: '缺席人员应在参加人员名单中' }
  if (s.status === 'completed' && s.memberIds.length > 0 && s.absentIds.length === s.memberIds.length) {
    return { field: 'absentIds', message: '已召开的学习不能所有成员都缺席' }
  }
  if (s.leadId && s.status === 'completed' && s.absentIds.includes(s.leadId)) {
    return { field: 'leadId', message: '领学人不能标为缺席' }
  }
  const present = new Set(presentMemberIds({ ...s, status: 'completed' }))
  if (s.status === 'completed' && s.speakers.some((sp) => !present.has(sp.personId))) {
    return { field: 'speakers', message: '研讨发言人应为到会的中心组成员' }
  }
  return null
}

/** `2026-03` or `2026-Q2` of the given year. */
export function isPlanPeriod(period: string, year: number): boolean {
  return new RegExp(`^${year}-(0[1-9]|1[0-2]|Q[1-4])$`).test(period)
}

/** The first problem of a year plan's items, or null. */
export function planProblem(items: readonly CentralGroupPlanItem[], year: number): { field: string; message: string } | null {
  for (const [i, item] of items.entries()) {
    if (!isPlanPeriod(item.period, year))
      return { field: `items.${i}.period`, message: `学习计划的时间应为${year}年的某月或某季度` }
  }
  return null
}

/**
 * The records a session yields through the same rule as committee meetings: a held, not withdrawn
 * session with a lead yields the lead's 以会代训领学 record (`中心组学习 12月4日 · 领学`) and each
 * speaker's 在交流中互学 record with the occasion 中心组学习.
 */
export function sessionRecordWishes(
  s: Pick<
    StudySession,
    'status' | 'withdrawnAt' | 'day' | 'topic' | 'materials' | 'leadId' | 'leadMode' | 'tiedToWork' | 'speakers'
  >
): StudyRecordWish[] {
  if (s.status !== 'completed' || s.withdrawnAt !== null) return []
  return studyRecordWishes({
    date: s.day,
    occasion: '中心组学习',
    occasionName: '中心组学习',
    title: s.topic,
    contentType: s.materials[0]?.contentType ?? 'originalWork',
    lead: s.leadId ? { personId: s.leadId, mode: s.leadMode } : null,
    tiedToWork: s.tiedToWork,
    speakers: s.speakers
  })
}
