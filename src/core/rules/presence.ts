// Presence at a committee meeting or a central-group session (issue 10): the people listed for a
// held occasion were there unless someone said otherwise. A meeting or session recorded after the
// fact therefore never reads "已到 0 人"; the secretary unticks the absent. Before it is held, only
// an explicit mark (a QR scan, a tick) counts, since nobody can have attended yet.

/** Whether a listed or marked person counts as present. */
export function isPresent(expected: boolean, mark: boolean | undefined, held: boolean): boolean {
  if (mark !== undefined) return mark
  return expected && held
}

/** How many of the listed and marked people count as present (each person once). */
export function presentCount(expectedIds: readonly string[], marks: ReadonlyMap<string, boolean>, held: boolean): number {
  const ids = new Set([...expectedIds, ...marks.keys()])
  const expected = new Set(expectedIds)
  let n = 0
  for (const id of ids) if (isPresent(expected.has(id), marks.get(id), held)) n++
  return n
}
