import { z } from 'zod'
import { SESSION_STATUSES } from '../model/central-group'
import { CONTENT_TYPES, LEAD_MODES } from '../model/meeting'
import { action } from './action'
import { groupMembersView, groupPlanView, sessionDetailView, sessionItemView, sessionListView } from './central-group.views'
import { clockTime, day, id, optionalText, text } from './fields'

// Central-group study (中心组学习, issue 10): the unit secretary keeps the membership, the year plan
// and the sessions of the unit's 理论学习中心组. The roles are the outer gate; the service checks
// the unit, the member and the observation group (see central-group.access.ts).

const UNIT_VIEWERS = ['unitSecretary', 'unitLeader', 'admin'] as const
const year = z.number({ invalid_type_error: '年份应为数字' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效')

const sessionInput = z
  .object({
    id: id('学习记录').optional(),
    day: day('学习日期'),
    time: clockTime('开始时间'),
    place: optionalText('学习地点', 60),
    topic: text('学习主题', 120),
    status: z.enum(SESSION_STATUSES, { errorMap: () => ({ message: '请选择计划召开或已召开' }) }),
    materials: z
      .array(
        z.object({
          contentType: z.enum(CONTENT_TYPES, { errorMap: () => ({ message: '请选择学习材料的类型' }) }),
          title: optionalText('学习材料名称', 120),
          speechId: id('讲话').nullish(),
          source: optionalText('出处', 80)
        })
      )
      .max(20, '学习材料最多20项')
      .default([]),
    classics: z
      .array(z.object({ classicId: id('经典著作'), chapter: optionalText('篇目章节', 60), pages: optionalText('页码', 30) }))
      .max(10, '关联经典著作最多10项')
      .default([]),
    leadId: id('领学人').nullish(),
    leadMode: z.enum(LEAD_MODES, { errorMap: () => ({ message: '请选择领学或传达' }) }).nullish(),
    /** Empty: the unit's central-group membership. */
    memberIds: z.array(id('参加人员')).max(60, '参加人员最多60人').default([]),
    absentIds: z.array(id('缺席人员')).max(60, '缺席人员最多60人').default([]),
    speakers: z
      .array(z.object({ personId: id('发言人'), points: text('发言要点', 1000) }))
      .max(60, '研讨发言最多60人')
      .default([]),
    tiedToWork: optionalText('结合本单位工作实际', 1000),
    followUp: optionalText('转化为工作思路和政策措施', 1000)
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
    v.materials.forEach((m, i) => {
      if (!m.title && !m.speechId)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['materials', i, 'title'],
          message: '请从讲话目录选择，或填写学习材料名称'
        })
    })
    if (v.status !== 'completed') return
    if (!v.leadId) issue('leadId', '请选择领学人')
    if (!v.leadMode) issue('leadMode', '请选择领学或传达')
  })

export const centralGroupActions = {
  'centralGroup.members.get': action({
    summary: "The unit's central-group membership among its active people (who may lead marked)",
    input: z.object({ unitId: id('单位').optional() }).default({}),
    output: groupMembersView,
    roles: UNIT_VIEWERS,
    write: false
  }),
  'centralGroup.members.save': action({
    summary: "Replaces the unit's central-group membership (unit secretary)",
    input: z.object({ memberIds: z.array(id('中心组成员')).max(60, '中心组成员最多60人') }),
    output: groupMembersView,
    roles: ['unitSecretary'],
    write: true
  }),
  'centralGroup.plan.get': action({
    summary: "The unit's central-group study plan of a year (default: this year); empty when none",
    input: z.object({ unitId: id('单位').optional(), year: year.optional() }).default({}),
    output: groupPlanView,
    roles: UNIT_VIEWERS,
    write: false
  }),
  'centralGroup.plan.save': action({
    summary: "Replaces the unit's central-group study plan of a year (topics per month or quarter; unit secretary)",
    input: z.object({
      year,
      items: z.array(z.object({ period: text('学习时间', 10), topic: text('学习专题', 120) })).max(24, '学习计划最多24项')
    }),
    output: groupPlanView,
    roles: ['unitSecretary'],
    write: true
  }),
  'centralGroup.session.list': action({
    summary: "The unit's central-group sessions of a year (default: this year), earliest first",
    input: z.object({ unitId: id('单位').optional(), year: year.optional() }).default({}),
    output: sessionListView,
    roles: UNIT_VIEWERS,
    write: false
  }),
  'centralGroup.session.get': action({
    summary: 'One session: its unit, the admin, its members, and the area observation group while it is upcoming',
    input: z.object({ id: id('学习记录') }),
    output: sessionDetailView,
    roles: ['cadre', 'districtLeader', 'unitSecretary', 'unitLeader', 'observer', 'admin'],
    write: false
  }),
  'centralGroup.session.save': action({
    summary: 'Plans or records a session (unit secretary); a held one yields the lead-study and exchange records',
    input: sessionInput,
    output: sessionDetailView,
    roles: ['unitSecretary'],
    write: true
  }),
  'centralGroup.session.withdraw': action({
    summary: 'Withdraws a session and the records it produced, with a reason (unit secretary)',
    input: z.object({ id: id('学习记录'), reason: text('撤销原因', 200) }),
    output: sessionDetailView,
    roles: ['unitSecretary'],
    write: true
  }),
  'centralGroup.upcoming': action({
    summary:
      'Upcoming sessions from today for a number of days: the district (admin) or the areas of the caller’s observation groups',
    input: z
      .object({
        days: z
          .number({ invalid_type_error: '天数应为数字' })
          .int('天数无效')
          .min(1, '天数无效')
          .max(366, '天数最多366')
          .default(60)
      })
      .default({}),
    output: z.object({ from: z.string(), to: z.string(), items: z.array(sessionItemView) }),
    roles: ['observer', 'admin'],
    write: false
  })
}
