import type { MethodRecord, RecordKind } from '../model/methods'
import type { DayKey } from '../time'
import { formatDayZh } from '../time'
import { derivedOccasionName } from './occasion-records'

// No double counting by hand (issue 10): a committee meeting's first item already records its lead's
// 领学 and each speaker's 交流 (agenda.ts meetingRecordWishes). A cadre typing the same occasion in
// again would count it twice, so a hand-made record of such a kind on a day that already holds a
// derived one of the same kind is refused unless the cadre confirms it is another occasion.

/** The kinds a meeting (or a central-group session) records for its people. */
export const DERIVED_KINDS = ['leadStudy', 'exchange'] as const satisfies readonly RecordKind[]
export type DerivedKind = (typeof DERIVED_KINDS)[number]

/**
 * The fields of a method record that name what it was derived from. Committee meetings set
 * `sourceMeetingId`; another source (central-group sessions) that stores its own field adds it
 * here, and the check below covers it with no other change.
 */
export const DERIVED_SOURCE_FIELDS = ['sourceMeetingId'] as const satisfies ReadonlyArray<keyof MethodRecord>

type SourceFields = { [F in (typeof DERIVED_SOURCE_FIELDS)[number]]: MethodRecord[F] }

/** Whether a record was produced by a meeting or session (not typed by its owner). */
export function isDerived(record: SourceFields): boolean {
  return DERIVED_SOURCE_FIELDS.some((f) => record[f] !== null && record[f] !== undefined)
}

/** Whether a kind is one that meetings and sessions record by themselves. */
export function isDerivedKind(kind: RecordKind): kind is DerivedKind {
  return (DERIVED_KINDS as readonly RecordKind[]).includes(kind)
}

type Candidate = Pick<MethodRecord, 'id' | 'kind' | 'date' | 'withdrawnAt' | 'details'> & SourceFields

/**
 * The live derived records of a person that a hand-made record of `kind` on `date` would
 * duplicate: same kind, same day, not withdrawn, produced by a meeting or session. `records` are
 * the person's own (any kinds and days; the rest are ignored).
 */
export function derivedTwins<R extends Candidate>(records: readonly R[], kind: RecordKind, date: DayKey): R[] {
  if (!isDerivedKind(kind)) return []
  return records.filter((r) => r.kind === kind && r.date === date && r.withdrawnAt === null && isDerived(r))
}

const DONE: Record<DerivedKind, string> = { leadStudy: '领学', exchange: '交流发言' }

/** The warning for one derived twin, e.g. "12月4日党组会已为您记录了领学，无需重复填写" (the year outside `today`'s). */
export function duplicateMessage(record: Candidate, today: DayKey): string {
  const done = isDerivedKind(record.kind) ? DONE[record.kind] : '记录'
  // The real occasion (党组会, 中心组学习), as the derived record's own title names it.
  const name = derivedOccasionName(record) ?? '会议'
  return `${formatDayZh(record.date, today)}${name}已为您记录了${done}，无需重复填写`
}
