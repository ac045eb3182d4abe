import type {
  AttachmentView,
  DrawView,
  ObservationGroupView,
  ObservationView,
  PlannerGroupView,
  RectificationView,
  RubricView,
  SheetNotes,
  SheetView
} from '../../../../src/core/contract'
import type {
  Area,
  Observation,
  ObservationDraw,
  ObservationGroup,
  Rectification,
  Rubric,
  ScoreSheet,
  StudySession,
  Unit
} from '../../../../src/core/model'
import { MODE_LABELS } from '../../../../src/core/model'
import {
  RECTIFICATION_LABELS,
  gradeOf,
  isRectificationOverdue,
  sessionClock,
  sessionScore,
  verifyDraw
} from '../../../../src/core/rules/observation'
import { sessionDrift, sessionDriftNotice } from '../../../../src/core/rules/observation-session'
import type { DayKey } from '../../../../src/core/time'

/** Names the views need, loaded once per call (units, areas and groups are small). */
export interface Names {
  units: Map<string, Unit>
  areas: Map<string, Area>
  groups: Map<string, ObservationGroup>
  people: Map<string, { name: string; unitId: string }>
}

export function groupView(group: ObservationGroup, names: Names): ObservationGroupView {
  return {
    id: group.id,
    name: group.name,
    leaderId: group.leaderId,
    leaderName: personName(names, group.leaderId),
    members: group.memberIds.map((id) => {
      const person = names.people.get(id)
      return { id, name: person?.name ?? '', unitName: person ? (names.units.get(person.unitId)?.name ?? '') : '' }
    }),
    areas: group.areaIds.map((id) => ({ id, name: names.areas.get(id)?.name ?? '' })),
    active: group.active
  }
}

/** A group as offered to a planner (names of its areas only). */
export function plannerGroupView(group: ObservationGroup, names: Names): PlannerGroupView {
  const { id, name, areas, active } = groupView({ ...group, memberIds: [] }, names)
  return { id, name, areas, active }
}

export function rubricView(rubric: Rubric, currentVersion: number): RubricView {
  return {
    version: rubric.version,
    items: rubric.items.map((i) => ({ key: i.key, part: i.part, label: i.label, max: i.max })),
    publishedAt: rubric.publishedAt,
    current: rubric.version === currentVersion
  }
}

export function rectificationView(rect: Rectification, sentByName: string, today: DayKey): RectificationView {
  return {
    observationId: rect.id,
    findings: rect.findings,
    suggestions: rect.suggestions,
    deadline: rect.deadline,
    sentAt: rect.sentAt,
    sentByName,
    status: rect.status,
    statusLabel: RECTIFICATION_LABELS[rect.status],
    measures: rect.measures,
    evidence: rect.evidence,
    submittedAt: rect.submittedAt,
    returnReason: rect.returnReason,
    verifiedAt: rect.verifiedAt,
    rounds: rect.rounds,
    overdue: isRectificationOverdue(rect, today)
  }
}

export interface ObservationExtras {
  sheets: readonly ScoreSheet[]
  rectification: Rectification | null
  today: DayKey
  /** The unit's own view: scores appear only with the feedback. */
  forUnit?: boolean
  /** The observed session, when the observation names one and it was found. */
  session: StudySession | null
}

export function observationView(o: Observation, names: Names, extra: ObservationExtras): ObservationView {
  const hideScores = extra.forUnit === true && !extra.rectification
  const score = hideScores ? null : sessionScore(extra.sheets.map((s) => s.total))
  const group = o.groupId ? names.groups.get(o.groupId) : undefined
  const rect = extra.rectification
  return {
    id: o.id,
    mode: o.mode,
    modeLabel: MODE_LABELS[o.mode],
    status: o.status,
    sessionId: o.sessionId,
    session: extra.session
      ? {
          topic: extra.session.topic,
          place: extra.session.place,
          leadName: extra.session.leadName,
          withdrawn: extra.session.withdrawnAt !== null
        }
      : null,
    sessionNotice: sessionNoticeOf(o, extra.session),
    unitId: o.unitId,
    unitName: names.units.get(o.unitId)?.name ?? '',
    areaName: names.areas.get(o.areaId)?.name ?? '',
    groupId: o.groupId,
    groupName: group?.name ?? null,
    startsAt: o.startsAt,
    day: o.day,
    time: sessionClock(o.startsAt),
    theme: o.theme,
    partnerUnitName: o.partnerUnitId ? (names.units.get(o.partnerUnitId)?.name ?? '') : null,
    note: o.note,
    closedReason: o.closedReason,
    sheetCount: hideScores ? 0 : extra.sheets.length,
    sessionScore: score,
    grade: score === null ? null : gradeOf(score),
    rectification: rect ? rectificationView(rect, personName(names, rect.sentBy), extra.today) : null
  }
}

/** The notice of a planned observation whose session was withdrawn or moved since; null otherwise. */
export function sessionNoticeOf(o: Observation, session: StudySession | null): string | null {
  if (o.status !== 'planned' && o.status !== 'requested') return null
  return sessionDriftNotice(sessionDrift(o, session), session, session ? sessionClock(session.startsAt) : '')
}

/** A sheet with its photos' views (fileLinks, in the sheet's order). */
/** What the observer wrote beside the scores (点评, 查阅资料, 实地调研). */
export function sheetNotesOf(sheet: ScoreSheet): SheetNotes {
  return { comments: sheet.comments, documentReview: { ...sheet.documentReview }, fieldResearch: sheet.fieldResearch }
}

export function sheetView(sheet: ScoreSheet, observerName: string, photos: AttachmentView[]): SheetView {
  return {
    id: sheet.id,
    observationId: sheet.observationId,
    observerId: sheet.observerId,
    observerName,
    rubricVersion: sheet.rubricVersion,
    scores: { ...sheet.scores },
    total: sheet.total,
    ...sheetNotesOf(sheet),
    photos,
    submittedAt: sheet.submittedAt
  }
}

/** A draw's view; `drawnUnits` names the picks of a draw among sessions (session id → unit id). */
export function drawView(draw: ObservationDraw, names: Names, drawnUnits: ReadonlyMap<string, string> = new Map()): DrawView {
  const unitName = (id: string) => names.units.get(drawnUnits.get(id) ?? id)?.name ?? ''
  return {
    id: draw.id,
    areaName: names.areas.get(draw.areaId)?.name ?? '',
    count: draw.count,
    seed: draw.seed,
    candidateCount: draw.candidateIds.length,
    picked: draw.pickedIds.map((id) => ({ id, name: unitName(id) })),
    startsAt: draw.startsAt,
    windowFrom: draw.windowFrom,
    windowTo: draw.windowTo,
    reproducible: verifyDraw(draw),
    createdAt: draw.createdAt
  }
}

/** A person's name from the names map ('' when unknown). */
export function personName(names: Names, id: string): string {
  return names.people.get(id)?.name ?? ''
}
