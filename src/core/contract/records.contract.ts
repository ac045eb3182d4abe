import { z } from 'zod'
import { SCHOOL_KINDS } from '../model/methods'
import { ROLES, STUDYING_ROLES } from '../model/roles'
import { action } from './action'
import { DERIVED_KINDS } from '../rules/duplicate-records'
import { day, id, month, optionalText, text } from './fields'
import {
  listedKindSchema,
  outletView,
  quotaView,
  recordDetailView,
  recordItemView,
  schoolView,
  unitMethodsView
} from './methods.views'

// Reading the study records: "我的记录", a record's detail, the unit table,
// and the lists the admin keeps (outlets, schools, quotas per year).

const UNIT_VIEWERS = ['unitSecretary', 'unitLeader', 'admin'] as const
const year = (label: string) =>
  z
    .number({ invalid_type_error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(2000, `${label}无效`)
    .max(2100, `${label}无效`)

export const recordsActions = {
  'record.list': action({
    summary: "The caller's records of a month across all methods, optionally of one kind (withdrawn ones shown as such)",
    input: z.object({ month: month('月份').optional(), kind: listedKindSchema.nullish() }).default({}),
    output: z.object({
      month: z.string(),
      currentMonth: z.string(),
      /** The last month the list can move to: this month, or a later one holding a planned record. */
      lastMonth: z.string(),
      items: z.array(recordItemView)
    }),
    roles: STUDYING_ROLES,
    write: false
  }),
  'record.get': action({
    summary: 'One record with details and attachment links: its owner, its unit’s secretary/leader, or the admin',
    input: z.object({ id: id('记录') }),
    output: recordDetailView,
    roles: ROLES,
    write: false
  }),
  'record.derivedOn': action({
    summary:
      "The caller's records of a kind a meeting already made on a day (lead study, exchange), so the form warns before a second one",
    input: z.object({
      kind: z.enum(DERIVED_KINDS, { errorMap: () => ({ message: '请选择记录类型' }) }),
      date: day('日期')
    }),
    output: z.object({ items: z.array(z.object({ id: z.string(), message: z.string() })) }),
    roles: STUDYING_ROLES,
    write: false
  }),
  'record.withdraw': action({
    summary: 'Withdraws one of the caller’s own method records while its period is open (soft delete, audited)',
    input: z.object({ id: id('记录'), reason: optionalText('撤回原因', 100) }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'unit.methodsOverview': action({
    summary: "A unit's cadres with each method's count for a month or a year and quotas met or not (roster order, no ranking)",
    input: z
      .object({
        unitId: id('单位').optional(),
        period: z.enum(['month', 'year'], { errorMap: () => ({ message: '请选择按月或按年' }) }).default('month'),
        month: month('月份').optional(),
        year: year('年份').optional()
      })
      .default({}),
    output: unitMethodsView,
    roles: UNIT_VIEWERS,
    write: false
  }),
  'unit.personRecords': action({
    summary: "One cadre's records of a month or year, for the unit's secretary/leader or the admin",
    input: z.object({
      personId: id('干部'),
      month: month('月份').optional(),
      year: year('年份').optional(),
      kind: listedKindSchema.nullish()
    }),
    output: z.object({ personName: z.string(), items: z.array(recordItemView) }),
    // A district leader only once the admin lets them read the district (checked in the service).
    roles: [...UNIT_VIEWERS, 'districtLeader'],
    write: false
  }),
  'outlet.list': action({
    summary: 'Outlets a note can be submitted to (active ones unless the admin asks for all)',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({}),
    output: z.object({ items: z.array(outletView) }),
    roles: ROLES,
    write: false
  }),
  'outlet.save': action({
    summary: 'Adds, renames or retires an outlet (admin)',
    input: z.object({ id: id('投稿平台').optional(), name: text('平台名称', 40), active: z.boolean().default(true) }),
    output: outletView,
    roles: ['admin'],
    write: true
  }),
  'school.list': action({
    summary: 'Schools lectures are given at (active ones unless the admin asks for all)',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({}),
    output: z.object({ items: z.array(schoolView) }),
    roles: ROLES,
    write: false
  }),
  'school.save': action({
    summary: 'Adds, edits or retires a school (admin)',
    input: z.object({
      id: id('学校').optional(),
      name: text('学校名称', 40),
      kind: z.enum(SCHOOL_KINDS, { errorMap: () => ({ message: '请选择学校类型' }) }),
      active: z.boolean().default(true)
    }),
    output: schoolView,
    roles: ['admin'],
    write: true
  }),
  'school.merge': action({
    summary: 'Merges a school typed on a lecture form into a listed school: its lectures move over (admin, audited)',
    input: z.object({ fromId: id('待确认的学校'), intoId: id('名单中的学校') }),
    output: z.object({ moved: z.number(), school: schoolView }),
    roles: ['admin'],
    write: true
  }),
  'quota.list': action({
    summary: 'Quotas per year: the stored years and the current year (defaults when not set)',
    input: z.object({}).default({}),
    output: z.object({ currentYear: z.number(), items: z.array(quotaView) }),
    roles: ['admin'],
    write: false
  }),
  'quota.save': action({
    summary: "Sets a year's quotas (admin): speeches per month and lectures per year for district leaders",
    input: z.object({
      year: year('年份'),
      speechesPerMonth: z
        .number({ required_error: '请填写每月学习篇数', invalid_type_error: '每月学习篇数应为数字' })
        .int('每月学习篇数应为整数')
        .min(1, '每月学习篇数不能小于1')
        .max(31, '每月学习篇数不能超过31'),
      lecturesPerYear: z
        .number({ required_error: '请填写每年讲课次数', invalid_type_error: '每年讲课次数应为数字' })
        .int('每年讲课次数应为整数')
        .min(1, '每年讲课次数不能小于1')
        .max(50, '每年讲课次数不能超过50')
    }),
    output: quotaView,
    roles: ['admin'],
    write: true
  })
}
