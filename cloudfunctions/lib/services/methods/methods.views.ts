import type { RecordBodyView, RecordDetailView, RecordItemView } from '../../../../src/core/contract'
import type { MethodRecord, Person, PublicityItem, StudyRecord } from '../../../../src/core/model'
import { noteOutletState } from '../../../../src/core/rules/publicity'
import { canWithdrawRecord } from '../../../../src/core/rules/methods'
import { derivedOccasionName, derivedRecordTitle } from '../../../../src/core/rules/occasion-records'
import { canWithdrawStudy } from '../../../../src/core/rules/quota'
import type { StatusText } from '../../../../src/core/status'
import type { DayKey } from '../../../../src/core/time'
import { formatMonthZh } from '../../../../src/core/time'
import type { ActionContext } from '../context'
import { callerOf } from '../context'
import { fileLinks } from '../files.service'

// Stored method and study records → list lines and detail pages.

// Typed against the one status palette: a label without a colour fails the build.
const NOTE_STATUS = { draft: '未投稿', submitted: '已投稿', published: '已刊发', notUsed: '不予采用' } as const satisfies Record<
  string,
  StatusText
>
const LECTURE_STATUS = { planned: '计划', given: '已讲授' } as const satisfies Record<string, StatusText>

/** Each note's publicity items (its outlet state lives there), by note id. */
export type NoteItems = ReadonlyMap<string, readonly PublicityItem[]>

/** The publicity items of the notes among these records: one query, none when there is no note. */
export async function noteItemsOf(ctx: ActionContext, records: readonly MethodRecord[]): Promise<NoteItems> {
  const ids = records.filter((r) => r.kind === 'note').map((r) => r.id)
  const out = new Map<string, PublicityItem[]>()
  if (ids.length === 0) return out
  for (const item of await ctx.repos.publicity.listBySubjects('note', ids)) {
    const noteId = item.subject?.id ?? ''
    out.set(noteId, [...(out.get(noteId) ?? []), item])
  }
  return out
}

const short = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text)

/** Title, second line and status label of a method record. */
export function headline(
  r: MethodRecord,
  today: DayKey,
  notes: NoteItems = new Map()
): Pick<RecordItemView, 'title' | 'subtitle' | 'status'> {
  // A meeting's or session's record: "党组会 12月4日 · 交流发言", then what was said (issue 13 item 6).
  const derived = r.sourceMeetingId !== null ? derivedRecordTitle(r, today) : null
  if (derived && (r.kind === 'leadStudy' || r.kind === 'exchange')) {
    return { title: derived, subtitle: short(r.details.content), status: null }
  }
  switch (r.kind) {
    case 'note': {
      const state = noteOutletState(r.details, notes.get(r.id) ?? [])
      return { title: r.details.title, subtitle: state.outletName ?? '心得体会', status: NOTE_STATUS[state.status] }
    }
    case 'lecture':
      return {
        title: r.details.topic,
        subtitle: `${r.details.schoolName} · ${r.details.classType}`,
        status: LECTURE_STATUS[r.details.status]
      }
    case 'outreach':
      return { title: r.details.topic, subtitle: `${r.details.placeType} · ${r.details.place}`, status: null }
    case 'leadStudy':
      return { title: short(r.details.content), subtitle: r.details.meeting, status: null }
    case 'exchange':
      return { title: short(r.details.content), subtitle: r.details.occasion, status: null }
    case 'xuexi':
      // Never the points an older report may hold: no figure of 学习强国 use is shown anywhere.
      return { title: `${formatMonthZh(r.month)}学习强国`, subtitle: short(r.details.note ?? '学习强国使用情况'), status: null }
  }
}

/** A method record as a list line (a note's state from its items, see noteItemsOf). */
export function methodItemView(r: MethodRecord, today: DayKey, viewerId: string, notes: NoteItems = new Map()): RecordItemView {
  return {
    id: r.id,
    kind: r.kind,
    ...headline(r, today, notes),
    date: r.date,
    withdrawn: r.withdrawnAt !== null,
    fromMeeting: r.sourceMeetingId !== null,
    canWithdraw: r.personId === viewerId && canWithdrawRecord(r, today),
    attachmentCount: r.attachments.length
  }
}

/** A self-study check-in as a list line. */
export function studyItemView(s: StudyRecord, today: DayKey, viewerId: string): RecordItemView {
  return {
    id: s.id,
    kind: 'study',
    title: s.title,
    subtitle: '平时自学',
    date: s.studiedOn,
    status: null,
    withdrawn: s.withdrawnAt !== null,
    fromMeeting: false,
    canWithdraw: s.personId === viewerId && canWithdrawStudy(s, today),
    attachmentCount: 0
  }
}

/** Newest first across both kinds of record (date, then creation). */
export function newestFirst(a: RecordItemView & { createdAt?: string }, b: RecordItemView & { createdAt?: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return (b.createdAt ?? '').localeCompare(a.createdAt ?? '')
}

async function bodyOf(ctx: ActionContext, r: MethodRecord, notes: NoteItems): Promise<RecordBodyView> {
  // An older 学习强国 report may hold self-reported points: only its note goes out.
  if (r.kind === 'xuexi') return { kind: 'xuexi', details: { note: r.details.note } }
  if (r.kind === 'exchange' && r.sourceMeetingId !== null) {
    // The real kind (党组会), read from older rows that did not store it.
    return { kind: 'exchange', details: { ...r.details, occasionName: derivedOccasionName(r) ?? undefined } }
  }
  if (r.kind !== 'note') return { kind: r.kind, details: r.details } as RecordBodyView
  const { speechIds, ...rest } = r.details
  const { itemId: _item, ...state } = noteOutletState(r.details, notes.get(r.id) ?? [])
  const speeches = []
  for (const id of speechIds) {
    const s = await ctx.repos.speeches.get(id)
    if (s) speeches.push({ id: s.id, title: s.title })
  }
  return { kind: 'note', details: { ...rest, ...state, speeches } }
}

async function ownerOf(ctx: ActionContext, personId: string, unitId: string): Promise<RecordDetailView['person']> {
  // In sequence: after a write this runs inside a CloudBase transaction, one operation at a time.
  const person = await ctx.repos.people.get(personId)
  const unit = await ctx.repos.units.get(unitId)
  return { id: personId, name: person?.name ?? '', unitName: unit?.name ?? '' }
}

/**
 * A method record with everything its detail page shows, as the caller sees it. A note's items
 * are read unless given (a write that just changed one passes them).
 */
export async function methodDetailView(
  ctx: ActionContext,
  r: MethodRecord,
  today: DayKey,
  given?: NoteItems
): Promise<RecordDetailView> {
  const viewer: Person = callerOf(ctx)
  const notes = given ?? (await noteItemsOf(ctx, [r]))
  const item = methodItemView(r, today, viewer.id, notes)
  return {
    item,
    body: await bodyOf(ctx, r, notes),
    person: await ownerOf(ctx, r.personId, r.unitId),
    attachments: await fileLinks(
      ctx,
      r.attachments.map((a) => a.fileId)
    ),
    canEdit: item.canWithdraw,
    mine: r.personId === viewer.id,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    withdrawReason: r.withdrawReason
  }
}

/** A self-study check-in as a detail page. */
export async function studyDetailView(ctx: ActionContext, s: StudyRecord, today: DayKey): Promise<RecordDetailView> {
  const viewer = callerOf(ctx)
  return {
    item: studyItemView(s, today, viewer.id),
    body: { kind: 'study', details: { speechId: s.speechId, title: s.title, minutes: s.minutes, note: s.note } },
    person: await ownerOf(ctx, s.personId, s.unitId),
    attachments: [],
    canEdit: false,
    mine: s.personId === viewer.id,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    withdrawReason: s.withdrawReason
  }
}
