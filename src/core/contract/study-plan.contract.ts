import { z } from 'zod'
import { STUDYING_ROLES } from '../model/roles'
import { MAX_PLAN_ITEMS, planItemsProblem } from '../rules/study-plan'
import { action } from './action'
import { id, month, optionalText } from './fields'

// The self-study plan (制定自学计划, issue 9): a cadre may pick the speeches they mean to study this
// month; the admin may suggest a month's list for everyone. Never required, never compared.

/** One planned speech as sent: from the catalogue (its title comes from there) or a typed title. */
const planItemInput = z
  .object({
    speechId: id('讲话')
      .nullish()
      .transform((v) => v ?? null),
    title: optionalText('讲话标题', 120)
  })
  .superRefine((v, ctx) => {
    if (!v.speechId && !v.title) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['title'], message: '请从目录选择讲话，或填写讲话标题' })
    }
  })

/** A month's list: at most MAX_PLAN_ITEMS, no speech twice; empty means none. */
const planItemsInput = z
  .array(planItemInput, { required_error: '请选择计划学习的讲话', invalid_type_error: '计划篇目格式不对' })
  .max(MAX_PLAN_ITEMS, `自学计划最多 ${MAX_PLAN_ITEMS} 篇`)
  .superRefine((items, ctx) => {
    const problem = planItemsProblem(items)
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.field.split('.').slice(1), message: problem.message })
  })

export const planItemView = z.object({
  speechId: z.string().nullable(),
  title: z.string()
})
export type PlanItemView = z.infer<typeof planItemView>

/** A planned speech with whether it was studied this month. */
export const plannedItemView = planItemView.extend({ done: z.boolean() })

/** Planned vs studied ("本月计划 4 篇 · 已学 1 篇") and the next planned speech. */
export const planProgressView = z.object({
  planned: z.number().int().nonnegative(),
  studied: z.number().int().nonnegative(),
  next: planItemView.nullable()
})
export type PlanProgressView = z.infer<typeof planProgressView>

export const studyPlanView = z.object({
  month: z.string(),
  currentMonth: z.string(),
  /** This month or next month: the plan can still be changed. */
  editable: z.boolean(),
  /** The caller's plan, or null when they made none (or emptied it). */
  plan: z.object({ items: z.array(plannedItemView), updatedAt: z.string() }).nullable(),
  progress: planProgressView.nullable(),
  /** The admin's suggested list for the month, or null. */
  suggestion: z.object({ items: z.array(planItemView), updatedAt: z.string() }).nullable()
})
export type StudyPlanView = z.infer<typeof studyPlanView>

export const suggestionView = z.object({
  month: z.string(),
  currentMonth: z.string(),
  items: z.array(planItemView),
  /** When the admin last saved it; null when there is none. */
  updatedAt: z.string().nullable()
})
export type SuggestionView = z.infer<typeof suggestionView>

export const studyPlanActions = {
  'studyPlan.get': action({
    summary: "The caller's self-study plan for a month (default: this month), its progress and the admin's suggested list",
    input: z.object({ month: month('月份').optional() }).default({}),
    output: studyPlanView,
    roles: STUDYING_ROLES,
    write: false
  }),
  'studyPlan.save': action({
    summary: "Replaces the caller's plan for this month or next month; an empty list removes it",
    input: z.object({ month: month('月份'), items: planItemsInput }),
    output: studyPlanView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'studyPlan.suggestion.get': action({
    summary: "The admin's suggested self-study list for a month (default: this month)",
    input: z.object({ month: month('月份').optional() }).default({}),
    output: suggestionView,
    roles: ['admin'],
    write: false
  }),
  'studyPlan.suggestion.save': action({
    summary: 'Sets the suggested self-study list for this month or next month (admin); an empty list removes it',
    input: z.object({ month: month('月份'), items: planItemsInput }),
    output: suggestionView,
    roles: ['admin'],
    write: true
  })
}
