import { z } from 'zod'
import { OBSERVATION_MODES, OBSERVATION_STATUSES, RECTIFICATION_STATUSES } from '../model/observation'
import { GRADES } from '../rules/observation'
import { optionalText } from './fields'
import { sessionDetailView } from './central-group.views'
import { meetingItemView } from './meeting.views'
import { attachmentView } from './methods.views'

// What the observation actions return.

export const modeSchema = z.enum(OBSERVATION_MODES, { errorMap: () => ({ message: '巡听方式无效' }) })
const gradeSchema = z.enum(GRADES)

export const observationGroupView = z.object({
  id: z.string(),
  name: z.string(),
  leaderId: z.string(),
  leaderName: z.string(),
  members: z.array(z.object({ id: z.string(), name: z.string(), unitName: z.string() })),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  active: z.boolean()
})
export type ObservationGroupView = z.infer<typeof observationGroupView>

/** A group as offered to a planner: its name and areas (no member names, so no person reads). */
export const plannerGroupView = observationGroupView.pick({ id: true, name: true, areas: true, active: true })
export type PlannerGroupView = z.infer<typeof plannerGroupView>

export const rubricView = z.object({
  version: z.number(),
  items: z.array(z.object({ key: z.string(), part: z.string(), label: z.string(), max: z.number() })),
  publishedAt: z.string(),
  /** The version new sheets are scored with. */
  current: z.boolean()
})
export type RubricView = z.infer<typeof rubricView>

export const rectificationView = z.object({
  observationId: z.string(),
  findings: z.string(),
  suggestions: z.string(),
  deadline: z.string(),
  sentAt: z.string(),
  sentByName: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  statusLabel: z.string(),
  measures: z.string().nullable(),
  evidence: z.string().nullable(),
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  rounds: z.number(),
  /** The unit owes an answer and the deadline has passed. */
  overdue: z.boolean()
})
export type RectificationView = z.infer<typeof rectificationView>

export const observationView = z.object({
  id: z.string(),
  mode: modeSchema,
  modeLabel: z.string(),
  status: z.enum(OBSERVATION_STATUSES),
  /** The observed central-group session; null for a plan typed before sessions were recorded. */
  sessionId: z.string().nullable(),
  /** What the scoring sheet shows of the session (its topic, place and lead); null when none. */
  session: z
    .object({
      topic: z.string(),
      place: z.string().nullable(),
      leadName: z.string().nullable(),
      withdrawn: z.boolean()
    })
    .nullable(),
  /** The session was withdrawn or moved after the plan: what the admin and the group should do. */
  sessionNotice: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  areaName: z.string(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  startsAt: z.string(),
  day: z.string(),
  /** `HH:mm` in China time. */
  time: z.string(),
  theme: z.string().nullable(),
  partnerUnitName: z.string().nullable(),
  note: z.string().nullable(),
  closedReason: z.string().nullable(),
  sheetCount: z.number(),
  /** Mean of the submitted totals; null before any sheet. */
  sessionScore: z.number().nullable(),
  grade: gradeSchema.nullable(),
  rectification: rectificationView.nullable()
})
export type ObservationView = z.infer<typeof observationView>

export const documentReviewSchema = z.object({
  studyPlan: z.boolean({ invalid_type_error: '请勾选是否查阅了学习计划' }),
  firstAgendaRecords: z.boolean({ invalid_type_error: '请勾选是否查阅了第一议题记录' }),
  materials: z.boolean({ invalid_type_error: '请勾选是否查阅了学习资料' }),
  note: optionalText('查阅情况', 500)
})

/** What an observer wrote beside the scores: 点评, 查阅资料, 实地调研. */
export const sheetNotes = z.object({
  comments: z.string(),
  documentReview: z.object({
    studyPlan: z.boolean(),
    firstAgendaRecords: z.boolean(),
    materials: z.boolean(),
    note: z.string().nullable()
  }),
  fieldResearch: z.string().nullable()
})
export type SheetNotes = z.infer<typeof sheetNotes>

export const sheetView = sheetNotes.extend({
  id: z.string(),
  observationId: z.string(),
  observerId: z.string(),
  observerName: z.string(),
  rubricVersion: z.number(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  /** On-site photos, with links for the people allowed to see the sheet. */
  photos: z.array(attachmentView),
  submittedAt: z.string()
})
export type SheetView = z.infer<typeof sheetView>

export const drawView = z.object({
  id: z.string(),
  areaName: z.string(),
  count: z.number(),
  seed: z.number(),
  candidateCount: z.number(),
  /** The drawn sessions (or units, for a draw made before sessions), named by their unit. */
  picked: z.array(z.object({ id: z.string(), name: z.string() })),
  startsAt: z.string(),
  /** The date window of a draw among sessions; null for a draw of units. */
  windowFrom: z.string().nullable(),
  windowTo: z.string().nullable(),
  /** Redoing the draw from its seed gives the same units. */
  reproducible: z.boolean(),
  createdAt: z.string()
})
export type DrawView = z.infer<typeof drawView>

export const figuresRow = z.object({
  unitId: z.string(),
  unitName: z.string(),
  areaName: z.string(),
  byMode: z.record(modeSchema, z.number()),
  observed: z.number(),
  /** Distinct central-group sessions observed (one session observed twice counts once). */
  sessionsObserved: z.number(),
  scoredSessions: z.number(),
  meanScore: z.number().nullable(),
  grade: gradeSchema.nullable(),
  rectificationsDue: z.number(),
  rectificationsClosed: z.number(),
  rectificationsOverdue: z.number()
})
export type FiguresRow = z.infer<typeof figuresRow>

/** 查阅资料: what an observation's observers may read of the observed unit, read-only. */
export const reviewView = z.object({
  observation: observationView,
  /** The observed session's record with its materials; null for a plan typed before sessions. */
  session: sessionDetailView.nullable(),
  /** The unit's central-group study plan of the session's year (empty when it keeps none). */
  plan: z.object({ year: z.number(), items: z.array(z.object({ period: z.string(), topic: z.string() })) }),
  /** The unit's committee meetings of the days before the session (first agenda item), latest first. */
  meetings: z.array(meetingItemView),
  meetingsFrom: z.string(),
  meetingsTo: z.string()
})
export type ReviewView = z.infer<typeof reviewView>
