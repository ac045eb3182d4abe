import type { JobDeps } from '../../cloudfunctions/lib/jobs'
import type { FilesPort } from '../../cloudfunctions/lib/ports/files.port'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import type { PushOutcome, PushSender } from '../../cloudfunctions/lib/ports/push.port'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import type { Person } from '../../src/core/model'
import type { Push } from '../../src/core/reminders/bundle'

// A district for the reminders job: `units` units of `perUnit` people each (the first of a unit
// its leader), who joined long ago and studied `studied` speeches this month.

const stamp = {
  createdAt: '2025-01-01T00:00:00.000Z',
  createdBy: 'seed',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'seed'
}

export async function seedDistrict(
  store: Store,
  units: number,
  perUnit: number,
  month = '2026-12',
  studied = 2
): Promise<Person[]> {
  const people: Person[] = []
  for (let u = 0; u < units; u++) {
    const unitId = `u${String(u).padStart(3, '0')}`
    await store.units.insert({ id: unitId, name: `单位${u}`, areaId: 'a1', kind: '党组', active: true, ...stamp })
    for (let i = 0; i < perUnit; i++) {
      people.push({
        id: `${unitId}-p${String(i).padStart(3, '0')}`,
        name: `干部${u}-${i}`,
        phone: `139${String(u * 1000 + i).padStart(8, '0')}`,
        unitId,
        position: i === 0 ? '局长' : '科员',
        roles: i === 0 ? ['unitLeader', 'cadre'] : ['cadre'],
        openId: null,
        active: true,
        ...stamp
      })
    }
  }
  await store.people.insertMany(people)
  for (const p of people) {
    for (let k = 0; k < studied; k++) {
      await store.studies.insert({
        id: `${p.id}-s${k}`,
        personId: p.id,
        unitId: p.unitId,
        speechId: null,
        title: `讲话${k}`,
        studiedOn: `${month}-0${k + 1}`,
        month,
        minutes: 30,
        note: null,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawReason: null,
        ...stamp
      })
    }
  }
  return people
}

/** A sender that records every push it is handed and answers what `outcome` says. */
export function recordingSender(outcome: (push: Push, call: number) => PushOutcome = () => ({ status: 'sent' })) {
  const sent: Push[] = []
  let calls = 0
  const sender: PushSender = {
    async send(pushes) {
      calls++
      sent.push(...pushes)
      return pushes.map((p) => outcome(p, calls))
    }
  }
  return { sender, sent, calls: () => calls }
}

const untouched = () => Promise.reject(new Error('reminders touched the files port'))
export const NO_FILES: FilesPort = { stat: untouched, slice: untouched, read: untouched, url: untouched, remove: untouched }

/** A movable clock and the job's deps around a store and a sender. */
export function depsOf(store: Store, push: PushSender, iso: string) {
  let now = new Date(iso)
  const deps: JobDeps = { store, files: NO_FILES, clock: { now: () => now }, log: silentLogger, push }
  return {
    deps,
    at(next: string) {
      now = new Date(next)
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms)
    }
  }
}

/** Thrown by a store or sender that "dies" after K operations. */
export class Killed extends Error {}

/**
 * The store as a process that is killed after `k` more repository calls: every later call (and
 * the one that hits the limit) throws, as if the invocation had died there.
 */
export function dyingStore(store: Store, k: number): Store {
  let left = k
  const wrap = <R extends object>(repo: R): R =>
    new Proxy(repo, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (left-- <= 0) return Promise.reject(new Killed(`killed before ${String(prop)}`))
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      }
    })
  const out = { ...store } as Record<string, unknown>
  for (const [key, value] of Object.entries(store)) if (value && typeof value === 'object') out[key] = wrap(value as object)
  return out as unknown as Store
}
