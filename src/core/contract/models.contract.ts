import { z } from 'zod'
import { EVIDENCE_KINDS, MODEL_KINDS, SUBJECT_TYPES } from '../model/models'
import { ROLES } from '../model/roles'
import { action } from './action'
import { id, optionalText, text } from './fields'
import { candidatesView, nominationDetailView, nominationListView, showcaseView } from './models.views'

// Model examples (先进典型选树推介, notice 四(一), issue 11): nominate with evidence picked from
// existing records, the admin names or rejects, a named model can be revoked; a showcase for
// everyone. The roles are the outer gate; the service checks the unit and the observation group
// (rules/models nominationRight).

const NOMINATORS = ['admin', 'unitSecretary', 'observer'] as const
const year = z.number({ invalid_type_error: '年份应为数字' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效')
const kind = z.enum(MODEL_KINDS, { errorMap: () => ({ message: '请选择典型类别' }) })
const subjectType = z.enum(SUBJECT_TYPES, { errorMap: () => ({ message: '请选择推荐对象' }) })

const nominateInput = z
  .object({
    kind,
    year,
    subjectType,
    subjectId: id('推荐对象'),
    reason: text('推荐理由', 500),
    evidence: z
      .array(
        z.object({
          kind: z.enum(EVIDENCE_KINDS, { errorMap: () => ({ message: '推荐材料的类型无效' }) }),
          id: id('推荐材料')
        })
      )
      .min(1, '请至少勾选一项推荐材料')
      .max(20, '推荐材料最多20项'),
    /** Nominating as an observation group: the observation of the session the group observed. */
    observationId: id('巡听旁听').nullish()
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    v.evidence.forEach((e, i) => {
      const key = `${e.kind}:${e.id}`
      if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['evidence', i], message: '同一项推荐材料勾选了两次' })
      seen.add(key)
    })
  })

const reviewInput = z
  .object({
    id: id('推荐'),
    decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: '请选择命名或不予通过' }) }),
    /** The title it is named with; empty: the default (e.g. 2026年度中心组学习示范课). */
    title: optionalText('命名称号', 60),
    reason: optionalText('不予通过的理由', 500)
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && !v.reason)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请填写不予通过的理由' })
  })

export const modelsActions = {
  'models.nominate': action({
    summary:
      'Nominates a person, unit, central group or session as a model of a kind for a year, with evidence picked from records',
    input: nominateInput,
    output: nominationDetailView,
    roles: NOMINATORS,
    write: true
  }),
  'models.list': action({
    summary: "Nominations the caller filed (mine), of the caller's unit (unit) or all (admin), newest first",
    input: z.object({
      scope: z.enum(['mine', 'unit', 'all'], { errorMap: () => ({ message: '请选择查看范围' }) }),
      year: year.optional()
    }),
    output: nominationListView,
    roles: ['admin', 'unitSecretary', 'unitLeader', 'observer'],
    write: false
  }),
  'models.get': action({
    summary: 'One nomination with its evidence (its nominator, its unit and the admin; a named one everyone)',
    input: z.object({ id: id('推荐') }),
    output: nominationDetailView,
    roles: ROLES,
    write: false
  }),
  'models.review': action({
    summary: 'Names a waiting nomination with a title, or rejects it with a reason (admin)',
    input: reviewInput,
    output: nominationDetailView,
    roles: ['admin'],
    write: true
  }),
  'models.revoke': action({
    summary: 'Revokes a named model with a reason, kept in the audit trail (admin)',
    input: z.object({ id: id('推荐'), reason: text('撤销理由', 500) }),
    output: nominationDetailView,
    roles: ['admin'],
    write: true
  }),
  'models.showcase': action({
    summary: "The year's named models by kind with their evidence (every user; links only where the viewer may open)",
    input: z.object({ year: year.optional() }).default({}),
    output: showcaseView,
    roles: ROLES,
    write: false
  }),
  'models.candidates': action({
    summary: 'What the nomination form offers: units (admin), subjects of the unit, and the chosen subject’s records',
    input: z.object({
      kind,
      year,
      unitId: id('单位').nullish(),
      subjectType: subjectType.nullish(),
      subjectId: id('推荐对象').nullish(),
      observationId: id('巡听旁听').nullish()
    }),
    output: candidatesView,
    roles: NOMINATORS,
    write: false
  })
}
