import { TYPED_SCHOOL_KIND } from '../model/methods'

// Schools typed on the lecture form (issue 10): a district leader who lectured at a school the
// admin has not listed types its name; the school is kept as typed, and the admin later merges it
// into a listed school.

/** The name as compared: spaces inside and around removed (全角 too), nothing else changed. */
export function schoolNameKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, '')
}

/**
 * The id of a typed school, from its name: two leaders typing the same school (spaces aside) get
 * the same record by construction, not by a read-then-write check. FNV-1a over the UTF-16 units,
 * as hex, so the id is short and safe for CloudBase `_id`.
 */
export function typedSchoolId(name: string): string {
  let hash = 0x811c9dc5
  for (const ch of schoolNameKey(name)) {
    for (let i = 0; i < ch.length; i++) {
      hash ^= ch.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
  }
  return `school.typed.${hash.toString(16).padStart(8, '0')}.${schoolNameKey(name).length}`
}

/** Whether a school was typed on a lecture form rather than listed by the admin. */
export function isTypedSchool(school: { kind: string }): boolean {
  return school.kind === TYPED_SCHOOL_KIND
}

/** Why a typed school cannot be merged into another, or null. */
export function mergeProblem(
  from: { id: string; kind: string; active: boolean } | null,
  into: { id: string; kind: string; active: boolean } | null
): { field: 'fromId' | 'intoId'; message: string } | null {
  if (!from || !isTypedSchool(from)) return { field: 'fromId', message: '请选择待确认的学校' }
  if (!from.active) return { field: 'fromId', message: '这所学校已经合并过了' }
  if (!into || isTypedSchool(into) || !into.active) return { field: 'intoId', message: '请选择名单中启用的学校' }
  return null
}
