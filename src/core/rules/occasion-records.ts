import type { ContentType, LeadMode } from '../model/meeting'
import { CONTENT_TYPE_LABELS, MEETING_KINDS } from '../model/meeting'
import type { ExchangeDetails, LeadStudyDetails, MethodRecord, Occasion } from '../model/methods'
import type { DayKey } from '../time'
import { formatDayZh } from '../time'

// Record once, reuse everywhere (ARCHITECTURE rule 8): a held committee meeting and a held
// central-group session both yield the lead's 以会代训领学 record and each speaker's 在交流中互学
// record. Both go through this one function; only how each names itself differs. A derived
// record is titled at read time from its real occasion and its date ("党组会 12月4日 · 交流发言"),
// so the date reads with its year whenever it lies outside the reader's year.

/** One method record a meeting or session should have produced. */
export type StudyRecordWish =
  | { personId: string; kind: 'leadStudy'; date: DayKey; details: LeadStudyDetails }
  | { personId: string; kind: 'exchange'; date: DayKey; details: ExchangeDetails }

/** What a held occasion of collective study says, as far as the derived records need it. */
export interface StudyOccasionFacts {
  date: DayKey
  /** The exchange category a cadre would pick (党委会议 for committee meetings, 中心组学习 for sessions). */
  occasion: Occasion
  /** The real kind of the occasion: the meeting's kind (党组会, 党工委会 …) or 中心组学习. */
  occasionName: string
  /** What was studied (the first item's or the session's title). */
  title: string
  contentType: ContentType
  lead: { personId: string; mode: LeadMode | null } | null
  tiedToWork: string | null
  speakers: ReadonlyArray<{ personId: string; points: string }>
}

/**
 * The records a held occasion yields: the lead's lead-study record and one exchange record per
 * speaker (several points of one speaker joined). Callers pass null for anything not held, not
 * study or withdrawn, so editing it into another state withdraws what it had produced.
 */
export function studyRecordWishes(facts: StudyOccasionFacts | null): StudyRecordWish[] {
  if (!facts) return []
  const out: StudyRecordWish[] = []
  if (facts.lead) {
    const mode = facts.lead.mode === 'relay' ? '传达' : '领学'
    out.push({
      personId: facts.lead.personId,
      kind: 'leadStudy',
      date: facts.date,
      details: {
        meeting: facts.occasionName,
        content: `${mode}${CONTENT_TYPE_LABELS[facts.contentType]}：${facts.title}`,
        tiedToWork: facts.tiedToWork
      }
    })
  }
  const points = new Map<string, string[]>()
  for (const s of facts.speakers) points.set(s.personId, [...(points.get(s.personId) ?? []), s.points])
  for (const [personId, said] of points) {
    out.push({
      personId,
      kind: 'exchange',
      date: facts.date,
      details: {
        occasion: facts.occasion,
        occasionName: facts.occasionName,
        content: `围绕“${facts.title}”：${said.join('；')}`
      }
    })
  }
  return out
}

/** Longest first, so 党工委会 is not read as 工委会. */
const KINDS_LONGEST_FIRST = [...MEETING_KINDS].sort((a, b) => b.length - a.length)
const SESSION = '中心组学习'

/** The meeting kind or 中心组学习 a name ends with or begins with, or null. */
function occasionIn(text: string): string | null {
  if (text.startsWith(SESSION)) return SESSION
  return KINDS_LONGEST_FIRST.find((k) => text.endsWith(k)) ?? null
}

type DerivedRecord = Pick<MethodRecord, 'kind' | 'date' | 'details'>

/** The text fields a derived record's details may hold (lead study: meeting; exchange: occasion). */
const textOf = (details: MethodRecord['details'], field: 'meeting' | 'occasion' | 'occasionName' | 'content'): string => {
  const value = (details as Partial<Record<typeof field, unknown>>)[field]
  return typeof value === 'string' ? value : ''
}

/**
 * The real occasion of a record a meeting or session produced. Rows written since issue 13 store it;
 * older rows are read (no migration): their lead-study `meeting` was "12月4日党组会" or
 * "中心组学习 12月4日 · 领学", and their exchange content began "12月4日党组会交流发言（".
 */
export function derivedOccasionName(r: DerivedRecord): string | null {
  if (r.kind === 'leadStudy') return occasionIn(textOf(r.details, 'meeting'))
  if (r.kind !== 'exchange') return null
  const stored = textOf(r.details, 'occasionName')
  if (stored) return stored
  if (textOf(r.details, 'occasion') === SESSION) return SESSION
  const content = textOf(r.details, 'content')
  const head = content.split('交流发言')[0]
  return head.length < content.length ? occasionIn(head) : null
}

/** The title of a derived record, e.g. "党组会 12月4日 · 交流发言" (with the year outside `today`'s), or null if unknown. */
export function derivedRecordTitle(r: DerivedRecord, today: DayKey): string | null {
  const name = derivedOccasionName(r)
  if (!name) return null
  const role = r.kind === 'leadStudy' ? (textOf(r.details, 'content').startsWith('传达') ? '传达' : '领学') : '交流发言'
  return `${name} ${formatDayZh(r.date, today)} · ${role}`
}
