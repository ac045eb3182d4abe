import type { ContentType, LeadMode } from '../model/meeting'
import { CONTENT_TYPE_LABELS } from '../model/meeting'
import type { ExchangeDetails, LeadStudyDetails, Occasion } from '../model/methods'
import type { DayKey } from '../time'

// Record once, reuse everywhere (ARCHITECTURE rule 8): a held committee meeting and a held
// central-group session both yield the lead's 以会代训领学 record and each speaker's 在交流中互学
// record. Both go through this one function; only how each names itself differs.

/** One method record a meeting or session should have produced. */
export type StudyRecordWish =
  | { personId: string; kind: 'leadStudy'; date: DayKey; details: LeadStudyDetails }
  | { personId: string; kind: 'exchange'; date: DayKey; details: ExchangeDetails }

/** What a held occasion of collective study says, as far as the derived records need it. */
export interface StudyOccasionFacts {
  date: DayKey
  /** The exchange occasion (党委会议 for committee meetings, 中心组学习 for sessions). */
  occasion: Occasion
  /** How the lead-study record names where it happened, given 领学 or 传达. */
  leadTitle: (mode: string) => string
  /** How an exchange record begins, e.g. `11月20日党组会交流发言`. */
  exchangeTitle: string
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
        meeting: facts.leadTitle(mode),
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
      details: { occasion: facts.occasion, content: `${facts.exchangeTitle}（${facts.title}）：${said.join('；')}` }
    })
  }
  return out
}
