import { z } from 'zod'
import { PUBLICITY_KINDS, PUBLICITY_OWNER_TYPES, PUBLICITY_STATUSES, PUBLICITY_SUBJECT_KINDS } from '../model/publicity'
import { ROLES } from '../model/roles'
import { action } from './action'
import { day, id, month, optionalLink, optionalText, paging, pageOf, text } from './fields'
import { publicityCountsView, publicityItemView, publicityOptionsView } from './publicity.views'

// Publicity (新闻宣传 / 新媒体宣传, issue 11). The roles are the outer gate; who may record for whom
// is the rule in rules/publicity (the person their own, the unit secretary the unit and its
// people, the admin anyone), checked by the service.

const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { errorMap: () => ({ message: `请选择${label}` }) })

const year = z.number({ invalid_type_error: '年份应为数字' }).int('年份无效').min(2000, '年份无效').max(2100, '年份无效')

const COUNT_READERS = ['unitSecretary', 'unitLeader', 'admin'] as const

export const publicityActions = {
  'publicity.options': action({
    summary:
      'What the record form offers: the unit and people the caller may record for, outlets, and the owner’s linkable records',
    input: z
      .object({
        ownerType: choice(PUBLICITY_OWNER_TYPES, '归属').default('person'),
        personId: id('人员').optional(),
        unitId: id('单位').optional()
      })
      .default({}),
    output: publicityOptionsView,
    roles: ROLES,
    write: false
  }),
  'publicity.record': action({
    summary: 'Records an item submitted to an outlet, for oneself, one’s unit or its people; one item per record and outlet',
    input: z.object({
      ownerType: choice(PUBLICITY_OWNER_TYPES, '归属'),
      /** A person's item: whose (default: the caller). */
      personId: id('人员').optional(),
      /** A unit's item: which (default: the caller's unit). */
      unitId: id('单位').optional(),
      kind: choice(PUBLICITY_KINDS, '宣传形式'),
      title: text('标题', 80),
      outletId: id('投稿平台'),
      submittedOn: day('投稿日期'),
      subject: z.object({ kind: choice(PUBLICITY_SUBJECT_KINDS, '关联记录类型'), id: id('关联记录') }).nullish()
    }),
    output: publicityItemView,
    roles: ROLES,
    write: true
  }),
  'publicity.answer': action({
    summary: 'Records the outlet’s answer: published (day, link, page/issue) or not used; a published one may be corrected',
    input: z.object({
      id: id('宣传报道'),
      status: z.enum(['published', 'notUsed'], { errorMap: () => ({ message: '请选择已刊发或不予采用' }) }),
      day: day('日期'),
      link: optionalLink('刊发链接'),
      pageIssue: optionalText('版面期次', 40)
    }),
    output: publicityItemView,
    roles: ROLES,
    write: true
  }),
  'publicity.withdraw': action({
    summary: 'Withdraws an item recorded by mistake (kept, audited, no longer listed or counted)',
    input: z.object({ id: id('宣传报道'), reason: optionalText('撤回原因', 100) }),
    output: publicityItemView,
    roles: ROLES,
    write: true
  }),
  'publicity.list': action({
    summary:
      'Live items, latest first: the caller’s own, their unit’s (secretary, leader) or the district’s (admin), with filters',
    input: z
      .object({
        scope: choice(['mine', 'unit', 'district'] as const, '范围').default('mine'),
        /** The admin's unit filter (district), or the unit (admin, unit scope). */
        unitId: id('单位').optional(),
        kind: choice(PUBLICITY_KINDS, '宣传形式').optional(),
        status: choice(PUBLICITY_STATUSES, '状态').optional(),
        outletId: id('投稿平台').optional(),
        month: month('月份').optional(),
        year: year.optional(),
        ...paging
      })
      .default({}),
    output: pageOf(publicityItemView),
    roles: ROLES,
    write: false
  }),
  'publicity.counts': action({
    summary: 'Live items of a month or a year per unit (area/unit order) and per outlet: the district (admin) or one’s own unit',
    input: z
      .object({
        period: choice(['month', 'year'] as const, '按月或按年').default('month'),
        month: month('月份').optional(),
        year: year.optional()
      })
      .default({}),
    output: publicityCountsView,
    roles: COUNT_READERS,
    write: false
  })
}
