import type { FileView, InputOf, OutputOf, RubricView, SheetView } from '@/core/contract'
import { scoresProblem, sheetTotal, type FieldProblem } from '@/core/rules/observation'
import type { FormLayout } from '@/services/form-errors'
import { readStored, removeStored, writeStored } from '@/services/storage'

// The score sheet as the observer types it, kept on the phone until the server has it.

export type Session = OutputOf<'observe.session'>
export type SheetInput = InputOf<'observe.sheet.submit'>

export const REVIEW_KEYS = ['studyPlan', 'firstAgendaRecords', 'materials'] as const
export type ReviewKey = (typeof REVIEW_KEYS)[number]

export interface SheetDraft {
  observationId: string
  /** The rubric the sheet is scored with, kept so the form still renders offline. */
  rubric: RubricView
  /** Item key → points as typed. */
  scores: Record<string, string>
  comments: string
  reviewed: ReviewKey[]
  reviewNote: string
  fieldResearch: string
  /** On-site photos already uploaded (optional); ones still uploading or failed are not in the sheet. */
  photos: FileView[]
  /** The idempotency key of the submission in flight; a new edit starts a new one. */
  key: string | null
  /** The server holds exactly this content. */
  synced: boolean
  /** When the server last saved it. */
  savedAt: string | null
  /** Unit and time of the session, for the header when the page opens without a network. */
  title: string
}

const storageKey = (observationId: string) => `ts.obsSheet.${observationId}`

/** The stored draft of a session, if any. */
export function loadDraft(observationId: string): SheetDraft | null {
  const d = readStored<SheetDraft>(storageKey(observationId))
  // Drafts kept before photos existed have none.
  return d && d.observationId === observationId && d.rubric ? { ...d, photos: d.photos ?? [] } : null
}

export function saveDraft(draft: SheetDraft): void {
  writeStored(storageKey(draft.observationId), draft)
}

export function forgetDraft(observationId: string): void {
  removeStored(storageKey(observationId))
}

/** The draft of a session as the server has it (or blank). */
export function draftFromServer(session: Session): SheetDraft {
  const o = session.observation
  const sheet: SheetView | null = session.mySheet
  return {
    observationId: o.id,
    rubric: session.rubric,
    scores: sheet ? Object.fromEntries(Object.entries(sheet.scores).map(([k, v]) => [k, String(v)])) : {},
    comments: sheet?.comments ?? '',
    reviewed: sheet ? REVIEW_KEYS.filter((k) => sheet.documentReview[k]) : [],
    reviewNote: sheet?.documentReview.note ?? '',
    fieldResearch: sheet?.fieldResearch ?? '',
    photos: (sheet?.photos ?? []).map((p) => ({ id: p.fileId, name: p.name, mime: p.mime, size: p.size, image: p.image })),
    key: null,
    synced: sheet !== null,
    savedAt: sheet?.submittedAt ?? null,
    title: `${o.unitName} · ${o.day} ${o.time}`
  }
}

/** The sheet's fields from top to bottom: the rubric's items, then the comments and the review. */
export function sheetLayout(rubric: RubricView): FormLayout {
  return { order: [...rubric.items.map((i) => `scores.${i.key}`), 'comments', 'documentReview', 'fieldResearch', 'photos'] }
}

/** The typed points as numbers (blank or unreadable as NaN, which the rubric check names). */
export function numericScores(draft: SheetDraft): Record<string, number> {
  return Object.fromEntries(draft.rubric.items.map((i) => [i.key, parseScore(draft.scores[i.key])]))
}

function parseScore(text: string | undefined): number {
  const t = (text ?? '').trim()
  return t === '' ? NaN : Number(t)
}

/** The running total of the items typed so far. */
export function runningTotal(draft: SheetDraft): number {
  const typed = Object.fromEntries(Object.entries(numericScores(draft)).filter(([, v]) => !Number.isNaN(v)))
  return sheetTotal(draft.rubric, typed)
}

/**
 * The request for the draft, or every problem to mark at once (each rubric item on its own, then
 * the comments), so the observer fixes them in one pass instead of one per submit.
 */
export function toSheetInput(draft: SheetDraft): { input: SheetInput } | { problems: FieldProblem[] } {
  const scores = numericScores(draft)
  const problems = draft.rubric.items
    .map((item) => scoresProblem({ items: [item] }, { [item.key]: scores[item.key] }))
    .filter((p): p is FieldProblem => p !== null)
  if (!draft.comments.trim()) problems.push({ field: 'comments', message: '请填写现场指导和点评' })
  if (problems.length) return { problems }
  return {
    input: {
      observationId: draft.observationId,
      rubricVersion: draft.rubric.version,
      scores,
      comments: draft.comments,
      documentReview: {
        studyPlan: draft.reviewed.includes('studyPlan'),
        firstAgendaRecords: draft.reviewed.includes('firstAgendaRecords'),
        materials: draft.reviewed.includes('materials'),
        note: draft.reviewNote || null
      },
      fieldResearch: draft.fieldResearch || null,
      photos: draft.photos.map((p) => p.id)
    }
  }
}
