import { z } from 'zod'
import { GRADES } from '../rules/observation'
import { action } from './action'
import { id } from './fields'
import { periodInput } from './meeting.contract'
import { coverageView, periodView } from './meeting.views'

// District and unit dashboards (issue 12). Units come in the admin's area and unit order, people
// in roster order: never ranked by a figure (no league tables).

const grade = z.enum(GRADES)

/** The figures of a unit, an area or the district (src/core/rules/dashboard.ts DashboardFigures). */
export const figuresView = z.object({
  study: z.object({ cadres: z.number(), met: z.number(), due: z.number(), share: z.number().nullable() }),
  notes: z.object({ written: z.number(), submitted: z.number(), published: z.number() }),
  lectures: z.number(),
  outreach: z.number(),
  leadStudy: z.number(),
  exchange: z.number(),
  coverage: coverageView,
  observation: z.object({
    sessions: z.number(),
    scored: z.number(),
    scoreSum: z.number(),
    meanScore: z.number().nullable(),
    grade: grade.nullable(),
    grades: z.record(grade, z.number())
  }),
  rectifications: z.object({ due: z.number(), closed: z.number(), overdue: z.number() })
})
export type FiguresView = z.infer<typeof figuresView>

/** A district leader's school lectures of the year: given / quota. */
export const lecturerView = z.object({
  personId: z.string(),
  name: z.string(),
  unitName: z.string(),
  given: z.number(),
  quota: z.number(),
  met: z.boolean()
})
export type LecturerView = z.infer<typeof lecturerView>

const unitRow = z.object({ id: z.string(), name: z.string(), figures: figuresView })
export type DashboardUnitRow = z.infer<typeof unitRow>

/** One cadre of a unit for the period, in roster order. */
export const personFiguresView = z.object({
  personId: z.string(),
  name: z.string(),
  position: z.string(),
  /** Months of the period (begun) at the self-study quota / months begun. */
  studyMonthsMet: z.number(),
  studyMonths: z.number(),
  notes: z.object({ written: z.number(), submitted: z.number(), published: z.number() }),
  lectures: z.number(),
  outreach: z.number(),
  leadStudy: z.number(),
  exchange: z.number(),
  /** District leaders only: the year's given lectures against the quota. */
  lectureYear: z.object({ given: z.number(), quota: z.number() }).nullable()
})
export type PersonFiguresView = z.infer<typeof personFiguresView>

const VIEWERS = ['admin', 'districtLeader'] as const
const UNIT_VIEWERS = ['admin', 'districtLeader', 'unitLeader', 'unitSecretary'] as const

export const dashboardActions = {
  'dashboard.district': action({
    summary:
      'The district for a month, quarter or year: every area and unit (admin order) with its figures, the district totals, self-study by month and every district leader’s lectures of the year',
    input: z.object({ areaId: id('片区').optional(), ...periodInput }).default({}),
    output: z.object({
      period: periodView,
      district: figuresView,
      areas: z.array(z.object({ id: z.string(), name: z.string(), figures: figuresView, units: z.array(unitRow) })),
      /** Self-study per month of the period: cadre-months at the quota / due (the completion chart). */
      studyByMonth: z.array(z.object({ month: z.string(), met: z.number(), due: z.number(), share: z.number().nullable() })),
      lecturers: z.array(lecturerView),
      /** Whether district leaders may open this dashboard (the admin's setting). */
      leadersMayView: z.boolean()
    }),
    roles: VIEWERS,
    write: false
  }),
  'dashboard.unit': action({
    summary:
      "One unit for a period: its figures and each cadre's, in roster order (a unit's leader or secretary: their own unit)",
    input: z.object({ unitId: id('单位').optional(), ...periodInput }).default({}),
    output: z.object({
      period: periodView,
      unit: z.object({ id: z.string(), name: z.string(), areaName: z.string() }),
      figures: figuresView,
      people: z.array(personFiguresView),
      /** Whether the caller may open each person's records (unit.personRecords). */
      canOpenRecords: z.boolean()
    }),
    roles: UNIT_VIEWERS,
    write: false
  }),
  'dashboard.unitYear': action({
    summary: 'One unit month by month for a year, and the year as a whole',
    input: z
      .object({
        unitId: id('单位').optional(),
        year: z
          .number({ invalid_type_error: '年份应为数字' })
          .int('年份无效')
          .min(2000, '年份无效')
          .max(2100, '年份无效')
          .optional()
      })
      .default({}),
    output: z.object({
      year: z.number(),
      unit: z.object({ id: z.string(), name: z.string(), areaName: z.string() }),
      months: z.array(z.object({ month: z.string(), figures: figuresView })),
      total: figuresView
    }),
    roles: UNIT_VIEWERS,
    write: false
  }),
  'dashboard.access.save': action({
    summary: 'Lets district leaders open the district and unit dashboards (read only), or stops it',
    input: z.object({ leadersMayView: z.boolean({ required_error: '请选择是否开放', invalid_type_error: '请选择是否开放' }) }),
    output: z.object({ leadersMayView: z.boolean() }),
    roles: ['admin'] as const,
    write: true
  })
}
