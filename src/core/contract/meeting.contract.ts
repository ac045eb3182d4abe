import { z } from 'zod'
import { LEAD_MODES, MEETING_STATUSES } from '../model/meeting'
import { ROLES } from '../model/roles'
import { action } from './action'
import { clockTime, day, id, month, optionalText, text } from './fields'
import {
  classicView,
  coverageView,
  firstItemTypeSchema,
  meetingDetailView,
  meetingItemView,
  periodView,
  attendeeView
} from './meeting.views'

// Committee meetings and their first agenda item (第一议题), SPEC §1. The roles here are the outer
// gate; the service checks the unit (a secretary sees and records only their own unit's meetings).

const UNIT_VIEWERS = ['unitSecretary', 'unitLeader', 'admin'] as const
const RECORDERS = ['unitSecretary', 'admin'] as const

const year = z.number({ invalid_type_error: '年份应为数字' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效')

/** The period of a coverage figure: this month / quarter / year unless given. */
export const periodInput = {
  period: z.enum(['month', 'quarter', 'year'], { errorMap: () => ({ message: '请选择按月、按季度或按年' }) }).default('month'),
  year: year.optional(),
  month: month('月份').optional(),
  quarter: z.number({ invalid_type_error: '季度无效' }).int('季度无效').min(1, '季度无效').max(4, '季度无效').optional()
}

/** The first item's type: one of the four study types, `other` (not study) or `none` (no first item). */
const contentTypeInput = z.union([firstItemTypeSchema, z.literal('none')], {
  errorMap: () => ({ message: '请选择第一议题的内容类型' })
})

const meetingInput = z
  .object({
    id: id('会议').optional(),
    kind: text('会议类型', 20),
    day: day('会议日期'),
    time: clockTime('开始时间'),
    place: optionalText('会议地点', 60),
    status: z.enum(MEETING_STATUSES, { errorMap: () => ({ message: '请选择计划召开或已召开' }) }),
    attendeeIds: z.array(id('参会人员')).max(100, '参会人员最多100人').default([]),
    guests: z.array(text('列席人员', 20)).max(30, '列席人员最多30人').default([]),
    otherItems: z.array(text('其他议题', 100)).max(20, '其他议题最多20项').default([]),
    // The first agenda item, flat so each field's message lands next to it.
    contentType: contentTypeInput,
    title: optionalText('第一议题名称', 120),
    speechId: id('讲话').nullish(),
    source: optionalText('出处', 80),
    leadId: id('领学人').nullish(),
    leadMode: z.enum(LEAD_MODES, { errorMap: () => ({ message: '请选择领学或传达' }) }).nullish(),
    discussion: z.boolean({ invalid_type_error: '是否研讨式学习应为是或否' }).default(false),
    speakers: z
      .array(z.object({ personId: id('发言人'), points: text('发言要点', 500) }))
      .max(30, '交流发言最多30人')
      .default([]),
    tiedToWork: optionalText('结合本部门工作重点', 1000),
    followUp: optionalText('转化为工作思路和政策措施', 1000),
    classics: z
      .array(z.object({ classicId: id('经典著作'), chapter: optionalText('篇目章节', 60), pages: optionalText('页码', 30) }))
      .max(10, '关联经典著作最多10项')
      .default([]),
    /** Why a locked record is corrected (admin only). */
    reason: optionalText('修改原因', 200)
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
    // A planned meeting may not know its first item yet: it is checked once the meeting is recorded as held.
    if (v.contentType === 'none' || v.status === 'planned') return
    if (v.contentType === 'other') {
      if (!v.title) issue('title', '请填写第一议题名称')
      return
    }
    if (!v.title && !v.speechId) issue('title', '请从讲话目录选择，或填写第一议题名称')
    if (!v.leadId) issue('leadId', '请选择领学人')
    if (!v.leadMode) issue('leadMode', '请选择领学或传达')
    if (v.discussion && v.speakers.length === 0) issue('speakers', '研讨式学习请至少填写一位交流发言人')
    const seen = new Set<string>()
    for (const s of v.speakers) {
      if (seen.has(s.personId)) issue('speakers', '同一人的发言请合并填写')
      seen.add(s.personId)
    }
  })

export const meetingActions = {
  'meeting.list': action({
    summary: "A unit's meetings of a year (default: own unit, this year), newest first; admin may pick the unit",
    input: z.object({ unitId: id('单位').optional(), year: year.optional() }).default({}),
    output: z.object({ unitId: z.string(), unitName: z.string(), year: z.number(), items: z.array(meetingItemView) }),
    roles: UNIT_VIEWERS,
    write: false
  }),
  'meeting.get': action({
    summary: 'One meeting with attendees, first agenda item and the records it produced',
    input: z.object({ id: id('会议') }),
    output: meetingDetailView,
    roles: UNIT_VIEWERS,
    write: false
  }),
  'meeting.save': action({
    summary: 'Plans or records a meeting with its first agenda item; completing it yields lead-study and exchange records',
    input: meetingInput,
    output: meetingDetailView,
    roles: RECORDERS,
    write: true
  }),
  'meeting.withdraw': action({
    summary: 'Withdraws a meeting (cancelled or recorded by mistake) and the records it produced, with a reason',
    input: z.object({ id: id('会议'), reason: text('撤销原因', 200) }),
    output: meetingDetailView,
    roles: RECORDERS,
    write: true
  }),
  'meeting.roster': action({
    summary: "The unit's people to pick attendees, lead and speakers from, and the classic-texts catalogue",
    input: z.object({ unitId: id('单位').optional() }).default({}),
    output: z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitKind: z.string(),
      people: z.array(z.object({ id: z.string(), name: z.string(), position: z.string(), leader: z.boolean() })),
      classics: z.array(classicView)
    }),
    roles: UNIT_VIEWERS,
    write: false
  }),
  'meeting.attendance.mark': action({
    summary: 'The secretary ticks a unit member present or absent by hand',
    input: z.object({
      meetingId: id('会议'),
      personId: id('参会人员'),
      present: z.boolean({ required_error: '请选择是否出席' })
    }),
    output: z.object({ attendees: z.array(attendeeView) }),
    roles: RECORDERS,
    write: true
  }),
  'meeting.qr': action({
    summary: 'A signed, time-limited check-in token for a meeting, shown as a QR code by the secretary',
    input: z.object({ meetingId: id('会议') }),
    output: z.object({
      token: z.string(),
      meetingName: z.string(),
      unitName: z.string(),
      validFrom: z.string(),
      validUntil: z.string(),
      windowLabel: z.string()
    }),
    roles: ['unitSecretary'],
    write: false
  }),
  'meeting.checkIn': action({
    summary: 'Marks the caller present at the meeting a scanned token names (own unit, inside the time window)',
    input: z.object({
      token: z
        .string({ required_error: '缺少签到码', invalid_type_error: '签到码无效' })
        .trim()
        .min(1, '缺少签到码')
        .max(300, '二维码无效，请扫描会议记录员出示的签到码')
    }),
    output: z.object({ meetingName: z.string(), unitName: z.string(), at: z.string(), already: z.boolean() }),
    roles: ROLES,
    write: true
  }),
  'meeting.coverage': action({
    summary: "A unit's first-agenda coverage for a month, quarter or year, with non-compliant and unrecorded meetings",
    input: z.object({ unitId: id('单位').optional(), ...periodInput }).default({}),
    output: z.object({
      unitId: z.string(),
      unitName: z.string(),
      period: periodView,
      coverage: coverageView,
      nonCompliant: z.array(meetingItemView),
      unrecorded: z.array(meetingItemView)
    }),
    roles: UNIT_VIEWERS,
    write: false
  }),
  'meeting.districtCoverage': action({
    summary: 'First-agenda coverage of the district, each area and each unit (roster order, no ranking), with the lists',
    input: z.object({ areaId: id('片区').optional(), ...periodInput }).default({}),
    output: z.object({
      period: periodView,
      district: coverageView,
      areas: z.array(z.object({ areaId: z.string(), areaName: z.string(), coverage: coverageView })),
      units: z.array(z.object({ unitId: z.string(), unitName: z.string(), areaName: z.string(), coverage: coverageView })),
      nonCompliant: z.array(meetingItemView),
      unrecorded: z.array(meetingItemView)
    }),
    roles: ['admin'],
    write: false
  }),
  'classic.list': action({
    summary: 'The classic-texts catalogue (active entries unless the admin asks for all)',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({}),
    output: z.object({ items: z.array(classicView) }),
    roles: ROLES,
    write: false
  }),
  'classic.save': action({
    summary: 'Adds, renames or retires a classic text (admin)',
    input: z.object({ id: id('经典著作').optional(), title: text('书名', 60), active: z.boolean().default(true) }),
    output: classicView,
    roles: ['admin'],
    write: true
  })
}
