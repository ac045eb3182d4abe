import type { MethodRecord, NoteStatus, Person, PublicityItem } from '../../../src/core/model'
import type { MethodCount } from '../../../cloudfunctions/lib/ports/dashboard.port'
import type { Store } from '../../../cloudfunctions/lib/ports/store.port'
import { mulberry32 } from '../../../src/core/rules/observation'
import { id, makePerson, makeStudy } from '../fixtures'
import { makeMeeting } from '../meeting.fixtures'
import { DETAILS, makeRecord, randomYear } from '../methods.fixtures'
import { makeSheet } from '../observation.fixtures'
import { publicityItem } from './publicity.contract'

// The dashboards' aggregates (dashboard.port.ts) against a brute-force count over the same seeded
// records: withdrawn, uncounted, pending-import, inactive and out-of-scope records are mixed in.

const sortBy = <T>(list: T[], key: (x: T) => string): T[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
const tally = <T>(items: readonly T[], key: (x: T) => string): Map<string, number> => {
  const out = new Map<string, number>()
  for (const x of items) out.set(key(x), (out.get(key(x)) ?? 0) + 1)
  return out
}

async function seed(store: Store) {
  const rand = mulberry32(20261204)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
  const year = randomYear()
  const months = [`${year}-01`, `${year}-02`, `${year}-03`]
  const units = [id(), id(), id()]
  const outside = id() // a unit outside the scope asked for
  const roleSets: Person['roles'][] = [['cadre'], ['cadre', 'districtLeader'], ['unitSecretary'], ['cadre', 'unitLeader']]
  const people: Person[] = []
  for (let i = 0; i < 14; i++) {
    const person = makePerson({ unitId: pick([...units, outside]), roles: pick(roleSets), active: i % 7 !== 3 })
    people.push(person)
    await store.people.insert(person)
  }
  const studies = []
  for (let i = 0; i < 160; i++) {
    const p = pick(people)
    const month = pick([...months, `${year}-04`])
    const s = makeStudy({
      personId: p.id,
      unitId: p.unitId,
      month,
      studiedOn: `${month}-0${1 + Math.floor(rand() * 9)}`,
      withdrawnAt: rand() < 0.1 ? `${year}-05-01T00:00:00.000Z` : null
    })
    studies.push(s)
    await store.studies.insert(s)
  }
  const records: MethodRecord[] = []
  const kinds = ['note', 'lecture', 'outreach', 'leadStudy', 'exchange', 'xuexi'] as const
  for (let i = 0; i < 70; i++) {
    const p = pick(people)
    const kind = pick(kinds)
    const date = `${pick([...months, `${year}-06`])}-1${Math.floor(rand() * 9)}`
    const details =
      kind === 'note'
        ? { ...DETAILS.note, status: pick<NoteStatus>(['draft', 'submitted', 'published']) }
        : kind === 'lecture'
          ? { ...DETAILS.lecture, status: pick(['planned', 'given'] as const) }
          : DETAILS[kind]
    const r = makeRecord(kind, {
      personId: p.id,
      unitId: p.unitId,
      date,
      month: date.slice(0, 7),
      year,
      details,
      withdrawnAt: rand() < 0.1 ? `${year}-07-01T00:00:00.000Z` : null
    } as Partial<MethodRecord>)
    if (kind === 'xuexi') r.counted = false
    records.push(r)
    await store.methodRecords.insert(r)
  }
  const meetings = []
  for (let i = 0; i < 24; i++) {
    const day = `${pick([...months, `${year}-09`])}-0${1 + Math.floor(rand() * 3)}`
    const contentType = pick(['latestSpeech', 'other', 'instruction', null] as const)
    const base = makeMeeting({})
    const m = makeMeeting({
      unitId: pick([...units, outside]),
      day,
      month: day.slice(0, 7),
      year,
      startsAt: `${day}T01:00:00.000Z`,
      status: rand() < 0.3 ? 'planned' : 'completed',
      firstItem: contentType === null || !base.firstItem ? null : { ...base.firstItem, contentType },
      withdrawnAt: rand() < 0.1 ? `${year}-10-01T00:00:00.000Z` : null
    })
    meetings.push(m)
    await store.meetings.insert(m)
  }
  const sheets = []
  for (let i = 0; i < 12; i++) {
    const unitId = pick([...units, outside])
    const observationId = `obs-${unitId}-${i % 4}`
    const sheet = makeSheet({
      observationId,
      observerId: id(),
      unitId,
      year: rand() < 0.85 ? year : year + 1,
      total: 60 + i * 2.5
    })
    sheets.push(sheet)
    await store.scoreSheets.insert(sheet)
  }
  return { year, months, units, people, studies, records, meetings, sheets }
}

/** The dashboards' aggregates. */
export function dashboardContract(store: () => Store): void {
  describe('dashboard aggregates', () => {
    it('count cadres, quota-met months, method records, meeting tallies and sheet tallies as brute force does', async () => {
      const s = await seed(store())
      const scope = s.units
      const inScope = (unitId: string) => scope.includes(unitId)
      const dash = store().dashboard

      // Cadres: active people with a study quota.
      const cadres = tally(
        s.people.filter((p) => inScope(p.unitId) && p.active && p.roles.some((r) => r === 'cadre' || r === 'districtLeader')),
        (p) => p.unitId
      )
      expect(sortBy(await dash.cadreCounts(scope), (c) => c.unitId)).toEqual(
        sortBy(
          [...cadres].map(([unitId, n]) => ({ unitId, cadres: n })),
          (c) => c.unitId
        )
      )

      // Self-study: people at or over 3 in a month (a low quota, so the seeded data has both sides).
      const perPersonMonth = tally(
        s.studies.filter((x) => x.withdrawnAt === null && inScope(x.unitId) && s.months.includes(x.month)),
        (x) => `${x.unitId}|${x.personId}|${x.month}`
      )
      const met = tally(
        [...perPersonMonth].filter(([, n]) => n >= 3).map(([k]) => k.split('|')),
        ([unitId, , month]) => `${unitId}|${month}`
      )
      const wantMet = [...met].map(([k, n]) => ({ unitId: k.split('|')[0], month: k.split('|')[1], met: n }))
      const key = (x: { unitId: string; month: string }) => `${x.unitId}|${x.month}`
      expect(wantMet.length).toBeGreaterThan(0)
      expect(sortBy(await dash.studyMet(s.months, 3, scope), key)).toEqual(sortBy(wantMet, key))

      // Method records, per unit and per person.
      const live = s.records.filter((r) => r.withdrawnAt === null && r.counted && inScope(r.unitId) && s.months.includes(r.month))
      const statusOf = (r: MethodRecord) => (r.kind === 'note' || r.kind === 'lecture' ? r.details.status : null)
      for (const split of ['unit', 'person', 'month'] as const) {
        const want = tally(live, (r) =>
          [r.unitId, split === 'person' ? r.personId : '', split === 'month' ? r.month : '', r.kind, statusOf(r) ?? ''].join('|')
        )
        const got = await dash.methodCounts(s.months, scope, split)
        const mk = (c: MethodCount) => [c.unitId, c.personId ?? '', c.month ?? '', c.kind, c.status ?? ''].join('|')
        expect(new Map(got.map((c) => [mk(c), c.count]))).toEqual(want)
        expect(
          got.every((c) => (split === 'person') === (c.personId !== null) && (split === 'month') === (c.month !== null))
        ).toBe(true)
      }

      // Meetings by unit, status, day and first-item type.
      const meetings = s.meetings.filter((m) => m.withdrawnAt === null && inScope(m.unitId) && s.months.includes(m.month))
      const wantMeetings = tally(meetings, (m) => [m.unitId, m.status, m.day, m.firstItem?.contentType ?? ''].join('|'))
      const gotMeetings = await dash.meetingTallies(s.months, scope)
      expect(new Map(gotMeetings.map((t) => [[t.unitId, t.status, t.day, t.contentType ?? ''].join('|'), t.count]))).toEqual(
        wantMeetings
      )

      // Score sheets of the year per observation: how many and the sum of totals.
      const sheets = s.sheets.filter((x) => x.year === s.year && inScope(x.unitId))
      const wantSheets = new Map<string, { sheets: number; sum: number }>()
      for (const x of sheets) {
        const k = `${x.unitId}|${x.observationId}`
        const prev = wantSheets.get(k) ?? { sheets: 0, sum: 0 }
        wantSheets.set(k, { sheets: prev.sheets + 1, sum: prev.sum + x.total })
      }
      const gotSheets = await dash.sheetTallies(s.year, scope)
      expect(new Map(gotSheets.map((t) => [`${t.unitId}|${t.observationId}`, { sheets: t.sheets, sum: t.sum }]))).toEqual(
        wantSheets
      )

      // Every unit when no scope is given (others' data may be there too: compare ours only).
      const all = await dash.cadreCounts(null)
      expect(
        sortBy(
          all.filter((c) => inScope(c.unitId)),
          (c) => c.unitId
        )
      ).toEqual(sortBy(await dash.cadreCounts(scope), (c) => c.unitId))

      // District leaders: active ones, whatever their unit.
      const leaders = (await dash.districtLeaders()).filter((p) => s.people.some((q) => q.id === p.id)).map((p) => p.id)
      expect(leaders.sort()).toEqual(
        s.people
          .filter((p) => p.active && p.roles.includes('districtLeader'))
          .map((p) => p.id)
          .sort()
      )
    })

    it('count the notes sent to outlets from their publicity items, each note once, as brute force does', async () => {
      const s = store()
      const rand = mulberry32(41)
      const units = [id(), id()]
      const months = ['2026-05', '2026-06']
      const notes = Array.from({ length: 12 }, (_, i) => ({ id: id(), unitId: units[i % 2], personId: `p${i % 3}` }))
      const items: PublicityItem[] = []
      for (const n of notes) {
        // 0–3 items a note, in or out of the months, some published, some withdrawn.
        for (let k = Math.floor(rand() * 4); k > 0; k--) {
          const month = ['2026-04', '2026-05', '2026-06'][Math.floor(rand() * 3)]
          const status = rand() < 0.4 ? 'published' : rand() < 0.5 ? 'notUsed' : 'submitted'
          items.push(
            publicityItem(n.unitId, `o${k}`, `${month}-10`, {
              ownerType: 'person',
              personId: n.personId,
              subject: { kind: 'note', id: n.id, title: '心得' },
              status,
              withdrawnAt: rand() < 0.2 ? '2026-06-30T00:00:00.000Z' : null
            })
          )
        }
      }
      items.push(publicityItem(units[0], 'o1', '2026-05-10')) // about no note
      for (const item of items) await s.publicity.insert(item)
      const live = items.filter((i) => i.subject?.kind === 'note' && i.withdrawnAt === null && months.includes(i.month))
      const distinct = (list: PublicityItem[], key: (i: PublicityItem) => string) => {
        const out = new Map<string, Set<string>>()
        for (const i of list) out.set(key(i), new Set([...(out.get(key(i)) ?? []), i.subject!.id]))
        return out
      }
      for (const split of ['unit', 'person', 'month'] as const) {
        const key = (i: PublicityItem) =>
          [i.unitId, split === 'person' ? i.personId : null, split === 'month' ? i.month : null].join('|')
        const want = (['submitted', 'published'] as const).flatMap((status) =>
          [...distinct(status === 'published' ? live.filter((i) => i.status === 'published') : live, key)].map(([k, ids]) => {
            const [unitId, personId, month] = k.split('|')
            return { unitId, personId: personId || null, month: month || null, status, count: ids.size }
          })
        )
        const got = await s.dashboard.noteOutletCounts(months, units, split)
        const order = (x: { unitId: string; personId: string | null; month: string | null; status: string }) =>
          [x.status, x.unitId, x.personId, x.month].join('|')
        expect(sortBy(got, order)).toEqual(sortBy(want, order))
      }
      expect(await s.dashboard.noteOutletCounts([], units, 'unit')).toEqual([])
    })

    it('answer nothing for no months, and empty lists for a scope without records', async () => {
      const dash = store().dashboard
      expect(await dash.studyMet([], 5, null)).toEqual([])
      expect(await dash.methodCounts([], null, 'unit')).toEqual([])
      expect(await dash.meetingTallies([], null)).toEqual([])
      expect(await dash.cadreCounts([id()])).toEqual([])
      expect(await dash.sheetTallies(randomYear(), [id()])).toEqual([])
    })
  })
}
