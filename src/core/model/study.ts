import type { Audited } from './common'
import type { DayKey, MonthKey } from '../time'

/** An entry of the speech catalogue the admin keeps. */
export interface Speech extends Audited {
  id: string
  title: string
  /** The day the speech was given or published. */
  date: DayKey
  /** Where it was published, e.g. 《求是》2026年第10期. */
  source: string
  link: string | null
  archived: boolean
}

/** One self-study check-in (平时抓紧自学): one speech studied once. */
export interface StudyRecord extends Audited {
  id: string
  personId: string
  /** The person's unit when recording, so unit views need no join. */
  unitId: string
  /** Catalogue entry, or null when the title was typed by hand. */
  speechId: string | null
  title: string
  studiedOn: DayKey
  /** Derived from studiedOn; stored so a month can be queried by index. */
  month: MonthKey
  minutes: number | null
  note: string | null
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawReason: string | null
}
