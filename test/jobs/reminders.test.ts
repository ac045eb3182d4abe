import type { JobDeps } from '../../cloudfunctions/lib/jobs'
import { JOBS } from '../../cloudfunctions/lib/jobs'
import { remindersJob } from '../../cloudfunctions/lib/jobs/reminders.job'
import type { FilesPort } from '../../cloudfunctions/lib/ports/files.port'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { inboxOnlySender } from '../../cloudfunctions/lib/ports/push.port'
import type { OutputOf } from '../../src/core/contract'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Store } from '../../cloudfunctions/lib/ports/store.port'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { dataOf, makeWorld } from '../api/world'

// The daily reminders job on SQLite and on the CloudBase fake: the planner's reminders land in the
// recipients' inboxes once, whatever runs again, and only inside the daytime window.

const STORES: Array<[string, () => Store]> = [
  ['SQLite', () => openSqliteStore(':memory:')],
  ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
]

const untouched = () => Promise.reject(new Error('reminders touched the files port'))
const NO_FILES: FilesPort = { stat: untouched, slice: untouched, read: untouched, url: untouched, remove: untouched }

// The world's people join on 2026-11-20; December is their first full month.
const DEC_20_AT_10 = '2026-12-20T02:00:00Z'

describe.each(STORES)('reminders.deliver on %s', (_name, makeStore) => {
  async function world() {
    const w = await makeWorld({ store: makeStore() })
    w.setNow(DEC_20_AT_10)
    let now = new Date(DEC_20_AT_10)
    const deps: JobDeps = { store: w.store, files: NO_FILES, clock: { now: () => now }, log: silentLogger, push: inboxOnlySender }
    const at = (iso: string) => {
      now = new Date(iso)
      w.setNow(iso)
    }
    return { w, deps, at }
  }

  it('puts a cadre below quota on the 20th in their inbox, with the page that resolves it', async () => {
    const { w, deps } = await world()
    const cadre = w.as(w.people.cadre)
    for (const day of ['2026-12-02', '2026-12-09', '2026-12-16']) {
      dataOf(await cadre('study.record', { speechId: 'sp1', studiedOn: day }))
    }
    const other = w.as(w.people.otherCadre)
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']) {
      dataOf(await other('study.record', { speechId: 'sp1', studiedOn: day }))
    }
    const result = (await remindersJob().run(deps)) as { planned: number; added: number }
    expect(result.added).toBe(result.planned)
    const inbox = dataOf<OutputOf<'inbox.list'>>(await cadre('inbox.list', {}))
    expect(inbox.unread).toBe(1)
    expect(inbox.items[0].route.split('?')[0]).toBe('/pages/study/record/index')
    expect(inbox.items[0].title + inbox.items[0].body).toMatch(/3\/5|3 篇|2 篇/)
    // A cadre who already studied five speeches is not reminded.
    expect(dataOf<OutputOf<'inbox.list'>>(await other('inbox.list', {})).items).toEqual([])
  })

  it("names the next planned speech of a cadre's self-study plan, past the one already studied", async () => {
    const { w, deps } = await world()
    await w.store.speeches.insert({
      id: 'sp2',
      title: '在全国宣传思想文化工作会议上的讲话',
      date: '2026-10-20',
      source: '新华社',
      link: null,
      archived: false,
      createdAt: '2026-10-20T00:00:00.000Z',
      createdBy: 'admin',
      updatedAt: '2026-10-20T00:00:00.000Z',
      updatedBy: 'admin'
    })
    const cadre = w.as(w.people.cadre)
    dataOf(await cadre('studyPlan.save', { month: '2026-12', items: [{ speechId: 'sp1' }, { speechId: 'sp2' }] }))
    dataOf(await cadre('study.record', { speechId: 'sp1', studiedOn: '2026-12-02' }))
    await remindersJob().run(deps)
    const inbox = dataOf<OutputOf<'inbox.list'>>(await cadre('inbox.list', {}))
    // Counted once (1/5, not 2/5 from the plan's records), and the next planned one named.
    expect(inbox.items[0].body).toBe('本月已自学 1/5 篇，还差 4 篇。下一篇：《在全国宣传思想文化工作会议上的讲话》')
  })

  it('adds nothing on a second run the same day, nor when two runs go at once', async () => {
    const { w, deps, at } = await world()
    const first = (await remindersJob().run(deps)) as { planned: number; added: number }
    expect(first.added).toBeGreaterThan(0)
    expect(await remindersJob().run(deps)).toMatchObject({ status: 'finished', planned: 0, added: 0 })
    at('2026-12-21T02:00:00Z')
    const runs = (await Promise.all([remindersJob().run(deps), remindersJob().run(deps)])) as Array<{ added: number }>
    expect(runs[0].added + runs[1].added).toBe(0)
    expect(dataOf<OutputOf<'inbox.list'>>(await w.as(w.people.cadre)('inbox.list', {})).unread).toBe(1)
  })

  it('plans nothing at night, and nothing for the month a newcomer joined in', async () => {
    const { deps, at } = await world()
    at('2026-12-20T13:30:00Z') // 21:30 in China
    expect(await remindersJob().run(deps)).toMatchObject({ status: 'night', planned: 0, added: 0 })
    at('2026-11-28T02:00:00Z') // the world's people joined on the 20th of November
    expect(((await remindersJob().run(deps)) as { added: number }).added).toBe(0)
  })

  it('runs first on the daily job list', () => {
    expect(JOBS[0].name).toBe('reminders.deliver')
  })
})
