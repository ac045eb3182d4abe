import { z } from 'zod'
import { action } from './action'
import { id } from './fields'

// The annual ideology-assessment export (年度意识形态专项考核, SPEC §6, issue 12): one .xlsx per
// year, made on the server. The admin exports the district (or one unit); a unit's leader or
// secretary exports their own unit only (checked in the service); a cadre nothing.

const EXPORTERS = ['admin', 'unitLeader', 'unitSecretary'] as const

export const exportActions = {
  'export.assessment': action({
    summary:
      "Builds the year's assessment workbook (单位, 领导干部, 巡听旁听, 整改督查, 第一议题) and answers a short-lived download link",
    input: z
      .object({
        year: z
          .number({ invalid_type_error: '年份应为数字' })
          .int('年份应为整数')
          .min(2000, '年份无效')
          .max(2100, '年份无效')
          .optional(),
        /** The admin may export one unit; a unit role always gets their own. */
        unitId: id('单位').optional()
      })
      .default({}),
    output: z.object({
      year: z.number(),
      fileName: z.string(),
      /** Downloads the file; it stops working at `expiresAt`. */
      url: z.string(),
      expiresAt: z.string(),
      units: z.number(),
      people: z.number(),
      sessions: z.number(),
      rectifications: z.number()
    }),
    roles: EXPORTERS,
    // Nothing in the database changes: the file goes to storage, a repeated tap makes a fresh one.
    write: false
  })
}
