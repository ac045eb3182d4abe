import { AppError, type ParsedInputOf } from '../../../../src/core/contract'
import type { StudyPlan, StudyPlanItem } from '../../../../src/core/model'
import { planMonthOpen, studyPlanId, suggestionKey } from '../../../../src/core/rules/study-plan'
import type { MonthKey } from '../../../../src/core/time'
import { monthOf, shiftMonth } from '../../../../src/core/time'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { studyPlanView, suggestionView } from './study-plan.views'

type StudyPlanHandlers = Pick<
  HandlerTable,
  'studyPlan.get' | 'studyPlan.save' | 'studyPlan.suggestion.get' | 'studyPlan.suggestion.save'
>

type ItemsInput = ParsedInputOf<'studyPlan.save'>['items']

/** A plan or suggestion is made for this month or next month only (a past month's plan helps nobody). */
function ensureOpen(month: MonthKey, currentMonth: MonthKey): void {
  if (!planMonthOpen(month, currentMonth)) {
    throw new AppError('VALIDATION', `只能制定本月（${currentMonth}）或下月（${shiftMonth(currentMonth, 1)}）的自学计划`, {
      field: 'month'
    })
  }
}

/**
 * The items as stored: a catalogue item takes its title from the catalogue and must exist there,
 * not archived (one query for all of them); a typed title stays as typed.
 */
async function resolveItems(ctx: ActionContext, items: ItemsInput): Promise<StudyPlanItem[]> {
  const ids = items.flatMap((item) => (item.speechId ? [item.speechId] : []))
  const speeches = new Map((ids.length ? await ctx.repos.speeches.getMany(ids) : []).map((s) => [s.id, s]))
  return items.map((item, i) => {
    if (!item.speechId) return { speechId: null, title: item.title as string }
    const speech = speeches.get(item.speechId)
    if (!speech || speech.archived) {
      throw new AppError('NOT_FOUND', `第 ${i + 1} 篇不在讲话目录中（可能已下架），请删除后重新选择`, {
        field: `items.${i}.speechId`
      })
    }
    return { speechId: speech.id, title: speech.title }
  })
}

export const studyPlanHandlers: StudyPlanHandlers = {
  async 'studyPlan.get'(input, ctx) {
    const person = callerOf(ctx)
    const currentMonth = monthOf(ctx.now)
    const month = input.month ?? currentMonth
    // Three independent reads: one round trip deep.
    const [plan, studies, suggestion] = await Promise.all([
      ctx.repos.studyPlans.get(person.id, month),
      ctx.repos.studies.listByPersonMonth(person.id, month),
      ctx.repos.settings.get(suggestionKey(month))
    ])
    return studyPlanView(month, currentMonth, plan, studies, suggestion)
  },

  async 'studyPlan.save'(input, ctx) {
    const person = callerOf(ctx)
    const currentMonth = monthOf(ctx.now)
    ensureOpen(input.month, currentMonth)
    const items = await resolveItems(ctx, input.items)
    // One document per person and month (its id), replaced whole: no read-then-insert race.
    const existing = await ctx.repos.studyPlans.get(person.id, input.month)
    const plan: StudyPlan = existing
      ? updatedStamp({ ...existing, items }, ctx)
      : { id: studyPlanId(person.id, input.month), personId: person.id, month: input.month, items, ...createdStamp(ctx) }
    await ctx.repos.studyPlans.put(plan)
    await audit(ctx, 'studyPlan', plan.id, existing ? 'update' : 'create', plan)
    // Inside the write's transaction: one operation at a time.
    const studies = await ctx.repos.studies.listByPersonMonth(person.id, input.month)
    const suggestion = await ctx.repos.settings.get(suggestionKey(input.month))
    return studyPlanView(input.month, currentMonth, plan, studies, suggestion)
  },

  async 'studyPlan.suggestion.get'(input, ctx) {
    const currentMonth = monthOf(ctx.now)
    const month = input.month ?? currentMonth
    return suggestionView(month, currentMonth, await ctx.repos.settings.get(suggestionKey(month)))
  },

  async 'studyPlan.suggestion.save'(input, ctx) {
    const person = callerOf(ctx)
    const currentMonth = monthOf(ctx.now)
    ensureOpen(input.month, currentMonth)
    const items = await resolveItems(ctx, input.items)
    const key = suggestionKey(input.month)
    const setting = { key, value: { items }, updatedAt: ctx.now.toISOString(), updatedBy: person.id }
    await ctx.repos.settings.put(setting)
    await audit(ctx, 'setting', key, 'update', setting.value)
    return suggestionView(input.month, currentMonth, setting)
  }
}
