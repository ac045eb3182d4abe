import type { RecordDetailView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { MethodDetails, MethodRecord, RecordKind, RecordOf, School } from '../../../../src/core/model'
import { TYPED_SCHOOL_KIND } from '../../../../src/core/model'
import { schoolNameKey, typedSchoolId } from '../../../../src/core/rules/schools'
import { canEditRecord, recordDateProblem, xuexiMonthProblem } from '../../../../src/core/rules/methods'
import { derivedTwins, duplicateMessage, type DerivedKind } from '../../../../src/core/rules/duplicate-records'
import type { DayKey } from '../../../../src/core/time'
import { dayOf, monthOfDay } from '../../../../src/core/time'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { attachFiles } from '../files.service'
import { RECORD_ENTITY, buildRecord, reviseRecord, storeRecord } from './methods.records'
import { methodDetailView } from './methods.views'
import { activeOutlet, answerItem, noteItems, submitItem, withItem } from '../publicity/publicity.items'

type MethodHandlers = Pick<
  HandlerTable,
  | 'note.save'
  | 'note.submit'
  | 'note.publish'
  | 'lecture.save'
  | 'lecture.confirm'
  | 'outreach.save'
  | 'leadStudy.save'
  | 'exchange.save'
  | 'xuexi.report'
>

/** The caller's own live record of a kind, or NOT_FOUND (someone else's record looks the same as none). */
export async function ownRecord<K extends RecordKind>(ctx: ActionContext, id: string, kind: K): Promise<RecordOf<K>> {
  const record = await ctx.repos.methodRecords.get(id)
  if (!record || record.personId !== callerOf(ctx).id || record.kind !== kind) {
    throw new AppError('NOT_FOUND', '找不到这条记录', { field: 'id' })
  }
  if (record.withdrawnAt) throw new AppError('CONFLICT', '这条记录已经撤回')
  return record as RecordOf<K>
}

interface SaveOptions {
  /** File ids to attach, when the form has attachments. */
  fileIds?: readonly string[]
  imagesOnly?: boolean
  /** A planned lecture may be dated ahead. */
  planned?: boolean
  /** Skip the open-period check on correction (学习强国 reports have their own month rule). */
  anyPeriod?: boolean
}

/** Creates (no id) or corrects (id) one of the caller's records, checking the date and the files. */
async function saveRecord<K extends RecordKind>(
  ctx: ActionContext,
  kind: K,
  id: string | undefined,
  date: DayKey,
  details: (previous: MethodDetails[K] | null) => MethodDetails[K],
  opts: SaveOptions = {}
): Promise<RecordDetailView> {
  const today = dayOf(ctx.now)
  const problem = recordDateProblem(kind, date, today, opts.planned)
  if (problem) throw new AppError('VALIDATION', problem, { field: 'date' })
  let record: MethodRecord
  if (id) {
    const existing = await ownRecord(ctx, id, kind)
    if (existing.sourceMeetingId) throw new AppError('CONFLICT', '这条记录来自会议记录，请在会议记录中修改')
    if (!opts.anyPeriod && !canEditRecord(existing, today)) {
      throw new AppError('STUDY.WITHDRAW_CLOSED', '这条记录所在的月份（讲课为年度）已过，不能再修改')
    }
    const attachments = opts.fileIds
      ? await attachFiles(ctx, existing.id, opts.fileIds, existing.attachments, opts.imagesOnly ?? false)
      : existing.attachments
    record = (await reviseRecord(ctx, existing, { date, details: details(existing.details), attachments })) as MethodRecord
  } else {
    const built = buildRecord(ctx, callerOf(ctx), kind, date, details(null))
    if (opts.fileIds) built.attachments = await attachFiles(ctx, built.id, opts.fileIds, [], opts.imagesOnly ?? false)
    record = (await storeRecord(ctx, built)) as MethodRecord
  }
  return methodDetailView(ctx, record, today)
}

/** Speech ids must be in the catalogue; study ids must be the caller's own live check-ins. */
async function checkLinks(ctx: ActionContext, speechIds: string[], studyIds: string[]): Promise<void> {
  for (const [i, id] of speechIds.entries()) {
    if (!(await ctx.repos.speeches.get(id))) throw new AppError('NOT_FOUND', '目录中没有这篇讲话', { field: `speechIds.${i}` })
  }
  const me = callerOf(ctx).id
  for (const [i, id] of studyIds.entries()) {
    const s = await ctx.repos.studies.get(id)
    if (!s || s.personId !== me || s.withdrawnAt) {
      throw new AppError('NOT_FOUND', '找不到关联的学习记录', { field: `studyIds.${i}` })
    }
  }
}

/** The caller's live records of a kind that a meeting (or session) already made on a day. */
export async function derivedOn(ctx: ActionContext, kind: DerivedKind, date: DayKey): Promise<MethodRecord[]> {
  const mine = await ctx.repos.methodRecords.listByPerson({ personId: callerOf(ctx).id, kind, month: monthOfDay(date) })
  return derivedTwins(mine, kind, date)
}

/**
 * Refuses a hand-made record that a meeting already made that day, unless the cadre confirmed it
 * is another occasion (a cadre may well lead study at two meetings in one day, so it is a
 * confirmation, not a ban). Checked on every save: a correction moved onto such a day too.
 */
async function refuseDuplicate(ctx: ActionContext, kind: DerivedKind, date: DayKey): Promise<void> {
  const [twin] = await derivedOn(ctx, kind, date)
  if (twin) throw new AppError('RECORD.DUPLICATE', duplicateMessage(twin, dayOf(ctx.now)), { field: 'date' })
}

/**
 * The school a district leader typed (issue 10): a listed school of that name when there is one,
 * else the typed school of that name — created the first time, by an id from the name, so two
 * leaders typing the same school share it. It stays 待确认 until the admin merges it.
 */
async function schoolOfTypedName(ctx: ActionContext, typed: string): Promise<School> {
  const key = schoolNameKey(typed)
  if (!key) throw new AppError('VALIDATION', '请选择学校，名单中没有的请填写学校名称', { field: 'schoolName' })
  const listed = (await ctx.repos.schools.list()).find((s) => s.active && schoolNameKey(s.name) === key)
  if (listed) return listed
  const id = typedSchoolId(typed)
  const stored = await ctx.repos.schools.get(id)
  if (stored && stored.active) return stored
  // New, or merged before and typed again: (re)open it as typed, for the admin to merge again.
  const school: School = stored
    ? updatedStamp({ ...stored, name: typed.trim(), kind: TYPED_SCHOOL_KIND, active: true }, ctx)
    : { id, name: typed.trim(), kind: TYPED_SCHOOL_KIND, active: true, ...createdStamp(ctx) }
  if (stored) await ctx.repos.schools.update(school)
  else await ctx.repos.schools.insert(school)
  await audit(ctx, 'school', id, stored ? 'update' : 'create', school)
  return school
}

export const methodHandlers: MethodHandlers = {
  async 'note.save'(input, ctx) {
    await checkLinks(ctx, input.speechIds, input.studyIds)
    const fields = { title: input.title, body: input.body, speechIds: input.speechIds, studyIds: input.studyIds }
    return saveRecord(
      ctx,
      'note',
      input.id,
      input.date,
      (prev) =>
        prev
          ? { ...prev, ...fields }
          : {
              ...fields,
              status: 'draft',
              outletId: null,
              outletName: null,
              submittedOn: null,
              publishedOn: null,
              link: null
            },
      { fileIds: input.fileIds }
    )
  },

  // A note's outlet state lives in its publicity items (one per outlet, id from note + outlet):
  // submitting and publishing write the item, never the note (services/publicity).
  async 'note.submit'(input, ctx) {
    const note = await ownRecord(ctx, input.id, 'note')
    const outlet = await activeOutlet(ctx, input.outletId)
    const items = await noteItems(ctx, note)
    const caller = callerOf(ctx)
    const item = await submitItem(ctx, {
      owner: { ownerType: 'person', personId: caller.id, unitId: caller.unitId },
      kind: 'article',
      title: note.details.title,
      subject: { kind: 'note', id: note.id, title: note.details.title },
      outlet,
      submittedOn: input.submittedOn,
      notBefore: { day: note.date, message: '投稿日期不能早于写作日期' }
    })
    return methodDetailView(ctx, note, dayOf(ctx.now), new Map([[note.id, withItem(items, item)]]))
  },

  async 'note.publish'(input, ctx) {
    const note = await ownRecord(ctx, input.id, 'note')
    const live = (await noteItems(ctx, note)).filter((i) => i.withdrawnAt === null)
    const waiting = live.filter((i) => i.status === 'submitted' && (!input.outletId || i.outletId === input.outletId))
    // The one awaiting an answer; else a publication being corrected.
    const published = live.filter((i) => i.status === 'published' && (!input.outletId || i.outletId === input.outletId))
    const target = waiting.length === 1 ? waiting[0] : waiting.length === 0 && published.length === 1 ? published[0] : null
    if (waiting.length > 1) throw new AppError('VALIDATION', '这篇心得投了多个平台，请选择刊发的平台', { field: 'outletId' })
    if (!target) throw new AppError('CONFLICT', '请先登记投稿，再登记刊发')
    const answer = { status: 'published' as const, day: input.publishedOn, link: input.link, pageIssue: input.pageIssue }
    const item = await answerItem(ctx, target, answer, 'publishedOn')
    return methodDetailView(ctx, note, dayOf(ctx.now), new Map([[note.id, withItem(live, item)]]))
  },

  async 'lecture.save'(input, ctx) {
    const school = input.schoolId
      ? await ctx.repos.schools.get(input.schoolId)
      : await schoolOfTypedName(ctx, input.schoolName ?? '')
    if (!school) throw new AppError('NOT_FOUND', '请从列表中选择学校', { field: 'schoolId' })
    const details = (prev: MethodDetails['lecture'] | null): MethodDetails['lecture'] => {
      if (!school.active && prev?.schoolId !== school.id)
        throw new AppError('NOT_FOUND', '该学校已停用，请重新选择', { field: 'schoolId' })
      const renamed = prev?.schoolId === school.id ? { schoolName: prev.schoolName, schoolKind: prev.schoolKind } : null
      return {
        schoolId: school.id,
        schoolName: renamed?.schoolName ?? school.name,
        schoolKind: renamed?.schoolKind ?? school.kind,
        classType: input.classType,
        topic: input.topic,
        audience: input.audience,
        status: input.status,
        research: input.research
      }
    }
    return saveRecord(ctx, 'lecture', input.id, input.date, details, {
      fileIds: input.fileIds,
      imagesOnly: true,
      planned: input.status === 'planned'
    })
  },

  async 'lecture.confirm'(input, ctx) {
    const lecture = await ownRecord(ctx, input.id, 'lecture')
    if (lecture.details.status === 'given') throw new AppError('CONFLICT', '这次讲课已经确认')
    const today = dayOf(ctx.now)
    const problem = recordDateProblem('lecture', input.date, today)
    if (problem) throw new AppError('VALIDATION', problem, { field: 'date' })
    const details = { ...lecture.details, status: 'given' as const, audience: input.audience ?? lecture.details.audience }
    return methodDetailView(ctx, await reviseRecord(ctx, lecture, { date: input.date, details }, 'confirm'), today)
  },

  async 'outreach.save'(input, ctx) {
    const { id, date, fileIds, ...details } = input
    return saveRecord(ctx, 'outreach', id, date, () => details, { fileIds, imagesOnly: true })
  },

  async 'leadStudy.save'(input, ctx) {
    const { id, date, anotherOccasion, ...details } = input
    if (!anotherOccasion) await refuseDuplicate(ctx, 'leadStudy', date)
    return saveRecord(ctx, 'leadStudy', id, date, () => details)
  },

  async 'exchange.save'(input, ctx) {
    const { id, date, anotherOccasion, ...details } = input
    if (!anotherOccasion) await refuseDuplicate(ctx, 'exchange', date)
    return saveRecord(ctx, 'exchange', id, date, () => details)
  },

  async 'xuexi.report'(input, ctx) {
    const person = callerOf(ctx)
    const today = dayOf(ctx.now)
    const problem = xuexiMonthProblem(input.month, today)
    if (problem) throw new AppError('VALIDATION', problem, { field: 'month' })
    // One report per month: a second report of the same month corrects the first. The report's id
    // comes from person and month, so the database holds that by construction: of two reports
    // arriving at once only one can create it (on CloudBase the other's insert is a write
    // conflict, its transaction reruns, finds the report and corrects it; SQLite runs them in turn).
    const id = xuexiId(person.id, input.month)
    const stored = await ctx.repos.methodRecords.get(id)
    // A report made before ids came from the month has a random id: the query still finds it. (It
    // reads committed data, which may already hold this id's report while the get above, reading
    // the transaction's snapshot, did not: that one is left to the insert's write conflict.)
    const legacy = async () =>
      (await ctx.repos.methodRecords.listByPerson({ personId: person.id, kind: 'xuexi', month: input.month })).find(
        (r) => r.id !== id
      )
    const existing = stored ? (stored.withdrawnAt ? null : stored) : await legacy()
    // Only the note: a report stored with points has them dropped when it is corrected.
    const details = () => ({ note: input.note })
    if (existing) return saveRecord(ctx, 'xuexi', existing.id, existing.date, details, { anyPeriod: true })
    const date = monthOfDay(today) === input.month ? today : `${input.month}-01`
    const problemOfDate = recordDateProblem('xuexi', date, today)
    if (problemOfDate) throw new AppError('VALIDATION', problemOfDate, { field: 'month' })
    const record = { ...buildRecord(ctx, person, 'xuexi', date, details()), id }
    if (stored) {
      // The month's report was withdrawn: the new report takes its place (the audit keeps both).
      await ctx.repos.methodRecords.update(record)
      await audit(ctx, RECORD_ENTITY, id, 'create', record)
    } else {
      await storeRecord(ctx, record)
    }
    return methodDetailView(ctx, record, today)
  }
}

/** The id of a person's 学习强国 report of a month (`YYYY-MM`): one per month, held by the id. */
export const xuexiId = (personId: string, month: string): string => `xuexi.${personId}.${month}`
