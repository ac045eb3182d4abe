import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import type { Failure, Result, SessionDetailView } from '../../src/core/contract'
import { addDays } from '../../src/core/rules/agenda'
import type { Person } from '../../src/core/model'
import { DEFAULT_RUBRIC } from '../../src/core/rules/observation'
import { dataOf, makeWorld } from './world'

// A world for the observation tests: the router world plus a group of two observers covering
// area1 (leader = the world's observer), an observer outside it, and unit B's secretary.

export type View = {
  id: string
  status: string
  sessionId: string | null
  sessionScore: number | null
  grade: string | null
  sheetCount: number
  rectification: { status: string; overdue: boolean; rounds: number } | null
}

export const failure = (r: Result<unknown>): Failure => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r)}`)
  return r
}

/** Full marks minus `less` points, taken from the items in order. */
export function scores(less = 0): Record<string, number> {
  let left = less
  return Object.fromEntries(
    DEFAULT_RUBRIC.items.map((i) => {
      const take = Math.min(left, i.max)
      left -= take
      return [i.key, i.max - take]
    })
  )
}

export function sheetInput(observationId: string, less = 0, rubricVersion = 1) {
  return {
    observationId,
    rubricVersion,
    scores: scores(less),
    comments: '领学准备充分，研讨联系实际。',
    documentReview: { studyPlan: true, firstAgendaRecords: true, materials: false, note: null }
  }
}

export async function makeObservationWorld(options: { now?: string; store?: Store } = {}) {
  const w = await makeWorld(options)
  const extra = async (id: string, phone: string, unitId: string, roles: Person['roles']) => {
    const person: Person = { ...w.people.cadre, id, name: id, phone, unitId, roles }
    await w.store.people.insert(person)
    return person
  }
  const member = await extra('p-member', '13900000090', 'unitB', ['observer'])
  const outsider = await extra('p-outsider', '13900000091', 'unitB', ['observer'])
  const otherSecretary = await extra('p-secretary-b', '13900000092', 'unitB', ['unitSecretary'])
  const { admin, observer: leader, unitSecretary: secretary, unitLeader } = w.people
  const group = dataOf<{ id: string }>(
    await w.as(admin)('observe.groups.save', {
      name: '第一巡听旁听组',
      leaderId: leader.id,
      memberIds: [member.id],
      areaIds: ['area1']
    })
  )
  // The world's clock, so helpers that act "the day before" can put it back.
  let current = options.now ?? '2026-11-20T02:00:00Z'
  const setNow = (iso: string) => {
    current = iso
    w.setNow(iso)
  }
  /** Runs `act` at 08:00 China time the day before `day` (sessions and plans are made ahead), then restores the clock. */
  const dayBefore = async <T>(day: string, act: () => Promise<T>): Promise<T> => {
    const was = current
    w.setNow(`${addDays(day, -1)}T00:00:00Z`)
    try {
      return await act()
    } finally {
      w.setNow(was)
    }
  }
  /** A planned central-group session of the secretary's unit, saved the day before (default: unit A). */
  const planSession = (day: string, time = '09:00', topic = '学习党的二十届四中全会精神', by: Person = secretary) =>
    dayBefore(day, async () =>
      dataOf<SessionDetailView>(await w.as(by)('centralGroup.session.save', { day, time, topic, status: 'planned' }))
    )
  /** Plans a fixed observation of a session of unit A (default: today 09:00 China time), the day before. */
  const planFixed = async (day = '2026-11-20', time = '09:00') => {
    const session = await planSession(day, time)
    return dayBefore(
      day,
      async () =>
        dataOf<{ items: View[] }>(
          await w.as(admin)('observe.plan', { mode: 'fixed', sessionIds: [session.item.id], groupId: group.id })
        ).items[0]
    )
  }
  return {
    ...w,
    setNow,
    dayBefore,
    admin,
    leader,
    member,
    outsider,
    secretary,
    otherSecretary,
    unitLeader,
    group,
    planSession,
    planFixed
  }
}
