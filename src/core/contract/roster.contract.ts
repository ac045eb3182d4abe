import { z } from 'zod'
import { action } from './action'
import { id, pageOf, paging, phone, text, optionalText } from './fields'
import { areaView, personView, roleSchema, unitView } from './views'

/** An import job as the admin's page shows it: 已写入 written / total. */
export const importJobView = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['writing', 'committed', 'discarded']),
  total: z.number(),
  written: z.number(),
  createdAt: z.string()
})
export type ImportJobView = z.infer<typeof importJobView>

const admin = ['admin'] as const

const moveDirection = z.enum(['up', 'down'], { errorMap: () => ({ message: '请选择上移或下移' }) })

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
  'roster.areas.move': action({
    summary: "Moves an area one place up or down in the admin's order (every list of areas follows it)",
    input: z.object({ id: id('片区'), direction: moveDirection }),
    output: z.object({ items: z.array(areaView) }),
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
  'roster.units.move': action({
    summary: "Moves a unit one place up or down among its area's units (every unit list follows it)",
    input: z.object({ id: id('单位'), direction: moveDirection }),
    output: z.object({ items: z.array(unitView) }),
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
  'roster.import.start': action({
    summary:
      'Validates an uploaded roster file (.xlsx/.csv) whole and, when every row is valid, makes an import job; nothing is visible yet',
    input: z.object({
      fileName: text('文件名', 120).refine((n) => /\.(xlsx|csv)$/i.test(n), '请上传 .xlsx 或 .csv 文件'),
      /** The uploaded file: a local key or a CloudBase fileID in the caller's `imports/<personId>/` folder. */
      storageKey: text('上传的文件', 500)
    }),
    output: importJobView,
    roles: admin,
    write: true
  }),
  'roster.import.step': action({
    summary: "Writes the job's next batch of people (hidden); after the last one, makes them all visible at once",
    input: z.object({ jobId: id('导入任务') }),
    output: importJobView,
    roles: admin,
    write: true
  }),
  'roster.import.discard': action({
    summary: 'Abandons an unfinished import: its hidden people are deleted, nobody was ever visible',
    input: z.object({ jobId: id('导入任务') }),
    output: importJobView,
    roles: admin,
    write: true
  }),
  'roster.import.status': action({
    summary: "An import job by id, or (without id) the caller's unfinished one, if any",
    input: z.object({ jobId: id('导入任务').optional() }).default({}),
    output: z.object({ job: importJobView.nullable() }),
    roles: admin,
    write: false
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
