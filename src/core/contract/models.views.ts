import { z } from 'zod'
import { EVIDENCE_KINDS, MODEL_KINDS, NOMINATED_VIA, NOMINATION_STATES, SUBJECT_TYPES } from '../model/models'

// What the model-example pages show (先进典型, issue 11): nominations, their evidence, the showcase.

/** The page a piece of evidence opens: a method record, a central-group session, an observation. */
export const EVIDENCE_PAGES = ['record', 'session', 'observation'] as const

/** A linked record as a line: its summary always, a link only where the viewer may open it. */
export const evidenceView = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  who: z.string(),
  score: z.number().nullable(),
  /** Null: the viewer sees the summary only (another unit's record, an observation's sheets). */
  link: z.object({ page: z.enum(EVIDENCE_PAGES), id: z.string() }).nullable()
})
export type EvidenceView = z.infer<typeof evidenceView>

/** A nomination as a line of a list. */
export const nominationItemView = z.object({
  id: z.string(),
  kind: z.enum(MODEL_KINDS),
  kindLabel: z.string(),
  year: z.number(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectName: z.string(),
  unitName: z.string(),
  nominatorName: z.string(),
  via: z.enum(NOMINATED_VIA),
  /** The day it was filed (China time). */
  filedOn: z.string(),
  state: z.enum(NOMINATION_STATES),
  stateLabel: z.string(),
  title: z.string().nullable(),
  evidenceCount: z.number()
})
export type NominationItemView = z.infer<typeof nominationItemView>

/** One nomination with its reason, evidence, review and what the viewer may do with it. */
export const nominationDetailView = nominationItemView.extend({
  reason: z.string(),
  evidence: z.array(evidenceView),
  namedOn: z.string().nullable(),
  rejectReason: z.string().nullable(),
  revokeReason: z.string().nullable(),
  revokedOn: z.string().nullable(),
  /** The title the admin is offered when naming it. */
  defaultTitle: z.string(),
  canReview: z.boolean(),
  canRevoke: z.boolean()
})
export type NominationDetailView = z.infer<typeof nominationDetailView>

export const nominationListView = z.object({ items: z.array(nominationItemView) })
export type NominationListView = z.infer<typeof nominationListView>

/** A named model on the showcase. */
export const showcaseItemView = z.object({
  id: z.string(),
  title: z.string(),
  subjectName: z.string(),
  subjectTypeLabel: z.string(),
  unitName: z.string(),
  reason: z.string(),
  namedOn: z.string().nullable(),
  evidence: z.array(evidenceView)
})
export type ShowcaseItemView = z.infer<typeof showcaseItemView>

export const showcaseView = z.object({
  year: z.number(),
  /** Years to switch to: those with named models, and this year; newest first. */
  years: z.array(z.number()),
  /** Every kind in the notice's order, empty ones included (the page says none were named). */
  groups: z.array(z.object({ kind: z.enum(MODEL_KINDS), label: z.string(), items: z.array(showcaseItemView) }))
})
export type ShowcaseView = z.infer<typeof showcaseView>

/** Something the nominator may pick as the subject. */
export const subjectOptionView = z.object({
  type: z.enum(SUBJECT_TYPES),
  id: z.string(),
  name: z.string(),
  /** A position, a session's day, a unit's area: what tells two options apart. */
  detail: z.string().nullable()
})
export type SubjectOptionView = z.infer<typeof subjectOptionView>

export const candidatesView = z.object({
  /** The units an admin picks from first (empty for others). */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  unitId: z.string().nullable(),
  subjects: z.array(subjectOptionView),
  /** The chosen subject's records to tick (empty until a subject is chosen). */
  evidence: z.array(evidenceView)
})
export type CandidatesView = z.infer<typeof candidatesView>
