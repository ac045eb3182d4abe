import type { Person } from '../../../../src/core/model'
import type { ReminderFacts } from '../../../../src/core/reminders/facts'
import type { PersonFact } from '../../../../src/core/reminders/model'
import { monthOf, shiftMonth, yearOf } from '../../../../src/core/time'
import type { Repositories } from '../../ports/store.port'

/** People per batch: the rest of the last unit always comes along, so a batch may be a little larger. */
export const BATCH_PEOPLE = 500

/** The facts every batch shares: read once per invocation, whatever the district's size. */
export type DistrictFacts = Omit<ReminderFacts, 'people' | 'studies' | 'records' | 'studyCounts' | 'lectureCounts'>

/**
 * The district-wide facts: units, quotas, observation groups, this and last year's meetings,
 * observations, score sheets and rectifications (last year's for what carries over), and the
 * nominations waiting for review. A handful of
 * queries, independent of the number of people.
 */
export async function loadDistrictFacts(store: Repositories, now: Date): Promise<DistrictFacts> {
  const year = yearOf(now)
  const years = [year - 1, year]
  const [units, yearQuotas, groups, meetings, observations, sheets, rectifications, nominations] = await Promise.all([
    store.units.list(),
    store.quotas.list(),
    store.observationGroups.list(),
    Promise.all(years.map((y) => store.meetings.listByYear(y))),
    Promise.all(years.map((y) => store.observations.listByYear(y))),
    Promise.all(years.map((y) => store.scoreSheets.listByYear(y))),
    Promise.all(years.map((y) => store.rectifications.listByYear(y))),
    // Waiting for review, whatever the year (one query: a district files a few dozen a year).
    store.nominations.list({ state: 'nominated' })
  ])
  return {
    units,
    yearQuotas,
    groups,
    meetings: meetings.flat(),
    observations: observations.flat(),
    sheets: sheets.flat(),
    rectifications: rectifications.flat(),
    nominations
  }
}

const personFact = (p: Person): PersonFact => ({
  id: p.id,
  name: p.name,
  unitId: p.unitId,
  roles: p.roles,
  active: p.active,
  createdAt: p.createdAt
})

/** One batch's complete facts, and where the next batch starts. */
export interface FactsBatch {
  facts: ReminderFacts
  lastUnitId: string | null
  done: boolean
}

/**
 * The facts of the next batch of whole units after `cursor`: their people, and store-side counts
 * of their self-study (this and last month) and lectures (this year), their plans for the month
 * and, for those with one, the month's records. Four or five round trips per batch, never one per
 * unit or person.
 */
export async function loadFactsBatch(
  store: Repositories,
  district: DistrictFacts,
  cursor: string | null,
  now: Date,
  size = BATCH_PEOPLE
): Promise<FactsBatch> {
  const month = monthOf(now)
  const batch = await store.reminderFacts.peopleOfNextUnits(cursor, size)
  const ids = batch.people.map((p) => p.id)
  const [studyCounts, lectureCounts, plans] = await Promise.all([
    store.reminderFacts.studyCounts(ids, [shiftMonth(month, -1), month]),
    store.reminderFacts.lectureCounts(ids, yearOf(now)),
    store.studyPlans.listByMonth(month, ids)
  ])
  // Only people with a plan need their records: to name the next planned speech, not to count.
  const studyPlans = plans.filter((p) => p.items.length > 0)
  const planStudies = studyPlans.length
    ? await store.studies.listByPeopleMonth(
        studyPlans.map((p) => p.personId),
        month
      )
    : []
  return {
    facts: {
      ...district,
      people: batch.people.map(personFact),
      studies: [],
      records: [],
      studyCounts,
      lectureCounts,
      studyPlans,
      planStudies
    },
    lastUnitId: batch.lastUnitId,
    done: batch.done
  }
}

/**
 * The whole district's facts (the admin's preview): every batch, concatenated. The same facts the
 * job plans with, batch by batch.
 */
export async function loadReminderFacts(store: Repositories, now: Date, size = BATCH_PEOPLE): Promise<ReminderFacts> {
  const district = await loadDistrictFacts(store, now)
  const people: PersonFact[] = []
  const studyPlans: NonNullable<ReminderFacts['studyPlans']>[number][] = []
  const planStudies: NonNullable<ReminderFacts['planStudies']>[number][] = []
  const studyCounts: NonNullable<ReminderFacts['studyCounts']>[number][] = []
  const lectureCounts: NonNullable<ReminderFacts['lectureCounts']>[number][] = []
  let cursor: string | null = null
  for (;;) {
    const batch: FactsBatch = await loadFactsBatch(store, district, cursor, now, size)
    people.push(...batch.facts.people)
    studyCounts.push(...(batch.facts.studyCounts ?? []))
    lectureCounts.push(...(batch.facts.lectureCounts ?? []))
    studyPlans.push(...(batch.facts.studyPlans ?? []))
    planStudies.push(...(batch.facts.planStudies ?? []))
    if (batch.done || batch.lastUnitId === null) break
    cursor = batch.lastUnitId
  }
  return { ...district, people, studies: [], records: [], studyCounts, lectureCounts, studyPlans, planStudies }
}
