import { z } from 'zod'
import { CONTENT_TYPES, LEAD_MODES, MEETING_STATUSES } from '../model/meeting'

// What the meeting actions return (第一议题, SPEC §1).

export const firstItemTypeSchema = z.enum([...CONTENT_TYPES, 'other'])

/** A meeting as a line of a list. */
export const meetingItemView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.string(),
  /** e.g. `11月20日党组会` */
  name: z.string(),
  day: z.string(),
  /** `HH:mm` in China time. */
  time: z.string(),
  place: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  /** 计划召开 / 已召开 / 已撤销 */
  statusLabel: z.string(),
  /** The first item's type label and title, or null when there is none. */
  firstItem: z.object({ typeLabel: z.string(), title: z.string() }).nullable(),
  /** Null while planned (not judged yet). */
  compliant: z.boolean().nullable(),
  /** Started and not recorded yet. */
  awaitingRecord: z.boolean(),
  /** Not recorded 3 days after its date. */
  overdue: z.boolean(),
  /** Last day to record it without being overdue. */
  recordBy: z.string(),
  locked: z.boolean(),
  withdrawn: z.boolean(),
  attendeeCount: z.number(),
  /** Marked present (by scan or by hand); null in lists, which do not load attendance. */
  presentCount: z.number().nullable()
})
export type MeetingItemView = z.infer<typeof meetingItemView>

export const firstItemView = z.object({
  contentType: firstItemTypeSchema,
  typeLabel: z.string(),
  title: z.string(),
  speechId: z.string().nullable(),
  source: z.string().nullable(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  leadMode: z.enum(LEAD_MODES).nullable(),
  discussion: z.boolean(),
  speakers: z.array(z.object({ personId: z.string(), name: z.string(), points: z.string() })),
  tiedToWork: z.string().nullable(),
  followUp: z.string().nullable(),
  classics: z.array(
    z.object({ classicId: z.string(), title: z.string(), chapter: z.string().nullable(), pages: z.string().nullable() })
  )
})
export type FirstItemView = z.infer<typeof firstItemView>

export const attendeeView = z.object({
  personId: z.string(),
  name: z.string(),
  position: z.string(),
  /** On the expected list (false: a unit member who scanned in without being listed). */
  expected: z.boolean(),
  present: z.boolean(),
  /** 扫码 / 手动, or null when not marked. */
  via: z.enum(['qr', 'manual']).nullable(),
  at: z.string().nullable()
})
export type AttendeeView = z.infer<typeof attendeeView>

/** A meeting with everything its page shows. */
export const meetingDetailView = z.object({
  item: meetingItemView,
  attendees: z.array(attendeeView),
  guests: z.array(z.string()),
  firstItem: firstItemView.nullable(),
  otherItems: z.array(z.string()),
  completedAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  /** The records the meeting produced (lead study, exchange), live ones. */
  records: z.array(z.object({ id: z.string(), personName: z.string(), kindLabel: z.string() })),
  /** The viewer may change it (own unit's secretary while unlocked, or the admin). */
  canEdit: z.boolean(),
  /** Changing it needs a reason (the admin correcting a locked record). */
  needsReason: z.boolean(),
  /** The viewer may show the attendance QR code and tick attendance. */
  canTakeAttendance: z.boolean()
})
export type MeetingDetailView = z.infer<typeof meetingDetailView>

export const classicView = z.object({ id: z.string(), title: z.string(), active: z.boolean() })
export type ClassicView = z.infer<typeof classicView>

export const coverageView = z.object({
  meetings: z.number(),
  compliant: z.number(),
  nonCompliant: z.number(),
  overdue: z.number(),
  pending: z.number(),
  rate: z.number().nullable()
})
export type CoverageView = z.infer<typeof coverageView>

/** The period a coverage figure is for. */
export const periodView = z.object({
  kind: z.enum(['month', 'quarter', 'year']),
  year: z.number(),
  month: z.string().nullable(),
  quarter: z.number().nullable(),
  label: z.string(),
  /** The current month, quarter or year (the switcher stops there). */
  current: z.boolean()
})
export type PeriodView = z.infer<typeof periodView>
