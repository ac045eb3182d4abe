import { z } from 'zod'
import { RECTIFICATION_STATUSES } from '../model/observation'
import { action } from './action'
import { id } from './fields'
import { rectificationView } from './observation.views'

// 意识形态专题督查 (issue 12): the admin's cross-unit list of rectifications, read page by page
// from the store with its filters (never the district's feedback in memory).

/** Rows on one page of the supervision list. */
export const SUPERVISION_PAGE = 20

export const supervisionRow = z.object({
  rectification: rectificationView,
  unitName: z.string(),
  areaName: z.string(),
  groupName: z.string(),
  /** Whole days past the deadline while the unit still owes an answer; 0 otherwise. */
  daysOverdue: z.number()
})
export type SupervisionRow = z.infer<typeof supervisionRow>

export const supervisionActions = {
  'observe.rectifications': action({
    summary:
      'Cross-unit rectifications (of a year or every year), filtered by area, status and overdue, earliest deadline first, one page (admin)',
    input: z
      .object({
        /** The district year of the observed sessions; absent or null: every year (owed ones from last year too). */
        year: z
          .number({ invalid_type_error: '年份无效' })
          .int('年份无效')
          .min(2000, '年份无效')
          .max(2100, '年份无效')
          .nullish()
          .transform((v) => v ?? null),
        areaId: id('片区')
          .nullish()
          .transform((v) => v ?? null),
        status: z
          .enum(RECTIFICATION_STATUSES, { errorMap: () => ({ message: '整改状态无效' }) })
          .nullish()
          .transform((v) => v ?? null),
        /** Only those past their deadline while the unit still owes an answer. */
        overdue: z.boolean({ invalid_type_error: '逾期筛选无效' }).default(false),
        offset: z.number({ invalid_type_error: '页码无效' }).int('页码无效').min(0, '页码无效').default(0)
      })
      .default({}),
    output: z.object({
      year: z.number().nullable(),
      items: z.array(supervisionRow),
      total: z.number(),
      /** The areas to filter by, in the admin's order. */
      areas: z.array(z.object({ id: z.string(), name: z.string() }))
    }),
    roles: ['admin'],
    write: false
  })
}
