import { AppError } from '../../../../src/core/contract'
import type { Attachment, MethodDetails, MethodRecord, Person, RecordKind, RecordOf } from '../../../../src/core/model'
import { isCounted } from '../../../../src/core/rules/methods'
import type { DayKey } from '../../../../src/core/time'
import { monthOfDay } from '../../../../src/core/time'
import { newId } from '../../util/ids'
import type { ActionContext } from '../context'
import { audit, createdStamp, updatedStamp } from '../context'

// Writing method records: the one place records are built, changed and withdrawn, used by the
// methods services and by meetings (issue 4), which produce lead-study and exchange records.

/** The audit entity name of a method record. */
export const RECORD_ENTITY = 'methodRecord'

/** What a new record needs besides its kind and details. */
export interface NewRecordOptions {
  /** The meeting that produced it (issue 4). */
  sourceMeetingId?: string | null
  attachments?: Attachment[]
}

/** Builds a record for a person (not stored): period fields and `counted` come from date and details. */
export function buildRecord<K extends RecordKind>(
  ctx: ActionContext,
  person: Pick<Person, 'id' | 'unitId'>,
  kind: K,
  date: DayKey,
  details: MethodDetails[K],
  opts: NewRecordOptions = {}
): RecordOf<K> {
  const record = {
    id: newId(),
    kind,
    personId: person.id,
    unitId: person.unitId,
    date,
    month: monthOfDay(date),
    year: Number(date.slice(0, 4)),
    counted: isCounted(kind, details),
    sourceMeetingId: opts.sourceMeetingId ?? null,
    details,
    attachments: opts.attachments ?? [],
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...createdStamp(ctx)
  }
  return record as RecordOf<K>
}

/** Stores a new record for a person, with its audit entry; returns it. */
export async function createRecord<K extends RecordKind>(
  ctx: ActionContext,
  person: Pick<Person, 'id' | 'unitId'>,
  kind: K,
  date: DayKey,
  details: MethodDetails[K],
  opts: NewRecordOptions = {}
): Promise<RecordOf<K>> {
  return storeRecord(ctx, buildRecord(ctx, person, kind, date, details, opts))
}

/** Inserts a built record with its audit entry; returns it. */
export async function storeRecord<R extends MethodRecord | RecordOf<RecordKind>>(ctx: ActionContext, record: R): Promise<R> {
  await ctx.repos.methodRecords.insert(record as MethodRecord)
  await audit(ctx, RECORD_ENTITY, record.id, 'create', record)
  return record
}

/** What may change on a stored record. */
export interface RecordChanges<K extends RecordKind> {
  date?: DayKey
  details?: MethodDetails[K]
  attachments?: Attachment[]
}

/** Stores a changed record (period fields and `counted` recomputed), with its audit entry. */
export async function reviseRecord<K extends RecordKind>(
  ctx: ActionContext,
  existing: RecordOf<K>,
  changes: RecordChanges<K>,
  auditAction = 'update'
): Promise<RecordOf<K>> {
  if (existing.withdrawnAt) throw new AppError('CONFLICT', '这条记录已经撤回')
  const date = changes.date ?? existing.date
  const details = changes.details ?? existing.details
  const revised = updatedStamp(
    {
      ...existing,
      date,
      month: monthOfDay(date),
      year: Number(date.slice(0, 4)),
      details,
      counted: isCounted(existing.kind, details),
      attachments: changes.attachments ?? existing.attachments
    },
    ctx
  )
  await ctx.repos.methodRecords.update(revised as MethodRecord)
  await audit(ctx, RECORD_ENTITY, revised.id, auditAction, revised)
  return revised
}

/** Soft-deletes a record (kept, flagged, audited); withdrawing twice is a conflict. */
export async function withdrawRecord<R extends MethodRecord>(ctx: ActionContext, record: R, reason: string | null): Promise<R> {
  if (record.withdrawnAt) throw new AppError('CONFLICT', '这条记录已经撤回')
  const withdrawn = updatedStamp(
    { ...record, withdrawnAt: ctx.now.toISOString(), withdrawnBy: ctx.caller?.id ?? 'system', withdrawReason: reason },
    ctx
  )
  await ctx.repos.methodRecords.update(withdrawn)
  await audit(ctx, RECORD_ENTITY, record.id, 'withdraw', null, reason)
  return withdrawn
}

/** Withdraws every live record a meeting produced (e.g. the meeting itself was withdrawn). */
export async function withdrawMeetingRecords(ctx: ActionContext, meetingId: string, reason: string | null): Promise<number> {
  const live = (await ctx.repos.methodRecords.listBySourceMeeting(meetingId)).filter((r) => r.withdrawnAt === null)
  for (const r of live) await withdrawRecord(ctx, r, reason)
  return live.length
}

/** One record a meeting should have produced for a person. */
export interface MeetingRecordWish<K extends 'leadStudy' | 'exchange' = 'leadStudy' | 'exchange'> {
  person: Pick<Person, 'id' | 'unitId'>
  kind: K
  date: DayKey
  details: MethodDetails[K]
}

/**
 * Makes a meeting's records match what it now says: one live record per (person, kind) — created,
 * revised when different, and withdrawn when the person no longer led or spoke. Returns the live ones.
 */
export async function syncMeetingRecords(
  ctx: ActionContext,
  meetingId: string,
  wishes: MeetingRecordWish[],
  reason: string | null = '会议记录已修改'
): Promise<MethodRecord[]> {
  const live = (await ctx.repos.methodRecords.listBySourceMeeting(meetingId)).filter((r) => r.withdrawnAt === null)
  const keyOf = (personId: string, kind: string) => `${personId}|${kind}`
  const existing = new Map(live.map((r) => [keyOf(r.personId, r.kind), r]))
  const out: MethodRecord[] = []
  for (const wish of wishes) {
    const key = keyOf(wish.person.id, wish.kind)
    const found = existing.get(key)
    existing.delete(key)
    if (!found) {
      out.push(
        (await createRecord(ctx, wish.person, wish.kind, wish.date, wish.details, { sourceMeetingId: meetingId })) as MethodRecord
      )
    } else if (found.date !== wish.date || JSON.stringify(found.details) !== JSON.stringify(wish.details)) {
      out.push(
        (await reviseRecord(ctx, found as RecordOf<typeof wish.kind>, { date: wish.date, details: wish.details })) as MethodRecord
      )
    } else out.push(found)
  }
  for (const stale of existing.values()) await withdrawRecord(ctx, stale, reason)
  return out
}
