import type { RecordItemView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { MethodRecord, Person, StudyRecord } from '../../../../src/core/model'
import { canViewRecord, canWithdrawRecord, quotasFor, type Quotas } from '../../../../src/core/rules/methods'
import type { MonthKey } from '../../../../src/core/time'
import { dayOf, monthOf, shiftMonth, yearOf } from '../../../../src/core/time'
import { lastListedMonth } from '../../../../src/core/rules/planned'
import { hasAnyRole } from '../../../../src/core/model/roles'
import { readsDistrict } from '../dashboard/dashboard.access'
import type { ActionContext, HandlerTable } from '../context'
import { callerOf } from '../context'
import { duplicateMessage } from '../../../../src/core/rules/duplicate-records'
import { withdrawRecord } from './methods.records'
import { withdrawNoteItems } from '../publicity/publicity.items'
import { derivedOn } from './methods.service'
import { methodDetailView, methodItemView, newestFirst, noteItemsOf, studyDetailView, studyItemView } from './methods.views'

type RecordHandlers = Pick<
  HandlerTable,
  'record.list' | 'record.get' | 'record.derivedOn' | 'record.withdraw' | 'unit.personRecords'
>

/** The quotas in force for a year. */
export async function quotasOfYear(ctx: ActionContext, year: number): Promise<Quotas> {
  return quotasFor(await ctx.repos.quotas.get(year))
}

/** The months of a year up to `until` (the whole year when it is past). */
export function monthsOfYear(year: number, until: MonthKey): MonthKey[] {
  const out: MonthKey[] = []
  for (let m = `${year}-01`; m.startsWith(String(year)) && m <= until; m = shiftMonth(m, 1)) out.push(m)
  return out
}

type Line = RecordItemView & { createdAt: string }

/** One person's records as list lines: method records and self-study check-ins merged, newest first. */
async function linesOf(
  ctx: ActionContext,
  person: Pick<Person, 'id'>,
  period: { month?: MonthKey; year?: number },
  kind: RecordItemView['kind'] | null,
  includeWithdrawn: boolean
): Promise<Line[]> {
  const viewer = await recordViewer(ctx)
  const today = dayOf(ctx.now)
  const lines: Line[] = []
  if (kind !== 'study') {
    const records = await ctx.repos.methodRecords.listByPerson({
      personId: person.id,
      kind: kind ?? null,
      month: period.month ?? null,
      year: period.year ?? null,
      includeWithdrawn
    })
    const notes = await noteItemsOf(ctx, records)
    for (const r of records)
      if (canViewRecord(viewer, r)) lines.push({ ...methodItemView(r, today, viewer.id, notes), createdAt: r.createdAt })
  }
  if (!kind || kind === 'study') {
    const months = period.month ? [period.month] : monthsOfYear(period.year ?? yearOf(ctx.now), monthOf(ctx.now))
    // A year view reads twelve months: ask for them together, not one after another.
    const perMonth = await Promise.all(months.map((m) => ctx.repos.studies.listByPersonMonth(person.id, m)))
    for (const s of perMonth.flat()) {
      if ((includeWithdrawn || !s.withdrawnAt) && canViewRecord(viewer, s)) {
        lines.push({ ...studyItemView(s, today, viewer.id), createdAt: s.createdAt })
      }
    }
  }
  return lines.sort(newestFirst)
}

const strip = ({ createdAt: _c, ...item }: Line): RecordItemView => item

/** The caller as a record viewer: with readsDistrict when a district leader may read the district. */
async function recordViewer(ctx: ActionContext): Promise<Person & { readsDistrict: boolean }> {
  const caller = callerOf(ctx)
  return { ...caller, readsDistrict: await readsDistrict(ctx.repos, caller) }
}

/** A record the viewer may see, method record or check-in; FORBIDDEN / NOT_FOUND otherwise. */
async function visibleRecord(ctx: ActionContext, id: string): Promise<MethodRecord | StudyRecord> {
  const viewer = await recordViewer(ctx)
  const record = (await ctx.repos.methodRecords.get(id)) ?? (await ctx.repos.studies.get(id))
  if (!record) throw new AppError('NOT_FOUND', '找不到这条记录', { field: 'id' })
  if (!canViewRecord(viewer, record)) throw new AppError('FORBIDDEN', '您无权查看这条记录')
  return record
}

const isMethod = (r: MethodRecord | StudyRecord): r is MethodRecord => 'kind' in r

export const recordHandlers: RecordHandlers = {
  async 'record.list'(input, ctx) {
    const currentMonth = monthOf(ctx.now)
    const month = input.month ?? currentMonth
    const person = callerOf(ctx)
    // Independent reads: the month's lines and the newest record (a lecture planned for a later month).
    const [lines, [newest]] = await Promise.all([
      linesOf(ctx, person, { month }, input.kind ?? null, true),
      ctx.repos.methodRecords.listByPerson({ personId: person.id, limit: 1 })
    ])
    return { month, currentMonth, lastMonth: lastListedMonth(currentMonth, newest?.date ?? null), items: lines.map(strip) }
  },

  async 'record.get'(input, ctx) {
    const record = await visibleRecord(ctx, input.id)
    const today = dayOf(ctx.now)
    return isMethod(record) ? methodDetailView(ctx, record, today) : studyDetailView(ctx, record, today)
  },

  async 'record.derivedOn'(input, ctx) {
    const twins = await derivedOn(ctx, input.kind, input.date)
    return { items: twins.map((r) => ({ id: r.id, message: duplicateMessage(r, dayOf(ctx.now)) })) }
  },

  async 'record.withdraw'(input, ctx) {
    const record = await ctx.repos.methodRecords.get(input.id)
    if (!record || record.personId !== callerOf(ctx).id) throw new AppError('NOT_FOUND', '找不到这条记录', { field: 'id' })
    if (record.withdrawnAt) throw new AppError('CONFLICT', '这条记录已经撤回')
    if (record.sourceMeetingId) throw new AppError('CONFLICT', '这条记录来自会议记录，请在会议记录中修改')
    const today = dayOf(ctx.now)
    if (!canWithdrawRecord(record, today)) {
      throw new AppError('STUDY.WITHDRAW_CLOSED', record.kind === 'lecture' ? '只能撤回本年度的讲课记录' : '只能撤回本月的记录')
    }
    const withdrawn = await withdrawRecord(ctx, record, input.reason)
    if (record.kind === 'note') await withdrawNoteItems(ctx, record.id, input.reason)
    return methodDetailView(ctx, withdrawn, today)
  },

  async 'unit.personRecords'(input, ctx) {
    const viewer = await recordViewer(ctx)
    const person = await ctx.repos.people.get(input.personId)
    const ownUnit = person?.unitId === viewer.unitId && hasAnyRole(viewer.roles, ['unitSecretary', 'unitLeader'])
    if (!person || !(viewer.readsDistrict || ownUnit)) {
      throw new AppError('NOT_FOUND', '找不到这位干部', { field: 'personId' })
    }
    const period = input.month ? { month: input.month } : { year: input.year ?? yearOf(ctx.now) }
    const lines = await linesOf(ctx, person, period, input.kind ?? null, false)
    return { personName: person.name, items: lines.map(strip) }
  }
}
