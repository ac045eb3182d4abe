import type { Audited } from './common'
import type { DayKey, MonthKey } from '../time'

// The study methods other than the self-study check-in (SPEC §2): reflection notes and 学习强国
// reports (both part of 平时抓紧自学), school lectures, grassroots outreach, lead study at meetings
// and exchange learning. One record type with a `kind` and typed details, so "my records", the
// unit table and the home's latest list read one collection.

/** The kinds of method record; self-study check-ins live in `StudyRecord`. */
export const RECORD_KINDS = ['note', 'lecture', 'outreach', 'leadStudy', 'exchange', 'xuexi'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  note: '心得体会',
  lecture: '进学校讲课',
  outreach: '沉到基层宣讲',
  leadStudy: '以会代训领学',
  exchange: '在交流中互学',
  xuexi: '学习强国'
}

/** A file attached to a record, denormalised so lists need no join. */
export interface Attachment {
  fileId: string
  name: string
  mime: string
  size: number
}

/**
 * 心得体会: draft (written, not sent) → submitted to an outlet → published there, or not used
 * there. Read from the note's publicity items (rules/publicity noteOutletState), not stored on it.
 */
export const NOTE_STATUSES = ['draft', 'submitted', 'published', 'notUsed'] as const
export type NoteStatus = (typeof NOTE_STATUSES)[number]

export interface NoteDetails {
  title: string
  /** Long text; paragraphs are kept as written. */
  body: string
  /** Catalogue speeches the note is about. */
  speechIds: string[]
  /** The author's own self-study records it grew from. */
  studyIds: string[]
  /**
   * The outlet fields below are kept as notes stored them before publicity items (issue 11) and
   * read only while a note has no item; new notes keep them at draft/null.
   */
  status: NoteStatus
  outletId: string | null
  /** Outlet name when submitted, kept even if the admin renames the outlet later. */
  outletName: string | null
  submittedOn: DayKey | null
  publishedOn: DayKey | null
  link: string | null
}

export const CLASS_TYPES = ['党课', '思想政治理论课', '道德法治课', '形势政策教育课'] as const
export type ClassType = (typeof CLASS_TYPES)[number]

/**
 * The kinds of school the admin lists: 中小学 as the notice says (二(三) 到中小学), so no 中职. A
 * school stored before with another kind (中职) keeps it and still reads; it is only not offered.
 */
export const SCHOOL_KINDS = ['小学', '初中', '高中', '九年一贯制', '完全中学', '其他'] as const
export type SchoolKind = (typeof SCHOOL_KINDS)[number]

/**
 * The kind of a school a district leader typed on the lecture form because it was not listed: it
 * is kept as typed until the admin merges it into a listed school (school.merge).
 */
export const TYPED_SCHOOL_KIND = '待确认'

/** A lecture may be registered ahead (planned); only given lectures count. */
export const LECTURE_STATUSES = ['planned', 'given'] as const
export type LectureStatus = (typeof LECTURE_STATUSES)[number]

export interface LectureDetails {
  schoolId: string
  /** Name and kind as they were when registered. */
  schoolName: string
  schoolKind: string
  classType: ClassType
  topic: string
  audience: number | null
  status: LectureStatus
  /** 走进校园搞调研: optional notes of campus research. */
  research: string | null
}

export const PLACE_TYPES = ['分管领域/部门', '党建联系点', '企业联系点', '社区', '其他'] as const
export type PlaceType = (typeof PLACE_TYPES)[number]

export interface OutreachDetails {
  placeType: PlaceType
  place: string
  topic: string
  audience: number | null
  /** 面对面 */
  faceToFace: boolean
  /** Given as a member of the 理论宣讲团. */
  lectureGroupMember: boolean
}

export interface LeadStudyDetails {
  /** The meeting's name as the person wrote it (or as the source meeting records it). */
  meeting: string
  /** What was studied. */
  content: string
  /** How it was tied to the work deployed (结合部署工作). */
  tiedToWork: string | null
}

export const OCCASIONS = ['党委会议', '中心组学习', '调研座谈', '谈心', '其他'] as const
export type Occasion = (typeof OCCASIONS)[number]

export interface ExchangeDetails {
  occasion: Occasion
  /** Set on records a meeting or session produced: its real kind (党组会, 中心组学习 …). */
  occasionName?: string
  /** What was exchanged. */
  content: string
}

/**
 * 学习强国: an optional note of the month, at most one per person and month — never counted,
 * compared or asked for. Points and screenshots are not taken (the 2023 rules against 指尖上的形式主义
 * name 学习强国 points and screenshots); reports stored before may still hold a `points` value and a
 * screenshot, which are kept but never shown.
 */
export interface XuexiDetails {
  note: string | null
}

export interface MethodDetails {
  note: NoteDetails
  lecture: LectureDetails
  outreach: OutreachDetails
  leadStudy: LeadStudyDetails
  exchange: ExchangeDetails
  xuexi: XuexiDetails
}

/** Fields every method record carries. */
export interface MethodRecordBase extends Audited {
  id: string
  personId: string
  /** The person's unit when recording, so unit views need no join. */
  unitId: string
  /** The day it happened (note: written; lecture: given or planned; xuexi: first of the month). */
  date: DayKey
  /** Derived from date, stored so periods can be queried by index. */
  month: MonthKey
  year: number
  /** Whether it counts towards the person's figures (a planned lecture does not). */
  counted: boolean
  /** The meeting (issue 4) that produced it; such records are changed through the meeting. */
  sourceMeetingId: string | null
  /** Photos, screenshots, documents: always optional. */
  attachments: Attachment[]
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}

/** A method record of one kind. */
export type RecordOf<K extends RecordKind> = MethodRecordBase & { kind: K; details: MethodDetails[K] }

export type MethodRecord = { [K in RecordKind]: RecordOf<K> }[RecordKind]

/** An outlet a note can be submitted to (list kept by the admin). */
export interface Outlet extends Audited {
  id: string
  name: string
  active: boolean
}

/** A school lectures are given at (list kept by the admin). */
export interface School extends Audited {
  id: string
  name: string
  kind: string
  active: boolean
}

/** The quotas of one year as the admin set them; a year without a row uses DEFAULT_QUOTAS. */
export interface YearQuota extends Audited {
  year: number
  speechesPerMonth: number
  lecturesPerYear: number
}

/** Where an uploaded file is reachable from. */
export type FileKind = 'image' | 'document'

/** An uploaded file: its bytes live in the files port, this row says who may see it. */
export interface StoredFile {
  id: string
  ownerId: string
  /** The original name, for display only; the type comes from the content. */
  name: string
  mime: string
  kind: FileKind
  size: number
  /** Where the bytes are: a path under the files folder, or a CloudBase fileID. */
  storageKey: string
  /**
   * What it is attached to (`attachmentRef` in rules/files: a method record's id, or `scoreSheet:<id>`);
   * null until attached (then only the owner sees it).
   */
  recordId: string | null
  createdAt: string
}

/**
 * What one person registered in uploads in one district month, for the upload quota
 * (rules/upload-quota): one document per person and month, updated with each registration.
 */
export interface UploadUsage {
  personId: string
  /** `YYYY-MM`, China time. */
  month: string
  /** Files registered this month. */
  files: number
  /** Their bytes. */
  bytes: number
  /** The last day (`YYYY-MM-DD`) a file was registered, and how many that day. */
  day: string
  dayFiles: number
  updatedAt: string
}
