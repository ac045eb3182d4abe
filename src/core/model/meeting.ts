import type { Audited } from './common'
import type { DayKey, MonthKey } from '../time'

// Committee meetings and their first agenda item (第一议题), SPEC §1.

/** What a meeting is called; the form offers these, the unit may type another. */
export const MEETING_KINDS = ['党委会', '党组会', '党工委会', '工委会', '部务会'] as const

/** The four kinds of study content a first agenda item may carry (SPEC §1). */
export const CONTENT_TYPES = ['latestSpeech', 'instruction', 'originalWork', 'centralDecision'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

/** A first item that is not study content (e.g. 研究部署某项工作): the meeting is non-compliant. */
export type FirstItemType = ContentType | 'other'

export const CONTENT_TYPE_LABELS: Record<FirstItemType, string> = {
  latestSpeech: '最新重要讲话',
  instruction: '重要指示批示精神',
  originalWork: '原文原著',
  centralDecision: '中央重大决策部署',
  other: '非学习内容'
}

/** 领学 (the lead studies it with the meeting) or 传达 (the lead relays it). */
export const LEAD_MODES = ['lead', 'relay'] as const
export type LeadMode = (typeof LEAD_MODES)[number]

export const LEAD_MODE_LABELS: Record<LeadMode, string> = { lead: '领学', relay: '传达' }

/** One 交流发言: who spoke and their key points. */
export interface AgendaSpeaker {
  personId: string
  /** Denormalised so lists and exports need no join. */
  name: string
  points: string
}

/** A classic text linked to the first item, with where in it. */
export interface ClassicLink {
  classicId: string
  /** The catalogue title when linked, kept if the admin renames it later. */
  title: string
  chapter: string | null
  pages: string | null
}

/** The first agenda item as recorded. */
export interface FirstAgendaItem {
  contentType: FirstItemType
  title: string
  /** Catalogue speech, or null when the source was typed. */
  speechId: string | null
  source: string | null
  /** The person who led or relayed it (a member of the unit); null only for non-study items. */
  leadId: string | null
  leadName: string | null
  leadMode: LeadMode | null
  /** 研讨式: studied by discussion. */
  discussion: boolean
  speakers: AgendaSpeaker[]
  /** 结合本部门工作重点. */
  tiedToWork: string | null
  /** 转化为工作思路和政策措施. */
  followUp: string | null
  classics: ClassicLink[]
}

/** planned: on the calendar · completed: held and recorded. */
export const MEETING_STATUSES = ['planned', 'completed'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

/** One 党（工）委（党组）会议 of a unit. */
export interface Meeting extends Audited {
  id: string
  unitId: string
  /** The unit's area when recorded, so area figures need no join. */
  areaId: string
  kind: string
  /** Start, an ISO instant. */
  startsAt: string
  /** District day, month and year of the start (periods are queried by these). */
  day: DayKey
  month: MonthKey
  year: number
  place: string | null
  status: MeetingStatus
  /** Expected attendees from the unit's roster. */
  attendeeIds: string[]
  /** Guests (列席) by name. */
  guests: string[]
  /** Null when the meeting had no first agenda item (non-compliant). */
  firstItem: FirstAgendaItem | null
  /** The rest of the agenda, in order. */
  otherItems: string[]
  /** When it was first recorded as held; completed meetings lock 30 days after. */
  completedAt: string | null
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}

/** How a person was marked present. */
export type AttendanceVia = 'qr' | 'manual'

/** A person's presence at a meeting: one row per (meeting, person), never deleted, only flipped. */
export interface Attendance {
  /** `${meetingId}.${personId}` */
  id: string
  meetingId: string
  personId: string
  present: boolean
  via: AttendanceVia
  /** When it was last set, and by whom (the person on a scan, the secretary by hand). */
  at: string
  by: string
}

/** An entry of the classic-texts catalogue the admin keeps (《习近平谈治国理政》第一卷 …). */
export interface Classic extends Audited {
  id: string
  title: string
  active: boolean
}
