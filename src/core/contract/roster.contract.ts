import { z } from 'zod'
import { action } from './action'
import { id, pageOf, paging, phone, text, optionalText } from './fields'
import { areaView, personView, roleSchema, unitView } from './views'

const admin = ['admin'] as const

export const rosterActions = {
  'roster.areas.list': action({
    summary: 'All areas (片区) with their unit counts',
    input: z.object({}).default({}),
    output: z.object({ items: z.array(areaView) }),
    roles: admin,
    write: false
  }),
  'roster.areas.save': action({
    summary: 'Creates an area, or renames one when id is given',
    input: z.object({ id: id('片区').optional(), name: text('片区名称', 30) }),
    output: areaView,
    roles: admin,
    write: true
  }),
  'roster.units.list': action({
    summary: 'Units, optionally of one area',
    input: z.object({ areaId: id('片区').optional() }).default({}),
    output: z.object({ items: z.array(unitView) }),
    roles: admin,
    write: false
  }),
  'roster.units.save': action({
    summary: 'Creates or updates a unit',
    input: z.object({
      id: id('单位').optional(),
      name: text('单位名称', 40),
      areaId: id('所属片区'),
      kind: text('党组织类型', 10),
      active: z.boolean({ invalid_type_error: '状态无效' }).default(true)
    }),
    output: unitView,
    roles: admin,
    write: true
  }),
  'roster.people.list': action({
    summary: 'Roster people, filtered by unit and a name/phone search',
    input: z.object({ unitId: id('单位').optional(), q: optionalText('搜索词', 30), ...paging }).default({}),
    output: pageOf(personView),
    roles: admin,
    write: false
  }),
  'roster.people.save': action({
    summary: 'Creates or updates a roster person',
    input: z.object({
      id: id('人员').optional(),
      name: text('姓名', 20),
      phone: phone(),
      unitId: id('所在单位'),
      position: text('职务', 40),
      roles: z.array(roleSchema, { required_error: '请选择角色' }).min(1, '请至少选择一个角色'),
      active: z.boolean({ invalid_type_error: '状态无效' }).default(true)
    }),
    output: personView,
    roles: admin,
    write: true
  }),
  'roster.import': action({
    summary: 'Imports roster rows from an .xlsx or .csv file: all rows or none',
    input: z.object({
      fileName: text('文件名', 120).refine((n) => /\.(xlsx|csv)$/i.test(n), '请上传 .xlsx 或 .csv 文件'),
      contentBase64: z
        .string({ required_error: '请选择文件' })
        .min(1, '请选择文件')
        .max(8_000_000, '文件太大，请拆分后导入（不超过5MB）')
    }),
    output: z.object({ created: z.number() }),
    roles: admin,
    write: true
  }),
  'roster.codes.issue': action({
    summary: 'Issues a one-time code a person uses to bind WeChat or to log in',
    input: z.object({ personId: id('人员') }),
    output: z.object({ personId: z.string(), personName: z.string(), code: z.string(), expiresAt: z.string() }),
    roles: admin,
    write: true,
    // Only the code's hash is kept: a retry cannot show the code again.
    secret: { fields: ['code'], replayMessage: '验证码已发放，出于安全不再显示；如需查看，请重新发放' }
  })
}
