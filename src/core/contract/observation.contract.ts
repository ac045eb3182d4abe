import { z } from 'zod'
import { action } from './action'
import { day, id, optionalText, text } from './fields'
import { attachmentView } from './methods.views'
import {
  documentReviewSchema,
  drawView,
  figuresRow,
  observationGroupView,
  observationView,
  plannerGroupView,
  rectificationView,
  reviewView,
  rubricView,
  sheetNotes,
  sheetView
} from './observation.views'

// Observation of central-group study (巡听旁听), SPEC §3. Row-level checks (an observer's own
// group, a unit's own observations) happen in the service; the roles here are the outer gate.

const admin = ['admin'] as const
/**
 * Who may observe: group members (observers) and, for 相互, the partner unit's chosen people,
 * whatever their role. The service decides per observation (requireObserver).
 */
const OBSERVING = ['observer', 'cadre', 'districtLeader', 'unitSecretary', 'unitLeader'] as const
/** The admin, or an observation group's leader within the group's areas (各级党组织; checked in the service). */
const PLANNERS = ['admin', 'observer'] as const

function ids(label: string, max: number) {
  return z
    .array(id(label), { required_error: `请选择${label}`, invalid_type_error: `请选择${label}` })
    .max(max, `${label}最多${max}个`)
}

/** A point score; bounds per item are checked against the rubric version in the service. */
const score = z.number({ required_error: '请打分', invalid_type_error: '得分应为数字' })

const PLANNED_MODES = ['fixed', 'special', 'mutual'] as const

export const observationActions = {
  'observe.groups.list': action({
    summary: 'All observation groups with members and areas (admin)',
    input: z.object({}).default({}),
    output: z.object({ items: z.array(observationGroupView) }),
    roles: admin,
    write: false
  }),
  'observe.groups.save': action({
    summary: 'Creates or updates an observation group: leader, members (observers), areas',
    input: z.object({
      id: id('巡听旁听组').optional(),
      name: text('小组名称', 30),
      leaderId: id('组长'),
      memberIds: ids('组员', 30),
      areaIds: ids('负责片区', 30).min(1, '请至少选择一个片区'),
      active: z.boolean({ invalid_type_error: '状态无效' }).default(true)
    }),
    output: observationGroupView,
    roles: admin,
    write: true
  }),
  'observe.plans.list': action({
    summary:
      "Observations of a year (default this year) with that year's random draws and the groups the caller may plan with: all for the admin, the led groups' areas for a group leader",
    input: z
      .object({
        year: z.number({ invalid_type_error: '年份无效' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效').optional(),
        unitId: id('单位').optional()
      })
      .default({}),
    output: z.object({
      year: z.number(),
      items: z.array(observationView),
      draws: z.array(drawView),
      /** The active groups the caller may plan and accept with (a leader: the groups they lead). */
      groups: z.array(plannerGroupView)
    }),
    roles: PLANNERS,
    write: false
  }),
  'observe.partners': action({
    summary:
      "相互: the units a planner may pair with (the district for the admin, the led groups' areas for a group leader) and, given a unit, its people",
    input: z.object({ unitId: id('参加互学的单位').optional() }).default({}),
    output: z.object({
      units: z.array(z.object({ id: z.string(), name: z.string(), areaName: z.string() })),
      people: z.array(z.object({ id: z.string(), name: z.string(), position: z.string() }))
    }),
    roles: PLANNERS,
    write: false
  }),
  'observe.plan': action({
    summary:
      'Plans a fixed (定点), special (专项, several sessions) or mutual (相互) observation of upcoming central-group sessions',
    input: z
      .object({
        mode: z.enum(PLANNED_MODES, { errorMap: () => ({ message: '请选择定点、专项或相互巡听' }) }),
        /** The observed sessions: unit, day and start come from each. */
        sessionIds: ids('中心组学习', 30).min(1, '请从学习安排中选择要巡听的中心组学习'),
        groupId: id('巡听旁听组'),
        theme: optionalText('专项主题', 60),
        partnerUnitId: id('参加互学的单位').nullish(),
        /** 相互: the partner unit's people who observe and score this session. */
        partnerMemberIds: ids('参加互学的人员', 10).default([]),
        note: optionalText('备注', 300)
      })
      .superRefine((v, ctx) => {
        const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message })
        if (v.mode === 'mutual' && v.partnerMemberIds.length === 0) issue('partnerMemberIds', '请选择参加互学单位的巡听人员')
        if (v.mode !== 'special' && v.sessionIds.length !== 1) issue('sessionIds', '定点和相互巡听一次只选一次学习')
        if (new Set(v.sessionIds).size !== v.sessionIds.length) issue('sessionIds', '同一次学习选了两遍')
        if (v.mode === 'special' && !v.theme) issue('theme', '请填写专项主题')
        if (v.mode === 'mutual' && !v.partnerUnitId) issue('partnerUnitId', '请选择参加互学的单位')
      }),
    output: z.object({ items: z.array(observationView) }),
    roles: PLANNERS,
    write: true
  }),
  'observe.draw': action({
    summary:
      "Draws among an area's upcoming sessions in a date window (seed stored) and plans an observation of each, unannounced",
    input: z
      .object({
        areaId: id('片区'),
        count: z
          .number({ required_error: '请填写抽取次数', invalid_type_error: '抽取次数应为数字' })
          .int('抽取次数应为整数')
          .min(1, '至少抽取1次学习')
          .max(20, '一次最多抽取20次学习'),
        groupId: id('巡听旁听组'),
        from: day('抽取起始日期'),
        to: day('抽取截止日期'),
        seed: z
          .number({ invalid_type_error: '随机种子应为数字' })
          .int('随机种子应为整数')
          .min(0, '随机种子应在0到4294967295之间')
          .max(0xffffffff, '随机种子应在0到4294967295之间')
          .optional()
      })
      .superRefine((v, ctx) => {
        if (v.to < v.from) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: '截止日期不能早于起始日期' })
      }),
    output: z.object({ draw: drawView, items: z.array(observationView) }),
    roles: PLANNERS,
    write: true
  }),
  'observe.request': action({
    summary: "A unit secretary invites the area group (应邀) to one of their unit's upcoming central-group sessions",
    input: z.object({ sessionId: id('中心组学习'), note: optionalText('说明', 300) }),
    output: observationView,
    roles: ['unitSecretary'],
    write: true
  }),
  'observe.accept': action({
    summary: 'Accepts an invitation and assigns a group (admin)',
    input: z.object({ id: id('巡听邀请'), groupId: id('巡听旁听组') }),
    output: observationView,
    roles: PLANNERS,
    write: true
  }),
  'observe.cancel': action({
    summary:
      "Declines an invitation or cancels a planned observation, with a reason (the admin, or the leader of a group covering the unit's area)",
    input: z.object({ id: id('巡听安排'), reason: text('原因', 100) }),
    output: observationView,
    roles: PLANNERS,
    write: true
  }),
  'observe.mine': action({
    summary: "The observations of the caller's groups, newest first",
    input: z.object({}).default({}),
    output: z.object({
      items: z.array(observationView.extend({ mySheetAt: z.string().nullable(), isLeader: z.boolean() })),
      /** For a group leader: units' invitations (应邀) in the group's areas awaiting an answer, with the groups they may assign. */
      invitations: z.array(observationView.extend({ groups: z.array(z.object({ id: z.string(), name: z.string() })) }))
    }),
    roles: OBSERVING,
    write: false
  }),
  'observe.session': action({
    summary: 'One observation for its group or the admin: rubric, own sheet, all sheets, feedback',
    input: z.object({ id: id('巡听安排') }),
    output: z.object({
      observation: observationView,
      rubric: rubricView,
      mySheet: sheetView.nullable(),
      sheets: z.array(
        z.object({
          observerName: z.string(),
          total: z.number(),
          submittedAt: z.string(),
          /** The sheet's on-site photos, with links (the group and the admin may see them). */
          photos: z.array(attachmentView),
          /**
           * The observer's 点评, 查阅资料 and 实地调研, for the group leader (who writes the feedback from
           * them) and the admin; null for the other members, who read only their own sheet (mySheet).
           */
          notes: sheetNotes.nullable()
        })
      ),
      /** A member of the observation's group (who verifies rectification); a 相互 partner is not. */
      isMember: z.boolean(),
      isLeader: z.boolean(),
      /** Why the caller cannot score now, or null. */
      scoringProblem: z.string().nullable()
    }),
    roles: [...OBSERVING, 'admin'],
    write: false
  }),
  'observe.sheet.submit': action({
    summary: "Submits (or revises) the caller's score sheet for a session: one sheet per observer",
    input: z.object({
      observationId: id('巡听安排'),
      rubricVersion: z.number({ required_error: '缺少评分细则版本', invalid_type_error: '评分细则版本无效' }).int().min(1),
      scores: z.record(z.string(), score, { required_error: '请打分', invalid_type_error: '得分无效' }),
      comments: text('现场指导和点评', 2000),
      documentReview: documentReviewSchema,
      fieldResearch: optionalText('实地调研情况', 1000),
      /** Ids of images the caller uploaded (optional, at most 9). */
      photos: z.array(id('现场照片')).max(9, '现场照片最多9张').default([])
    }),
    output: sheetView,
    roles: OBSERVING,
    write: true
  }),
  'observe.review': action({
    summary:
      "查阅资料: the observed session's record and materials, the unit's year plan and recent committee meetings, read-only (its observers, the admin)",
    input: z.object({ id: id('巡听安排') }),
    output: reviewView,
    roles: [...OBSERVING, 'admin'],
    write: false
  }),
  'observe.feedback.send': action({
    summary: 'The group leader sends feedback: findings, suggestions and a rectification deadline',
    input: z.object({
      observationId: id('巡听安排'),
      findings: text('反馈结果', 2000),
      suggestions: text('意见建议', 2000),
      deadline: day('整改期限')
    }),
    output: rectificationView,
    roles: ['observer'],
    write: true
  }),
  'observe.rectify.submit': action({
    summary: 'The unit secretary answers the feedback with rectification measures and evidence',
    input: z.object({
      observationId: id('巡听安排'),
      measures: text('整改措施', 2000),
      evidence: text('整改落实情况', 2000)
    }),
    output: rectificationView,
    roles: ['unitSecretary'],
    write: true
  }),
  'observe.rectify.verify': action({
    summary: "A group member accepts the unit's rectification (closes it) or returns it with a reason",
    input: z
      .object({
        observationId: id('巡听安排'),
        accept: z.boolean({ required_error: '请选择通过或退回' }),
        reason: optionalText('退回原因', 300)
      })
      .superRefine((v, ctx) => {
        if (!v.accept && !v.reason) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请填写退回原因' })
      }),
    output: rectificationView,
    roles: ['observer'],
    write: true
  }),
  'observe.unit.list': action({
    summary: "The caller's unit's observations it may see (random ones only from their start), with feedback",
    input: z.object({}).default({}),
    output: z.object({
      unitName: z.string(),
      items: z.array(
        observationView.extend({
          /** Every sheet's on-site photos, with links, once feedback has been sent; empty before. */
          photos: z.array(attachmentView)
        })
      )
    }),
    roles: ['unitSecretary', 'unitLeader'],
    write: false
  }),
  'observe.rubric.list': action({
    summary: 'Every rubric version, newest first (admin)',
    input: z.object({}).default({}),
    output: z.object({ items: z.array(rubricView) }),
    roles: admin,
    write: false
  }),
  'observe.rubric.publish': action({
    summary: 'Publishes a new rubric version (100 points in all); sheets already scored keep theirs',
    input: z.object({
      items: z
        .array(z.object({ part: text('评分部分', 10), label: text('评分项目', 40), max: score }), {
          required_error: '请填写评分项目'
        })
        .min(1, '评分细则至少要有一项')
        .max(20, '评分细则最多20项')
    }),
    output: rubricView,
    roles: admin,
    write: true
  }),
  'observe.figures': action({
    summary: 'Per unit and year: observations by mode, mean score and grade, rectifications due/closed/overdue',
    input: z
      .object({
        year: z.number({ invalid_type_error: '年份无效' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效').optional()
      })
      .default({}),
    output: z.object({ year: z.number(), rows: z.array(figuresRow) }),
    roles: admin,
    write: false
  })
}
