// The order the admin gives areas and units (issue 13 item 7). Every area list and unit picker
// sorts with these functions, so 第一、第二、第三片区 read the same way on every page.

/** What can be put in the admin's order: areas and units. */
export interface Ordered {
  id: string
  name: string
  /** The admin's position; absent on records saved before the order existed. */
  order?: number
}

const ZH_DIGITS = '一二三四五六七八九'

/**
 * A name as it sorts: Chinese numerals read as numbers, so 第二片区 comes after 第一片区 and before
 * 第十片区 (plain code points put 第三 before 第二); the rest of the name compares by code point.
 */
export function nameSortKey(name: string): string {
  return name.replace(/[一二三四五六七八九十]+/g, (zh) => {
    const [tens, ones] = zh.includes('十') ? zh.split('十') : ['', zh]
    const value =
      (zh.includes('十') ? (tens ? ZH_DIGITS.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? ZH_DIGITS.indexOf(ones) + 1 : 0)
    return String(value).padStart(3, '0')
  })
}

/**
 * The admin's order: records with a position first, by position; then those without one (saved
 * before the order existed) by name with numerals read as numbers (nameSortKey), then id.
 */
export function byAdminOrder(a: Ordered, b: Ordered): number {
  const ao = a.order ?? null
  const bo = b.order ?? null
  if (ao !== bo) {
    if (ao === null) return 1
    if (bo === null) return -1
    return ao - bo
  }
  const [ak, bk] = [nameSortKey(a.name), nameSortKey(b.name)]
  if (ak !== bk) return ak < bk ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A copy of the list in the admin's order. */
export function inAdminOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(byAdminOrder)
}

/**
 * Units grouped by area in the areas' order, each area's units in their own order. Units of an
 * area not in the list come last (in their own order), so nothing is dropped.
 */
export function unitsInAreaOrder<U extends Ordered & { areaId: string }>(units: readonly U[], areas: readonly Ordered[]): U[] {
  const rank = new Map(inAdminOrder(areas).map((a, i) => [a.id, i]))
  const areaRank = (u: U) => rank.get(u.areaId) ?? areas.length
  return [...units].sort((a, b) => areaRank(a) - areaRank(b) || byAdminOrder(a, b))
}

/** Which way a move goes on the admin's list. */
export type MoveDirection = 'up' | 'down'

/**
 * Moves one record a step up or down among its siblings and gives every sibling whose position
 * changes its new one (0, 1, 2 … in the resulting order). Siblings saved before the order existed
 * get a position too, so after one move the whole list is explicit. Nothing changes at either end.
 */
export function moveInOrder<T extends Ordered>(
  siblings: readonly T[],
  id: string,
  direction: MoveDirection
): Array<{ item: T; order: number }> {
  const list = inAdminOrder(siblings)
  const at = list.findIndex((s) => s.id === id)
  if (at < 0) throw new Error(`moveInOrder: ${id} is not among the siblings`)
  const to = direction === 'up' ? at - 1 : at + 1
  if (to >= 0 && to < list.length) [list[at], list[to]] = [list[to], list[at]]
  return list.flatMap((item, order) => (item.order === order ? [] : [{ item, order }]))
}

/**
 * The position for a record added at the end of its siblings. While some sibling has no position
 * yet, none (undefined): a position would put the new record before those, which sort last.
 */
export function nextOrder(siblings: readonly Ordered[]): number | undefined {
  if (siblings.some((s) => s.order === undefined)) return undefined
  return siblings.reduce((max, s) => Math.max(max, (s.order ?? 0) + 1), 0)
}
