import type { Audited } from './common'
import type { AgendaSpeaker, ClassicLink, ContentType, LeadMode } from './meeting'
import type { DayKey, MonthKey } from '../time'

// A unit's 理论学习中心组 (central study group, issue 10): who belongs to it, the year's study plan,
// and each session of collective study. Observation (SPEC §3) references a session by `sessionId`.

/**
 * The unit's central-group membership: one document per unit whose id is the unit id, so "one
 * membership per unit" holds by construction. Kept as a list per unit, not a flag on the person:
 * the unit secretary keeps it (the roster is the admin's), and a roster import never touches it.
 */
export interface CentralGroupMembers extends Audited {
  /** The unit id. */
  id: string
  unitId: string
  /** Roster person ids, in the order the secretary listed them. */
  memberIds: string[]
}

/** One line of the year plan: a month (`2026-03`) or a quarter (`2026-Q2`) and its topic. */
export interface CentralGroupPlanItem {
  period: string
  topic: string
}

/** The unit's central-group study plan for a year (optional); id `${unitId}.${year}`. */
export interface CentralGroupPlan extends Audited {
  id: string
  unitId: string
  year: number
  items: CentralGroupPlanItem[]
}

/** A study material of a session: a catalogue speech, an instruction, an original work or a central decision. */
export interface SessionMaterial {
  contentType: ContentType
  title: string
  /** Catalogue speech, or null when typed. */
  speechId: string | null
  source: string | null
}

/** planned: on the calendar (visible to the admin and the area's observation group) · completed: held and recorded. */
export const SESSION_STATUSES = ['planned', 'completed'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

/** One central-group study session (中心组学习) of a unit. */
export interface StudySession extends Audited {
  id: string
  unitId: string
  /** The unit's area when recorded, so the area's calendar needs no join. */
  areaId: string
  /** Start, an ISO instant; day, month and year in China time. */
  startsAt: string
  day: DayKey
  month: MonthKey
  year: number
  place: string | null
  topic: string
  materials: SessionMaterial[]
  classics: ClassicLink[]
  /** The lead: the unit's 主要负责同志 or a 班子成员 (see `leadProblem`); null only while planned. */
  leadId: string | null
  leadName: string | null
  leadMode: LeadMode | null
  /** The members listed for the session (from the membership when recorded). */
  memberIds: string[]
  /** Listed members who were absent: everyone else listed was present. */
  absentIds: string[]
  /** Each speaking member's discussion points (研讨发言). */
  speakers: AgendaSpeaker[]
  /** 结合本单位工作实际. */
  tiedToWork: string | null
  /** 转化为工作思路和政策措施. */
  followUp: string | null
  status: SessionStatus
  completedAt: string | null
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}
