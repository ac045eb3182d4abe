import {
  KIND_SUBJECTS,
  MODEL_KIND_LABELS,
  NOMINATION_STATE_LABELS,
  SUBJECT_TYPE_LABELS,
  type EvidenceKind,
  type ModelKind,
  type NominatedVia,
  type NominationState,
  type SubjectType
} from '../model/models'
import type { Role } from '../model/roles'
import { canViewRecord } from './methods'
import type { DayKey } from '../time'

// Model examples (先进典型, notice 四(一)): who may nominate what, which evidence belongs to a
// subject, which state changes are allowed, for which year, and who may open a piece of evidence.

/** The person nominating, as the rules need them. */
export interface NominatorFacts {
  id: string
  roles: readonly Role[]
  unitId: string
}

/** What is nominated: a person, a unit (also for 示范班: its central group) or a session, and its unit. */
export interface SubjectFacts {
  type: SubjectType
  id: string
  unitId: string
}

/** An observation the nominator's group made, when they nominate as an observation group. */
export interface ObservedFacts {
  /** The observed session (null for an observation planned before sessions were recorded). */
  sessionId: string | null
  unitId: string
  /** The group's members (its leader is one of them). */
  groupMemberIds: readonly string[]
  /** At least one score sheet was submitted: the group did observe it. */
  scored: boolean
}

/** A refusal naming the field it is about. */
export interface Refusal {
  field: string
  message: string
}

/** Refused, or allowed and how (admin, unit secretary, observation group). */
export type NominationRight = { ok: true; via: NominatedVia } | ({ ok: false } & Refusal)

const refuse = (field: string, message: string): NominationRight => ({ ok: false, field, message })

/**
 * Whether the nominator may nominate this subject for this kind. The admin may nominate anything;
 * an observation group's leader or member may nominate, from a session the group observed (scored),
 * that session as a 示范课 or its unit's central group as a 示范班; a unit secretary the unit or its
 * cadres (and its sessions). The kind decides which subjects it takes (KIND_SUBJECTS).
 */
export function nominationRight(
  nominator: NominatorFacts,
  kind: ModelKind,
  subject: SubjectFacts,
  observed: ObservedFacts | null
): NominationRight {
  const types = KIND_SUBJECTS[kind]
  if (!types.includes(subject.type)) {
    return refuse('subject', `${MODEL_KIND_LABELS[kind]}只能推荐${types.map((t) => SUBJECT_TYPE_LABELS[t]).join('或')}`)
  }
  if (observed) {
    if (!observed.groupMemberIds.includes(nominator.id)) return refuse('observationId', '只有该巡听旁听小组的成员可以据此推荐')
    if (!observed.scored) return refuse('observationId', '该次巡听旁听还没有评分，评分后才能推荐')
    if (kind === 'demoSession' && observed.sessionId !== null && subject.id === observed.sessionId)
      return { ok: true, via: 'group' }
    if (kind === 'demoGroup' && subject.id === observed.unitId) return { ok: true, via: 'group' }
    return refuse('kind', '巡听旁听小组只能把所听的这次学习推荐为示范课，或把该单位中心组推荐为示范班')
  }
  if (nominator.roles.includes('admin')) return { ok: true, via: 'admin' }
  if (nominator.roles.includes('unitSecretary') && subject.unitId === nominator.unitId) return { ok: true, via: 'unit' }
  if (nominator.roles.includes('unitSecretary')) return refuse('subject', '单位记录员只能推荐本单位或本单位的干部')
  return refuse('subject', '请从巡听旁听过的学习推荐，或由单位记录员、区委宣传部推荐')
}

/** The years one may nominate for on `today`: this year, and last year (named early in the next). */
export function nominationYears(today: DayKey): number[] {
  const year = Number(today.slice(0, 4))
  return [year, year - 1]
}

/** Why `year` cannot be the naming year on `today`, or null. */
export function namingYearProblem(year: number, today: DayKey): string | null {
  const [current, previous] = nominationYears(today)
  return year === current || year === previous ? null : `推荐年度只能是${previous}年或${current}年`
}

const NEXT: Record<NominationState, readonly NominationState[]> = {
  nominated: ['named', 'rejected'],
  named: ['revoked'],
  rejected: [],
  revoked: []
}

/** Why a nomination in state `from` cannot move to `to`, or null when it can. */
export function transitionProblem(from: NominationState, to: NominationState): string | null {
  if (NEXT[from].includes(to)) return null
  return `该推荐当前为“${NOMINATION_STATE_LABELS[from]}”，不能改为“${NOMINATION_STATE_LABELS[to]}”`
}

/** A piece of evidence as the rules need it (resolved by the service from the stored record). */
export interface EvidenceFacts {
  kind: EvidenceKind
  id: string
  /** The people it is theirs: a record's author; a session's lead and members. */
  personIds: readonly string[]
  unitId: string
  /** The session it is of (a session itself, its observation, a record it yielded). */
  sessionId: string | null
  withdrawn: boolean
}

/**
 * Why the evidence does not belong to the subject, or null: a cadre's own records and the sessions
 * they took part in; a unit's records, sessions and observations; a session, its observations and
 * the records it yielded. Withdrawn records are no evidence.
 */
export function evidenceProblem(subject: SubjectFacts, evidence: EvidenceFacts): string | null {
  if (evidence.withdrawn) return '所选材料已撤回，不能作为推荐材料'
  const belongs =
    subject.type === 'person'
      ? evidence.personIds.includes(subject.id)
      : subject.type === 'unit'
        ? evidence.unitId === subject.id
        : evidence.sessionId === subject.id
  return belongs ? null : '所选材料不属于被推荐的对象'
}

/** The person reading the showcase. */
export interface ViewerFacts {
  id: string
  roles: readonly Role[]
  unitId: string
}

/**
 * Whether the viewer may open the evidence's own page (otherwise the showcase shows its summary
 * only): the admin everything; a record its author and the author's unit secretary or leader; a
 * session its unit's secretary or leader and its members. An observation's sheets hold the group's
 * comments to the unit: only the admin opens them from here.
 */
export function mayOpenEvidence(viewer: ViewerFacts, evidence: EvidenceFacts): boolean {
  if (viewer.roles.includes('admin')) return true
  if (evidence.kind === 'observation') return false
  if (evidence.personIds.includes(viewer.id)) return true
  // The unit's secretary and leader read its records and sessions, as canViewRecord says for records.
  return canViewRecord(viewer, { personId: '', unitId: evidence.unitId })
}

/** The title a model is named with unless the admin types another: `2026年度中心组学习示范课`. */
export function defaultTitle(kind: ModelKind, year: number): string {
  return `${year}年度${MODEL_KIND_LABELS[kind]}`
}
