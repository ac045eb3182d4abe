import { z } from 'zod'
import { CLASS_TYPES, LECTURE_STATUSES, NOTE_STATUSES, OCCASIONS, PLACE_TYPES, RECORD_KINDS } from '../model/methods'

// What the study-method actions return.

/** Every kind shown in "我的记录": the self-study check-in plus the method records. */
export const LISTED_KINDS = ['study', ...RECORD_KINDS] as const
export type ListedKind = (typeof LISTED_KINDS)[number]

export const listedKindSchema = z.enum(LISTED_KINDS, { errorMap: () => ({ message: '记录类型无效' }) })
export const recordKindSchema = z.enum(RECORD_KINDS, { errorMap: () => ({ message: '记录类型无效' }) })

/** One line of a record list. */
export const recordItemView = z.object({
  id: z.string(),
  kind: listedKindSchema,
  title: z.string(),
  /** A short second line, e.g. the school or the outlet. */
  subtitle: z.string(),
  date: z.string(),
  /** 计划 / 已讲授 / 已投稿 / 已刊发 …, or null when the kind has no status. */
  status: z.string().nullable(),
  withdrawn: z.boolean(),
  /** Produced by a meeting record; changed only through the meeting. */
  fromMeeting: z.boolean(),
  canWithdraw: z.boolean(),
  attachmentCount: z.number()
})
export type RecordItemView = z.infer<typeof recordItemView>

export const attachmentView = z.object({
  fileId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  image: z.boolean(),
  /** Where to fetch it: a short-lived link (a signed local path, or a CloudBase temporary URL). */
  url: z.string()
})
export type AttachmentView = z.infer<typeof attachmentView>

export const noteDetailsView = z.object({
  title: z.string(),
  body: z.string(),
  speeches: z.array(z.object({ id: z.string(), title: z.string() })),
  studyIds: z.array(z.string()),
  status: z.enum(NOTE_STATUSES),
  outletId: z.string().nullable(),
  outletName: z.string().nullable(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  link: z.string().nullable()
})

export const lectureDetailsView = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  schoolKind: z.string(),
  classType: z.enum(CLASS_TYPES),
  topic: z.string(),
  audience: z.number().nullable(),
  status: z.enum(LECTURE_STATUSES),
  research: z.string().nullable()
})

export const outreachDetailsView = z.object({
  placeType: z.enum(PLACE_TYPES),
  place: z.string(),
  topic: z.string(),
  audience: z.number().nullable(),
  faceToFace: z.boolean(),
  lectureGroupMember: z.boolean()
})

export const leadStudyDetailsView = z.object({ meeting: z.string(), content: z.string(), tiedToWork: z.string().nullable() })
export const exchangeDetailsView = z.object({
  occasion: z.enum(OCCASIONS),
  /** A meeting's or session's record: the real kind of the occasion (党组会, 中心组学习). */
  occasionName: z.string().optional(),
  content: z.string()
})
export const xuexiDetailsView = z.object({ note: z.string().nullable() })
export const studyDetailsView = z.object({
  speechId: z.string().nullable(),
  title: z.string(),
  minutes: z.number().nullable(),
  note: z.string().nullable()
})

/** The kind together with its typed details. */
export const recordBodyView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('study'), details: studyDetailsView }),
  z.object({ kind: z.literal('note'), details: noteDetailsView }),
  z.object({ kind: z.literal('lecture'), details: lectureDetailsView }),
  z.object({ kind: z.literal('outreach'), details: outreachDetailsView }),
  z.object({ kind: z.literal('leadStudy'), details: leadStudyDetailsView }),
  z.object({ kind: z.literal('exchange'), details: exchangeDetailsView }),
  z.object({ kind: z.literal('xuexi'), details: xuexiDetailsView })
])
export type RecordBodyView = z.infer<typeof recordBodyView>

/** A record with everything a detail page shows. */
export const recordDetailView = z.object({
  item: recordItemView,
  body: recordBodyView,
  person: z.object({ id: z.string(), name: z.string(), unitName: z.string() }),
  attachments: z.array(attachmentView),
  /** The viewer owns it and may still change it. */
  canEdit: z.boolean(),
  mine: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  withdrawReason: z.string().nullable()
})
export type RecordDetailView = z.infer<typeof recordDetailView>

export const outletView = z.object({ id: z.string(), name: z.string(), active: z.boolean() })
export type OutletView = z.infer<typeof outletView>

export const schoolView = z.object({ id: z.string(), name: z.string(), kind: z.string(), active: z.boolean() })
export type SchoolView = z.infer<typeof schoolView>

export const quotaView = z.object({
  year: z.number(),
  speechesPerMonth: z.number(),
  lecturesPerYear: z.number(),
  /** False when the year uses the defaults (nothing stored). */
  custom: z.boolean()
})
export type QuotaView = z.infer<typeof quotaView>

export const fileView = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  image: z.boolean()
})
export type FileView = z.infer<typeof fileView>

const progressView = z.object({ count: z.number(), quota: z.number(), met: z.boolean() })

/** The cadre's home. */
export const homeView = z.object({
  today: z.string(),
  month: z.string(),
  year: z.number(),
  study: progressView,
  /** Null for people without the lecture quota. */
  lectures: progressView.nullable(),
  /** What is due next and when, soonest first. */
  due: z.array(z.object({ key: z.string(), text: z.string(), when: z.string(), kind: listedKindSchema })),
  latest: z.array(recordItemView)
})
export type HomeView = z.infer<typeof homeView>

export const unitMethodsView = z.object({
  unitName: z.string(),
  unitId: z.string(),
  period: z.enum(['month', 'year']),
  month: z.string(),
  year: z.number(),
  quotas: z.object({ speechesPerMonth: z.number(), lecturesPerYear: z.number() }),
  rows: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      position: z.string(),
      counts: z.record(z.number()),
      /** Self-study quota met in the month (month view) or months met so far (year view). */
      studyMet: z.boolean(),
      monthsMet: z.number().nullable(),
      /** Null for people without the lecture quota. */
      lecturesMet: z.boolean().nullable()
    })
  )
})
export type UnitMethodsView = z.infer<typeof unitMethodsView>
