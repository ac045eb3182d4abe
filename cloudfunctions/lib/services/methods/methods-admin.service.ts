import { AppError } from '../../../../src/core/contract'
import type { Audited, Outlet, School, YearQuota } from '../../../../src/core/model'
import { quotasFor } from '../../../../src/core/rules/methods'
import { mergeProblem } from '../../../../src/core/rules/schools'
import { yearOf } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, createdStamp, updatedStamp } from '../context'

type AdminHandlers = Pick<
  HandlerTable,
  'outlet.list' | 'outlet.save' | 'school.list' | 'school.save' | 'school.merge' | 'quota.list' | 'quota.save'
>

const outletView = (o: Outlet) => ({ id: o.id, name: o.name, active: o.active })
const schoolView = (s: School) => ({ id: s.id, name: s.name, kind: s.kind, active: s.active })
const quotaView = (year: number, q: YearQuota | null) => ({ year, ...quotasFor(q), custom: q !== null })

/** A small list the admin keeps (outlets, schools): unique names, edits audited. */
interface NamedList<T> {
  list(): Promise<T[]>
  insert(item: T): Promise<void>
  update(item: T): Promise<void>
}

/** Creates (no id) or edits an entry of a named list, refusing a name another entry has. */
async function saveNamed<T extends Audited & { id: string; name: string }>(
  ctx: ActionContext,
  repo: NamedList<T>,
  what: { entity: string; label: string },
  id: string | undefined,
  fields: Omit<T, 'id' | keyof Audited>
): Promise<T> {
  const all = await repo.list()
  if (all.some((x) => x.name === fields.name && x.id !== id)) {
    throw new AppError('CONFLICT', `已有名为“${fields.name}”的${what.label}`, { field: 'name' })
  }
  let item: T
  if (id) {
    const existing = all.find((x) => x.id === id)
    if (!existing) throw new AppError('NOT_FOUND', `找不到该${what.label}`, { field: 'id' })
    item = updatedStamp({ ...existing, ...fields }, ctx)
    await repo.update(item)
  } else {
    item = { id: newId(), ...fields, ...createdStamp(ctx) } as T
    await repo.insert(item)
  }
  await audit(ctx, what.entity, item.id, id ? 'update' : 'create', item)
  return item
}

export const methodsAdminHandlers: AdminHandlers = {
  async 'outlet.list'(input, ctx) {
    const all = await ctx.repos.outlets.list()
    return { items: all.filter((o) => input.includeInactive || o.active).map(outletView) }
  },

  async 'outlet.save'(input, ctx) {
    const outlet = await saveNamed(ctx, ctx.repos.outlets, { entity: 'outlet', label: '投稿平台' }, input.id, {
      name: input.name,
      active: input.active
    })
    return outletView(outlet)
  },

  async 'school.list'(input, ctx) {
    const all = await ctx.repos.schools.list()
    return { items: all.filter((s) => input.includeInactive || s.active).map(schoolView) }
  },

  async 'school.save'(input, ctx) {
    const school = await saveNamed(ctx, ctx.repos.schools, { entity: 'school', label: '学校' }, input.id, {
      name: input.name,
      kind: input.kind,
      active: input.active
    })
    return schoolView(school)
  },

  async 'school.merge'(input, ctx) {
    const from = await ctx.repos.schools.get(input.fromId)
    const into = await ctx.repos.schools.get(input.intoId)
    const problem = mergeProblem(from, into)
    if (problem || !from || !into) {
      throw new AppError(problem?.field === 'fromId' ? 'NOT_FOUND' : 'VALIDATION', problem?.message ?? '请选择学校', {
        field: problem?.field ?? 'fromId'
      })
    }
    // Lectures move over with the listed school's name and kind; the typed name stays in the audit.
    // One record after another: on CloudBase each write is one single-document operation.
    const lectures = await ctx.repos.methodRecords.listLecturesAtSchool(from.id)
    for (const r of lectures) {
      if (r.kind !== 'lecture') continue
      const moved = updatedStamp(
        { ...r, details: { ...r.details, schoolId: into.id, schoolName: into.name, schoolKind: into.kind } },
        ctx
      )
      await ctx.repos.methodRecords.update(moved)
      await audit(ctx, 'methodRecord', r.id, 'merge-school', moved, `学校“${from.name}”并入“${into.name}”`)
    }
    const retired = updatedStamp({ ...from, active: false }, ctx)
    await ctx.repos.schools.update(retired)
    await audit(ctx, 'school', from.id, 'merge', { into: into.id, moved: lectures.length }, `并入“${into.name}”`)
    return { moved: lectures.length, school: schoolView(into) }
  },

  async 'quota.list'(_input, ctx) {
    const currentYear = yearOf(ctx.now)
    const stored = await ctx.repos.quotas.list()
    const items = stored.map((q) => quotaView(q.year, q))
    if (!stored.some((q) => q.year === currentYear)) items.unshift(quotaView(currentYear, null))
    return { currentYear, items: items.sort((a, b) => b.year - a.year) }
  },

  async 'quota.save'(input, ctx) {
    const existing = await ctx.repos.quotas.get(input.year)
    const fields = { speechesPerMonth: input.speechesPerMonth, lecturesPerYear: input.lecturesPerYear }
    const quota: YearQuota = existing
      ? updatedStamp({ ...existing, ...fields }, ctx)
      : { year: input.year, ...fields, ...createdStamp(ctx) }
    await ctx.repos.quotas.put(quota)
    await audit(ctx, 'quota', String(input.year), existing ? 'update' : 'create', quota)
    return quotaView(input.year, quota)
  }
}
