import type { Role } from '../../../src/core/model/roles'
import type { ReminderFacts } from '../../../src/core/reminders/facts'
import type { PersonFact } from '../../../src/core/reminders/model'

// Small district facts for the planner tests; every test adds what it needs.

/** 09:00 China time on the day, written in UTC so the process's zone plays no part. */
export function at(day: string, clock = '09:00'): Date {
  return new Date(`${day}T${clock}:00+08:00`)
}

export function person(id: string, roles: Role[], extra: Partial<PersonFact> = {}): PersonFact {
  return { id, name: id, unitId: 'u1', roles, active: true, createdAt: '2025-06-01T02:00:00.000Z', ...extra }
}

export function facts(extra: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    units: [
      { id: 'u1', name: '城建局', active: true },
      { id: 'u2', name: '旧办公室', active: false },
      { id: 'u3', name: '教育局', active: true }
    ],
    people: [],
    yearQuotas: [],
    studies: [],
    records: [],
    meetings: [],
    observations: [],
    groups: [],
    sheets: [],
    rectifications: [],
    ...extra
  }
}

/** `n` self-study records on the day (the same speech may be studied again; repeats count). */
export function studies(personId: string, day: string, n: number, withdrawnAt: string | null = null) {
  return Array.from({ length: n }, (_, i) => ({ personId, speechId: `s${i}`, title: `讲话${i}`, studiedOn: day, withdrawnAt }))
}
