import type { Observation, ObservationDraw, ObservationGroup, Rectification, Rubric, ScoreSheet } from '../../src/core/model'
import { DEFAULT_RUBRIC } from '../../src/core/rules/observation'
import { id, tag } from './fixtures'

// Builders for the observation repositories. Years are random so the suite also runs against a
// real CloudBase environment that already holds other data.

const audited = (at = '2026-11-01T00:00:00.000Z') => ({ createdAt: at, createdBy: 'admin', updatedAt: at, updatedBy: 'admin' })

/** A year no other test run will use. */
export const randomYear = (): number => 3000 + Math.floor(Math.random() * 1_000_000)

export const makeGroup = (over: Partial<ObservationGroup> = {}): ObservationGroup => {
  const leaderId = over.leaderId ?? id()
  return {
    id: id(),
    name: `巡听组${tag()}`,
    leaderId,
    memberIds: [leaderId, id()],
    areaIds: [id()],
    active: true,
    ...audited(),
    ...over
  }
}

export const makeRubric = (over: Partial<Rubric> = {}): Rubric => ({
  ...DEFAULT_RUBRIC,
  version: 2 + Math.floor(Math.random() * 1_000_000),
  publishedAt: '2026-11-02T00:00:00.000Z',
  publishedBy: 'admin',
  ...over
})

export const makeObservation = (over: Partial<Observation> = {}): Observation => ({
  id: id(),
  mode: 'fixed',
  status: 'planned',
  sessionId: null,
  unitId: id(),
  areaId: id(),
  groupId: id(),
  startsAt: '2026-11-20T01:00:00.000Z',
  day: '2026-11-20',
  year: 2026,
  theme: null,
  partnerUnitId: null,
  partnerMemberIds: [],
  drawId: null,
  batchId: null,
  membersPresent: [],
  note: null,
  closedReason: null,
  ...audited(),
  ...over
})

export const makeDraw = (over: Partial<ObservationDraw> = {}): ObservationDraw => ({
  id: id(),
  areaId: id(),
  count: 2,
  seed: 4294967295,
  candidateIds: ['a', 'b', 'c'],
  pickedIds: ['c', 'a'],
  groupId: id(),
  startsAt: '2026-11-20T01:00:00.000Z',
  year: 2026,
  windowFrom: null,
  windowTo: null,
  ...audited(),
  ...over
})

export const makeSheet = (over: Partial<ScoreSheet> = {}): ScoreSheet => {
  const observationId = over.observationId ?? id()
  const observerId = over.observerId ?? id()
  return {
    id: `${observationId}.${observerId}`,
    observationId,
    observerId,
    unitId: id(),
    year: 2026,
    rubricVersion: 1,
    scores: { lead_height: 13.5, lead_depth: 12 },
    total: 87.5,
    comments: '领学有高度，研讨还可以更深入。',
    documentReview: { studyPlan: true, firstAgendaRecords: false, materials: true, note: null },
    fieldResearch: null,
    photos: [],
    submittedAt: '2026-11-20T03:00:00.000Z',
    ...audited('2026-11-20T03:00:00.000Z'),
    ...over
  }
}

export const makeRectification = (over: Partial<Rectification> = {}): Rectification => ({
  id: id(),
  unitId: id(),
  groupId: id(),
  year: 2026,
  findings: '研讨发言结合实际不够。',
  suggestions: '围绕重点工作开展专题研讨。',
  deadline: '2026-12-20',
  sentBy: id(),
  sentAt: '2026-11-21T02:00:00.000Z',
  status: 'open',
  measures: null,
  evidence: null,
  submittedBy: null,
  submittedAt: null,
  returnReason: null,
  verifiedBy: null,
  verifiedAt: null,
  rounds: 0,
  ...audited('2026-11-21T02:00:00.000Z'),
  ...over
})
