import { AppError } from '../../../../src/core/contract'
import type {
  Outlet,
  Person,
  PublicityItem,
  PublicityKind,
  PublicityStatus,
  PublicitySubject,
  PublicitySubjectKind,
  RecordOf
} from '../../../../src/core/model'
import {
  canRecordPublicity,
  countedDayOf,
  decidedOnProblem,
  publicityTransitionProblem,
  subjectPublicityId,
  submittedOnProblem,
  type PublicityOwner
} from '../../../../src/core/rules/publicity'
import { dayOf, monthOfDay, type DayKey } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'

// The writes of a publicity item, shared by publicity.* and the note's outlet flow (note.submit,
// note.publish), so an item is made and answered one way only.

export const PUBLICITY_ENTITY = 'publicity'

/** The owner a request names, checked against who may record for whom (rules/publicity). */
export async function resolveOwner(
  ctx: ActionContext,
  ownerType: PublicityOwner['ownerType'],
  personId: string | undefined,
  unitId: string | undefined
): Promise<PublicityOwner & { person: Person | null }> {
  const caller = callerOf(ctx)
  let owner: PublicityOwner & { person: Person | null }
  if (ownerType === 'person') {
    const person = !personId || personId === caller.id ? caller : await ctx.repos.people.get(personId)
    if (!person || !person.active) throw new AppError('NOT_FOUND', '找不到这位人员', { field: 'personId' })
    owner = { ownerType, personId: person.id, unitId: person.unitId, person }
  } else {
    const unit = await ctx.repos.units.get(unitId ?? caller.unitId)
    if (!unit || !unit.active) throw new AppError('NOT_FOUND', '找不到这个单位', { field: 'unitId' })
    owner = { ownerType, personId: null, unitId: unit.id, person: null }
  }
  if (!canRecordPublicity(caller, owner)) {
    throw new AppError('FORBIDDEN', '只能登记本人的宣传报道；单位记录员可登记本单位及本单位人员的', {
      field: ownerType === 'person' ? 'personId' : 'unitId'
    })
  }
  return owner
}

/** An active outlet from the admin's list. */
export async function activeOutlet(ctx: ActionContext, outletId: string): Promise<Outlet> {
  const outlet = await ctx.repos.outlets.get(outletId)
  if (!outlet || !outlet.active) throw new AppError('NOT_FOUND', '请从列表中选择投稿平台', { field: 'outletId' })
  return outlet
}

/**
 * The record an item is about, as the owner may link it: a note must be the person's own live
 * note; a session must be a held session of the owner's unit. Its title is kept on the item.
 */
export async function resolveSubject(
  ctx: ActionContext,
  owner: PublicityOwner,
  kind: PublicitySubjectKind,
  id: string
): Promise<PublicitySubject> {
  const field = 'subject.id'
  if (kind === 'note') {
    const note = await ctx.repos.methodRecords.get(id)
    if (!note || note.kind !== 'note' || note.withdrawnAt || owner.ownerType !== 'person' || note.personId !== owner.personId) {
      throw new AppError('NOT_FOUND', '请从本人的心得体会中选择', { field })
    }
    return { kind, id, title: note.details.title }
  }
  if (kind === 'model') {
    const model = await ctx.repos.nominations.get(id)
    const owned =
      model &&
      (owner.ownerType === 'person'
        ? model.subjectType === 'person' && model.subjectId === owner.personId
        : model.unitId === owner.unitId)
    if (!model || model.state !== 'named' || !owned) throw new AppError('NOT_FOUND', '请从已命名的先进典型中选择', { field })
    return { kind, id, title: model.title ?? model.subjectName }
  }
  const session = await ctx.repos.studySessions.get(id)
  if (!session || session.withdrawnAt || session.status !== 'completed' || session.unitId !== owner.unitId) {
    throw new AppError('NOT_FOUND', '请从本单位已召开的中心组学习中选择', { field })
  }
  return { kind, id, title: session.topic }
}

function periodOf(day: DayKey): Pick<PublicityItem, 'countedOn' | 'month' | 'year'> {
  return { countedOn: day, month: monthOfDay(day), year: Number(day.slice(0, 4)) }
}

export interface Submission {
  owner: PublicityOwner
  kind: PublicityKind
  title: string
  subject: PublicitySubject | null
  outlet: Outlet
  submittedOn: DayKey
  /** The earliest acceptable day (a note cannot be submitted before it was written). */
  notBefore?: { day: DayKey; message: string }
}

/**
 * Records a submission. An item about a record has its id from the record and the outlet: a
 * second submission to the same outlet corrects the first while it awaits an answer (two at once:
 * one insert wins, the other's transaction reruns and finds it), and reopens a withdrawn one.
 */
export async function submitItem(ctx: ActionContext, s: Submission): Promise<PublicityItem> {
  const today = dayOf(ctx.now)
  const problem = submittedOnProblem(s.submittedOn, today)
  if (problem) throw new AppError('VALIDATION', problem, { field: 'submittedOn' })
  if (s.notBefore && s.submittedOn < s.notBefore.day)
    throw new AppError('VALIDATION', s.notBefore.message, { field: 'submittedOn' })
  const id = s.subject ? subjectPublicityId(s.subject.kind, s.subject.id, s.outlet.id) : newId()
  const stored = s.subject ? await ctx.repos.publicity.get(id) : null
  if (stored && stored.withdrawnAt === null) {
    const problemOf = publicityTransitionProblem(stored, 'submitted')
    if (problemOf) throw new AppError('CONFLICT', `已向“${stored.outletName}”投稿：${problemOf}`, { field: 'outletId' })
  }
  const fields = {
    kind: s.kind,
    ownerType: s.owner.ownerType,
    personId: s.owner.personId,
    unitId: s.owner.unitId,
    title: s.title,
    subject: s.subject,
    outletId: s.outlet.id,
    outletName: s.outlet.name,
    submittedOn: s.submittedOn,
    status: 'submitted' as const,
    publishedOn: null,
    link: null,
    pageIssue: null,
    decidedOn: null,
    ...periodOf(s.submittedOn),
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null
  }
  if (stored) {
    const item = updatedStamp({ ...stored, ...fields }, ctx)
    await ctx.repos.publicity.update(item)
    await audit(ctx, PUBLICITY_ENTITY, id, stored.withdrawnAt ? 'create' : 'update', item)
    return item
  }
  const item: PublicityItem = { id, ...fields, ...createdStamp(ctx) }
  await ctx.repos.publicity.insert(item)
  await audit(ctx, PUBLICITY_ENTITY, id, 'create', item)
  return item
}

export interface Answer {
  status: Exclude<PublicityStatus, 'submitted'>
  day: DayKey
  link: string | null
  pageIssue: string | null
}

/** Records the outlet's answer (or corrects a publication), moving the item to the day it counts on. */
export async function answerItem(ctx: ActionContext, item: PublicityItem, a: Answer, dayField = 'day'): Promise<PublicityItem> {
  const transition = publicityTransitionProblem(item, a.status)
  if (transition) throw new AppError('CONFLICT', transition)
  const problem = decidedOnProblem(a.day, item.submittedOn, dayOf(ctx.now), a.status)
  if (problem) throw new AppError('VALIDATION', problem, { field: dayField })
  const published = a.status === 'published'
  const answered = {
    ...item,
    status: a.status,
    decidedOn: a.day,
    publishedOn: published ? a.day : null,
    link: published ? a.link : null,
    pageIssue: published ? a.pageIssue : null
  }
  const next = updatedStamp({ ...answered, ...periodOf(countedDayOf(answered)) }, ctx)
  await ctx.repos.publicity.update(next)
  await audit(ctx, PUBLICITY_ENTITY, item.id, a.status === 'published' ? 'publish' : 'notUsed', next)
  return next
}

/** An item the caller may change (NOT_FOUND when they may not even see it is there). */
export async function changeableItem(ctx: ActionContext, id: string): Promise<PublicityItem> {
  const item = await ctx.repos.publicity.get(id)
  if (!item || !canRecordPublicity(callerOf(ctx), item)) throw new AppError('NOT_FOUND', '找不到这条宣传报道', { field: 'id' })
  if (item.withdrawnAt) throw new AppError('CONFLICT', '这条宣传报道已经撤回')
  return item
}

/**
 * A note's publicity items. A note submitted before items existed (issue 11) and not changed since
 * has none: its stored outlet state becomes its item here, the first time the note's outlet flow
 * writes, so a second outlet or the publication adds to that state instead of hiding it.
 */
export async function noteItems(ctx: ActionContext, note: RecordOf<'note'>): Promise<PublicityItem[]> {
  const items = await ctx.repos.publicity.listBySubjects('note', [note.id])
  const d = note.details
  if (items.some((i) => i.withdrawnAt === null) || d.status === 'draft' || !d.outletId || !d.submittedOn) return items
  const status = d.status === 'published' && d.publishedOn ? 'published' : 'submitted'
  const adopted: PublicityItem = {
    id: subjectPublicityId('note', note.id, d.outletId),
    kind: 'article',
    ownerType: 'person',
    personId: note.personId,
    unitId: note.unitId,
    title: d.title,
    subject: { kind: 'note', id: note.id, title: d.title },
    outletId: d.outletId,
    outletName: d.outletName ?? '',
    submittedOn: d.submittedOn,
    status,
    publishedOn: status === 'published' ? d.publishedOn : null,
    link: status === 'published' ? d.link : null,
    pageIssue: null,
    decidedOn: status === 'published' ? d.publishedOn : null,
    ...periodOf(status === 'published' && d.publishedOn ? d.publishedOn : d.submittedOn),
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...createdStamp(ctx)
  }
  const stored = items.find((i) => i.id === adopted.id)
  if (stored) await ctx.repos.publicity.update(adopted)
  else await ctx.repos.publicity.insert(adopted)
  await audit(ctx, PUBLICITY_ENTITY, adopted.id, 'adopt', adopted)
  return [...items.filter((i) => i.id !== adopted.id), adopted]
}

/** The items with `item` in place of its stored version. */
export function withItem(items: readonly PublicityItem[], item: PublicityItem): PublicityItem[] {
  return [...items.filter((i) => i.id !== item.id), item]
}

/** Withdraws an item (kept, audited; no longer listed or counted). */
export async function withdrawItem(ctx: ActionContext, item: PublicityItem, reason: string | null): Promise<PublicityItem> {
  const withdrawn = updatedStamp(
    { ...item, withdrawnAt: ctx.now.toISOString(), withdrawnBy: callerOf(ctx).id, withdrawReason: reason },
    ctx
  )
  await ctx.repos.publicity.update(withdrawn)
  await audit(ctx, PUBLICITY_ENTITY, item.id, 'withdraw', null, reason)
  return withdrawn
}

/** A withdrawn note takes its outlet items with it: they were its outlet flow, not records of their own. */
export async function withdrawNoteItems(ctx: ActionContext, noteId: string, reason: string | null): Promise<void> {
  for (const item of await ctx.repos.publicity.listBySubjects('note', [noteId])) {
    if (item.withdrawnAt === null) await withdrawItem(ctx, item, reason)
  }
}
