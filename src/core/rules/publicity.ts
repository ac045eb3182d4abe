import type { NoteDetails, NoteStatus } from '../model/methods'
import type { PublicityCount, PublicityItem, PublicityOwnerType, PublicityStatus, PublicitySubjectKind } from '../model/publicity'
import type { Role } from '../model/roles'
import type { DayKey } from '../time'

// Who may record which publicity item, its life (submitted → published | not used), the note's
// outlet state read from its items, and the counts the admin reads.

interface Actor {
  id: string
  unitId: string
  roles: readonly Role[]
}

/** Whose item it is. */
export interface PublicityOwner {
  ownerType: PublicityOwnerType
  personId: string | null
  unitId: string
}

/**
 * Who may record an item and change it: the person for their own, the unit secretary for the
 * unit's items and its people's, and the admin for anyone.
 */
export function canRecordPublicity(actor: Actor, owner: PublicityOwner): boolean {
  if (actor.roles.includes('admin')) return true
  if (owner.ownerType === 'person' && owner.personId === actor.id) return true
  return actor.roles.includes('unitSecretary') && actor.unitId === owner.unitId
}

/** Who may see an item: whoever may record it, and the unit's leader. */
export function canViewPublicity(actor: Actor, owner: PublicityOwner): boolean {
  if (canRecordPublicity(actor, owner)) return true
  return actor.roles.includes('unitLeader') && actor.unitId === owner.unitId
}

/** Who may read a unit's counts: the admin any unit's, the unit's secretary and leader their own. */
export function canReadUnitCounts(actor: Actor, unitId: string): boolean {
  if (actor.roles.includes('admin')) return true
  return actor.unitId === unitId && (actor.roles.includes('unitSecretary') || actor.roles.includes('unitLeader'))
}

/**
 * Why an item cannot move to `to`, or null. Only a submitted item gets an answer (published or
 * not used); a published one may have its day, link and page corrected; a not-used one is closed
 * (submit it again to another outlet as a new item). A withdrawn item does not change.
 */
export function publicityTransitionProblem(
  item: Pick<PublicityItem, 'status' | 'withdrawnAt'>,
  to: PublicityStatus
): string | null {
  if (item.withdrawnAt !== null) return '这条宣传报道已经撤回'
  if (to === 'submitted') return item.status === 'submitted' ? null : '已有结果的报道不能改回“已投稿”'
  if (item.status === 'notUsed') return '这条报道已登记为不予采用'
  if (item.status === 'published' && to === 'notUsed') return '这条报道已经刊发'
  return null
}

/** Why a submission day is not acceptable, or null. */
export function submittedOnProblem(submittedOn: DayKey, today: DayKey): string | null {
  return submittedOn > today ? '投稿日期不能晚于今天' : null
}

/** Why the day of the outlet's answer is not acceptable, or null. */
export function decidedOnProblem(day: DayKey, submittedOn: DayKey, today: DayKey, to: PublicityStatus): string | null {
  const label = to === 'published' ? '刊发日期' : '登记日期'
  if (day > today) return `${label}不能晚于今天`
  if (day < submittedOn) return `${label}不能早于投稿日期`
  return null
}

/** The day an item counts on: published ones on their publication day, others on submission. */
export function countedDayOf(item: Pick<PublicityItem, 'status' | 'publishedOn' | 'submittedOn'>): DayKey {
  return item.status === 'published' && item.publishedOn ? item.publishedOn : item.submittedOn
}

/**
 * The id of the item a record makes when it is submitted to an outlet: from the record and the
 * outlet, so submitting a note to one outlet twice updates one item (held by the id on CloudBase).
 */
export const subjectPublicityId = (kind: PublicitySubjectKind, subjectId: string, outletId: string): string =>
  `publicity.${kind}.${subjectId}.${outletId}`

/** What a note shows of its outlets: the furthest state of its live items. */
export type NoteOutletState = Pick<NoteDetails, 'outletId' | 'outletName' | 'submittedOn' | 'publishedOn' | 'link'> & {
  status: NoteStatus
  /** The item shown (null: none yet, or a note kept from before items, read from its own fields). */
  itemId: string | null
}

const RANK: Record<PublicityStatus, number> = { published: 2, submitted: 1, notUsed: 0 }

/**
 * A note's outlet state, read from its publicity items. A note submitted before publicity items
 * existed has no item: its own stored fields are read as they were (a read-time mapping — its
 * first change through note.submit or note.publish moves that state into an item; new notes
 * never write those fields, so the status lives in one place).
 */
export function noteOutletState(legacy: NoteDetails, items: readonly PublicityItem[]): NoteOutletState {
  const live = items.filter((i) => i.withdrawnAt === null)
  if (live.length === 0) {
    return {
      status: legacy.status,
      outletId: legacy.outletId,
      outletName: legacy.outletName,
      submittedOn: legacy.submittedOn,
      publishedOn: legacy.publishedOn,
      link: legacy.link,
      itemId: null
    }
  }
  const [best] = [...live].sort(
    (a, b) => RANK[b.status] - RANK[a.status] || b.submittedOn.localeCompare(a.submittedOn) || a.id.localeCompare(b.id)
  )
  return {
    status: best.status,
    outletId: best.outletId,
    outletName: best.outletName,
    submittedOn: best.submittedOn,
    publishedOn: best.publishedOn,
    link: best.link,
    itemId: best.id
  }
}

/**
 * Live items counted per key (unit or outlet) by status: the reference the store's aggregations
 * answer the same as (the contract suite checks them against it).
 */
export function countPublicity(
  items: readonly PublicityItem[],
  by: 'unitId' | 'outletId',
  period: { month: string } | { year: number }
): PublicityCount[] {
  const rows = new Map<string, PublicityCount>()
  for (const item of items) {
    if (item.withdrawnAt !== null) continue
    if ('month' in period ? item.month !== period.month : item.year !== period.year) continue
    const key = item[by]
    const row = rows.get(key) ?? { key, submitted: 0, published: 0, notUsed: 0 }
    row[item.status]++
    rows.set(key, row)
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
