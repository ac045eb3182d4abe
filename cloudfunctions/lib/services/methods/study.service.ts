import { unitsInAreaOrder } from '../../../../src/core/rules/order'
import { AppError, type OutputOf } from '../../../../src/core/contract'
import type { Speech, StudyRecord, Unit } from '../../../../src/core/model'
import { quotasFor, type Quotas } from '../../../../src/core/rules/methods'
import { canWithdrawStudy, countStudiesInMonth, progress, studyDateProblem } from '../../../../src/core/rules/quota'
import type { DayKey, MonthKey } from '../../../../src/core/time'
import { dayOf, monthOf, monthOfDay } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { speechView, studyView, unitView } from '../views'

type StudyHandlers = Pick<
  HandlerTable,
  'speech.search' | 'speech.save' | 'study.record' | 'study.month' | 'study.withdraw' | 'unit.options'
>

/** The unit a unit role may look at: its own, or any for the admin. */
export async function viewableUnit(ctx: ActionContext, requested: string | undefined): Promise<Unit> {
  const caller = callerOf(ctx)
  const isAdmin = caller.roles.includes('admin')
  const unitId = requested && isAdmin ? requested : caller.unitId
  if (requested && requested !== caller.unitId && !isAdmin) throw new AppError('FORBIDDEN', '只能查看本单位的情况')
  const unit = await ctx.repos.units.get(unitId)
  if (!unit) throw new AppError('NOT_FOUND', '找不到该单位', { field: 'unitId' })
  return unit
}

/** A month's self-study as `study.month` answers it: x/quota and the records not withdrawn. */
export function studyMonthView(
  month: MonthKey,
  currentMonth: MonthKey,
  today: DayKey,
  stored: StudyRecord[],
  quotas: Quotas
): OutputOf<'study.month'> {
  const p = progress(countStudiesInMonth(stored, month), quotas.speechesPerMonth)
  const records = stored.filter((r) => r.withdrawnAt === null)
  return { month, currentMonth, ...p, records: records.map((r) => studyView(r, today)) }
}

export const studyHandlers: StudyHandlers = {
  async 'speech.search'(input, ctx) {
    const page = await ctx.repos.speeches.search({
      q: input.q,
      includeArchived: input.includeArchived,
      offset: input.offset,
      limit: input.limit
    })
    return { total: page.total, items: page.items.map(speechView) }
  },

  async 'speech.save'(input, ctx) {
    const fields = { title: input.title, date: input.date, source: input.source, link: input.link, archived: input.archived }
    let speech: Speech
    if (input.id) {
      const existing = await ctx.repos.speeches.get(input.id)
      if (!existing) throw new AppError('NOT_FOUND', '找不到该讲话', { field: 'id' })
      speech = updatedStamp({ ...existing, ...fields }, ctx)
      await ctx.repos.speeches.update(speech)
    } else {
      speech = { id: newId(), ...fields, ...createdStamp(ctx) }
      await ctx.repos.speeches.insert(speech)
    }
    await audit(ctx, 'speech', speech.id, input.id ? 'update' : 'create', speech)
    return speechView(speech)
  },

  async 'study.record'(input, ctx) {
    const person = callerOf(ctx)
    const today = dayOf(ctx.now)
    const dateProblem = studyDateProblem(input.studiedOn, today)
    if (dateProblem) throw new AppError('VALIDATION', dateProblem, { field: 'studiedOn' })
    let title = input.title
    if (input.speechId) {
      const speech = await ctx.repos.speeches.get(input.speechId)
      if (!speech || speech.archived) throw new AppError('NOT_FOUND', '目录中没有这篇讲话，请重新选择', { field: 'speechId' })
      title = speech.title
    }
    const record: StudyRecord = {
      id: newId(),
      personId: person.id,
      unitId: person.unitId,
      speechId: input.speechId ?? null,
      title: title as string,
      studiedOn: input.studiedOn,
      month: monthOfDay(input.studiedOn),
      minutes: input.minutes,
      note: input.note,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      ...createdStamp(ctx)
    }
    await ctx.repos.studies.insert(record)
    await audit(ctx, 'study', record.id, 'create', record)
    return studyView(record, today)
  },

  async 'study.month'(input, ctx) {
    const person = callerOf(ctx)
    const currentMonth = monthOf(ctx.now)
    const month = input.month ?? currentMonth
    const [stored, yearQuotas] = await Promise.all([
      ctx.repos.studies.listByPersonMonth(person.id, month),
      // The admin may set the year's quota (issue 3); defaults otherwise.
      ctx.repos.quotas.get(Number(month.slice(0, 4)))
    ])
    return studyMonthView(month, currentMonth, dayOf(ctx.now), stored, quotasFor(yearQuotas))
  },

  async 'study.withdraw'(input, ctx) {
    const person = callerOf(ctx)
    const record = await ctx.repos.studies.get(input.id)
    if (!record || record.personId !== person.id) throw new AppError('NOT_FOUND', '找不到这条学习记录', { field: 'id' })
    const today = dayOf(ctx.now)
    if (record.withdrawnAt) throw new AppError('CONFLICT', '这条记录已经撤回')
    if (!canWithdrawStudy(record, today)) throw new AppError('STUDY.WITHDRAW_CLOSED', '只能撤回本月的学习记录')
    const withdrawn = updatedStamp(
      { ...record, withdrawnAt: ctx.now.toISOString(), withdrawnBy: person.id, withdrawReason: input.reason },
      ctx
    )
    await ctx.repos.studies.update(withdrawn)
    await audit(ctx, 'study', record.id, 'withdraw', null, input.reason)
    return studyView(withdrawn, today)
  },

  async 'unit.options'(_input, ctx) {
    const caller = callerOf(ctx)
    const [units, areas] = await Promise.all([ctx.repos.units.list(), ctx.repos.areas.list()])
    const areaName = new Map(areas.map((a) => [a.id, a.name]))
    const visible = caller.roles.includes('admin')
      ? unitsInAreaOrder(
          units.filter((u) => u.active),
          areas
        )
      : units.filter((u) => u.id === caller.unitId)
    return { items: visible.map((u) => unitView(u, areaName.get(u.areaId) ?? '', 0)) }
  }
}
