import type { StatusText } from '../status'
import type { Audited } from './common'
import type { DayKey } from '../time'

// Model examples (先进典型选树推介), notice part 四(一) and SPEC §4: a nomination of a person, a unit,
// a unit's central group or one central-group session, with evidence picked from existing records;
// the admin reviews it and names (命名) it for a year with a title, or rejects it; a named model
// can be revoked with a reason.

/** The kinds, exactly as the notice names them (四(一)). */
export const MODEL_KINDS = ['fiveMethods', 'internalised', 'appliedLearning', 'demoGroup', 'demoSession'] as const
export type ModelKind = (typeof MODEL_KINDS)[number]

export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  fiveMethods: '坚持“五种学习方式”的典型',
  internalised: '理论学习入脑入心的典型',
  appliedLearning: '学用结合的典型',
  demoGroup: '中心组学习示范班',
  demoSession: '中心组学习示范课'
}

/** What a model is: a cadre, a unit, a unit's central group (the unit stands for it) or one session. */
export const SUBJECT_TYPES = ['person', 'unit', 'session'] as const
export type SubjectType = (typeof SUBJECT_TYPES)[number]

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = { person: '个人', unit: '单位', session: '中心组学习' }

/** Which subjects each kind takes: the three kinds of 典型 are people or units; 示范班 a unit's central group; 示范课 one session. */
export const KIND_SUBJECTS: Record<ModelKind, readonly SubjectType[]> = {
  fiveMethods: ['person', 'unit'],
  internalised: ['person', 'unit'],
  appliedLearning: ['person', 'unit'],
  demoGroup: ['unit'],
  demoSession: ['session']
}

/** nominated (推荐，待审核) → named (已命名) | rejected (未通过); named → revoked (已撤销命名). */
export const NOMINATION_STATES = ['nominated', 'named', 'rejected', 'revoked'] as const
export type NominationState = (typeof NOMINATION_STATES)[number]

export const NOMINATION_STATE_LABELS: Record<NominationState, StatusText> = {
  nominated: '待审核',
  named: '已命名',
  rejected: '未通过',
  revoked: '已撤销命名'
}

/**
 * The records evidence can point at. Method records by their kind (one collection), central-group
 * sessions, and observations (with their scores). A new kind (publicity items) adds a name here and
 * one resolver in the service.
 */
export const EVIDENCE_KINDS = [
  'note',
  'lecture',
  'outreach',
  'leadStudy',
  'exchange',
  'session',
  'observation',
  'publicity'
] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  note: '心得体会',
  lecture: '进学校讲课',
  outreach: '沉到基层宣讲',
  leadStudy: '以会代训领学',
  exchange: '在交流中互学',
  session: '中心组学习',
  observation: '巡听旁听评分',
  publicity: '宣传报道（已刊发）'
}

/** A link to an existing record: picked, never retyped. */
export interface EvidenceRef {
  kind: EvidenceKind
  id: string
}

/**
 * A linked record with the short summary resolved from it when it was linked (title, date, whose,
 * score), so the showcase lists a year's models in one query. Copied from the record, never typed.
 */
export interface EvidenceItem extends EvidenceRef {
  title: string
  date: DayKey | null
  /** The person's or the unit's name. */
  who: string
  /** An observation's score (mean of its sheets); null for other kinds. */
  score: number | null
  /** Whose it is: a record's author; a session's lead and members (for who may open it). */
  personIds: string[]
  unitId: string
  /** The session it is of (a session itself, its observation, a record it yielded). */
  sessionId: string | null
}

/** How the nominator came to nominate: as the admin, as the unit's secretary, or as an observation group. */
export const NOMINATED_VIA = ['admin', 'unit', 'group'] as const
export type NominatedVia = (typeof NOMINATED_VIA)[number]

/** One nomination; at most one per subject, kind and year (the id comes from those). */
export interface ModelNomination extends Audited {
  /** nominationIdOf(year, kind, subjectType, subjectId). */
  id: string
  kind: ModelKind
  /** The year it is nominated (and named) for. */
  year: number
  subjectType: SubjectType
  subjectId: string
  /** The person's, unit's or session's name when nominated, so lists need no join. */
  subjectName: string
  /** The subject's unit (a person's unit, the unit itself, the session's unit). */
  unitId: string
  reason: string
  evidence: EvidenceItem[]
  nominatedBy: string
  nominatorName: string
  via: NominatedVia
  /** via group: the observation of the session the group observed. */
  observationId: string | null
  state: NominationState
  /** The title it is named with (e.g. 2026年度理论学习示范课). */
  title: string | null
  namedOn: DayKey | null
  reviewedBy: string | null
  reviewedAt: string | null
  /** Why it was rejected. */
  rejectReason: string | null
  revokedBy: string | null
  revokedAt: string | null
  revokeReason: string | null
}

/** The deterministic id: one nomination per subject, kind and year, held by the database. */
export function nominationIdOf(year: number, kind: ModelKind, subjectType: SubjectType, subjectId: string): string {
  return `model.${year}.${kind}.${subjectType}.${subjectId}`
}
