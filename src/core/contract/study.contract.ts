import { z } from 'zod'
import { ROLES, STUDYING_ROLES } from '../model/roles'
import { action } from './action'
import { day, id, month, optionalInt, optionalLink, optionalText, pageOf, paging, text } from './fields'
import { speechView, studyView, unitView } from './views'

export const studyActions = {
  'speech.search': action({
    summary: 'Searches the speech catalogue by title or source, newest first',
    input: z
      .object({
        q: optionalText('搜索词', 50),
        includeArchived: z.boolean().default(false),
        ...paging
      })
      .default({}),
    output: pageOf(speechView),
    roles: ROLES,
    write: false
  }),
  'speech.save': action({
    summary: 'Adds or edits a catalogue speech (admin)',
    input: z.object({
      id: id('讲话').optional(),
      title: text('讲话标题', 120),
      date: day('讲话日期'),
      source: text('出处', 80),
      link: optionalLink('原文链接'),
      archived: z.boolean().default(false)
    }),
    output: speechView,
    roles: ['admin'],
    write: true
  }),
  'study.record': action({
    summary: 'Records one study of a speech (catalogue or typed title); repeated study counts again',
    input: z
      .object({
        speechId: id('讲话').nullish(),
        title: optionalText('讲话标题', 120),
        studiedOn: day('学习日期'),
        minutes: optionalInt('学习时长', 1, 600, '分钟'),
        note: optionalText('学习笔记', 1000)
      })
      .superRefine((v, ctx) => {
        if (!v.speechId && !v.title) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['title'], message: '请从目录选择讲话，或填写讲话标题' })
        }
      }),
    output: studyView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'study.month': action({
    summary: "The caller's self-study records and quota progress for a month (default: this month)",
    input: z.object({ month: month('月份').optional() }).default({}),
    output: z.object({
      month: z.string(),
      currentMonth: z.string(),
      count: z.number(),
      quota: z.number(),
      met: z.boolean(),
      records: z.array(studyView)
    }),
    roles: STUDYING_ROLES,
    write: false
  }),
  'study.withdraw': action({
    summary: 'Withdraws one of the caller’s own records of the current month (soft delete, audited)',
    input: z.object({ id: id('学习记录'), reason: optionalText('撤回原因', 100) }),
    output: studyView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'unit.options': action({
    summary: 'Units the caller may open in unit views (own unit, or all for the admin)',
    input: z.object({}).default({}),
    output: z.object({ items: z.array(unitView) }),
    roles: ['unitSecretary', 'unitLeader', 'admin'],
    write: false
  })
}
