import type { Audited } from './common'
import type { DayKey, MonthKey } from '../time'

// Publicity (新闻宣传 / 新媒体宣传, the notice's 四(二)(三), SPEC §4): an item a person or a unit sent
// to one of the admin's outlets, and what became of it. A reflection note submitted to an outlet is
// one such item (linked to the note), so the note's outlet state is stored here and only here.

/** The kinds of item, in the notice's words (四(二): 文章、评论、系列微视频、H5产品; 四(三): 好经验好做法、供稿“学习强国”). */
export const PUBLICITY_KINDS = ['article', 'commentary', 'microVideo', 'h5', 'practiceReport', 'xuexiContribution'] as const
export type PublicityKind = (typeof PUBLICITY_KINDS)[number]

export const PUBLICITY_KIND_LABELS: Record<PublicityKind, string> = {
  article: '文章',
  commentary: '评论',
  microVideo: '微视频（系列）',
  h5: 'H5作品',
  practiceReport: '经验做法报道',
  xuexiContribution: '学习强国供稿'
}

/** Submitted to the outlet, then published there or not used (不予采用). */
export const PUBLICITY_STATUSES = ['submitted', 'published', 'notUsed'] as const
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number]

export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus, string> = {
  submitted: '已投稿',
  published: '已刊发',
  notUsed: '不予采用'
}

/** Whose item it is: a person's own, or a unit's (its department, its 宣传 staff). */
export const PUBLICITY_OWNER_TYPES = ['person', 'unit'] as const
export type PublicityOwnerType = (typeof PUBLICITY_OWNER_TYPES)[number]

/**
 * The kinds of record an item may be about. Extensible: a model example (先进典型) joins this list
 * when models exist; the item keeps the subject's title as it was, so lists need no join.
 */
export const PUBLICITY_SUBJECT_KINDS = ['note', 'session', 'model'] as const
/** How a linked record's kind reads in pickers and lists. */
export const PUBLICITY_SUBJECT_LABELS: Record<PublicitySubjectKind, string> = {
  note: '心得',
  session: '中心组学习',
  model: '先进典型'
}
export type PublicitySubjectKind = (typeof PUBLICITY_SUBJECT_KINDS)[number]

export interface PublicitySubject {
  kind: PublicitySubjectKind
  id: string
  title: string
}

export interface PublicityItem extends Audited {
  id: string
  kind: PublicityKind
  ownerType: PublicityOwnerType
  /** The person for a person's item, null for a unit's. */
  personId: string | null
  /** The unit it counts for: the unit's own, or the person's unit when recorded. */
  unitId: string
  title: string
  /** The record it is about, picked from the owner's records; null when it stands alone. */
  subject: PublicitySubject | null
  outletId: string
  /** The outlet's name when submitted, kept if the admin renames it later. */
  outletName: string
  submittedOn: DayKey
  status: PublicityStatus
  /** Published: the day, and optionally the link and the page or issue (版面期次). */
  publishedOn: DayKey | null
  link: string | null
  pageIssue: string | null
  /** The day the outlet's answer (published or not used) was recorded against; null while submitted. */
  decidedOn: DayKey | null
  /**
   * The day the item counts on: the publication day once published, else the submission day
   * (stored with its month and year so the counts group by index).
   */
  countedOn: DayKey
  month: MonthKey
  year: number
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}

/** One row of the per-unit or per-outlet counts: live items by status. */
export interface PublicityCount {
  /** The unit id or the outlet id. */
  key: string
  submitted: number
  published: number
  notUsed: number
}
