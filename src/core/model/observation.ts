import type { Audited } from './common'
import type { DayKey } from '../time'

// Observation of central-group study (中心组学习巡听旁听), SPEC §3.

/** The five ways an observation comes about. */
export const OBSERVATION_MODES = ['fixed', 'random', 'invited', 'special', 'mutual'] as const
export type ObservationMode = (typeof OBSERVATION_MODES)[number]

export const MODE_LABELS: Record<ObservationMode, string> = {
  fixed: '定点',
  random: '随机',
  invited: '应邀',
  special: '专项',
  mutual: '相互'
}

/** A 巡听旁听小组: its leader is always one of its members. */
export interface ObservationGroup extends Audited {
  id: string
  name: string
  leaderId: string
  /** Person ids, leader included. */
  memberIds: string[]
  /** The areas (片区) it covers. */
  areaIds: string[]
  active: boolean
}

/** One scored item of a rubric. */
export interface RubricItem {
  /** Stable within a version, e.g. `lead_height`. */
  key: string
  /** 领学 / 研讨 / 组织 */
  part: string
  label: string
  max: number
}

/** A published rubric version; sheets keep the version they were scored with. */
export interface Rubric {
  version: number
  items: RubricItem[]
  publishedAt: string
  publishedBy: string
}

/** requested: a unit invited the group and awaits the admin · planned · declined · cancelled. */
export const OBSERVATION_STATUSES = ['requested', 'planned', 'declined', 'cancelled'] as const
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number]

/** One planned observation of one unit's session. */
export interface Observation extends Audited {
  id: string
  mode: ObservationMode
  status: ObservationStatus
  /** The observed central-group session (中心组学习); null for plans made before sessions were recorded. */
  sessionId: string | null
  /** The unit whose central-group session is observed. */
  unitId: string
  /** The unit's area when planned, so area views need no join. */
  areaId: string
  /** Null only while an invitation awaits the admin. */
  groupId: string | null
  /** Session start, an ISO instant. */
  startsAt: string
  /** The district day of the session. */
  day: DayKey
  /** The district year of the session (for the annual figures). */
  year: number
  /** 专项: the theme. */
  theme: string | null
  /** 相互: the unit whose members observe. */
  partnerUnitId: string | null
  /** 相互: the partner unit's chosen people, who score this session (and only it) beside the group. */
  partnerMemberIds: string[]
  /** 随机: the draw that picked this unit. */
  drawId: string | null
  /** Plans made together (专项 over several units, a draw) share a batch id. */
  batchId: string | null
  /** 参加人员: group members present on site (person ids). */
  membersPresent: string[]
  note: string | null
  /** Why it was declined or cancelled. */
  closedReason: string | null
}

/** A random draw: the seed and candidate list are kept so anyone can redo it. */
export interface ObservationDraw extends Audited {
  id: string
  areaId: string
  count: number
  /** 32-bit unsigned seed of the PRNG. */
  seed: number
  /** The candidates sorted by id: the area's upcoming sessions in the window (a draw of units before sessions: its active units). */
  candidateIds: string[]
  pickedIds: string[]
  groupId: string
  /** The earliest start among the picks (or the typed start of a draw made before sessions). */
  startsAt: string
  /** The district year of the sessions. */
  year: number
  /** A draw among sessions: the date window (district days, inclusive); null for a draw of units. */
  windowFrom: DayKey | null
  windowTo: DayKey | null
}

/** 查阅资料: the documents the group checked on site. */
export interface DocumentReview {
  studyPlan: boolean
  firstAgendaRecords: boolean
  materials: boolean
  note: string | null
}

/** One observer's sheet for one session: at most one per (observation, observer). */
export interface ScoreSheet extends Audited {
  /** `${observationId}.${observerId}`: a resubmission replaces, never duplicates. */
  id: string
  observationId: string
  observerId: string
  unitId: string
  year: number
  rubricVersion: number
  /** Item key → points. */
  scores: Record<string, number>
  total: number
  /** 现场指导和点评 */
  comments: string
  documentReview: DocumentReview
  /** 实地调研 notes. */
  fieldResearch: string | null
  /** Stored file ids; always optional. */
  photos: string[]
  submittedAt: string
}

/** open: feedback sent · submitted: the unit answered · returned: the group sent it back · closed. */
export const RECTIFICATION_STATUSES = ['open', 'submitted', 'returned', 'closed'] as const
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number]

/** Feedback to the unit (反馈结果) and its rectification (整改落实): one per observation. */
export interface Rectification extends Audited {
  /** The observation's id. */
  id: string
  unitId: string
  groupId: string
  year: number
  findings: string
  /** 意见建议 */
  suggestions: string
  deadline: DayKey
  sentBy: string
  sentAt: string
  status: RectificationStatus
  measures: string | null
  evidence: string | null
  submittedBy: string | null
  submittedAt: string | null
  /** The group's reason when it returned the answer. */
  returnReason: string | null
  verifiedBy: string | null
  verifiedAt: string | null
  /** How many times the unit answered. */
  rounds: number
}
