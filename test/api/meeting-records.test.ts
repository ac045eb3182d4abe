import type { ActionContext } from '../../cloudfunctions/lib/services/context'
import { syncMeetingRecords, withdrawMeetingRecords } from '../../cloudfunctions/lib/services/methods/methods.records'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { makeWorld } from './world'

// The helpers meetings (issue 4) use to keep lead-study and exchange records in step with a meeting.

describe('records produced by a meeting', () => {
  it('creates, revises and withdraws the lead-study and exchange records to match the meeting', async () => {
    const w = await makeWorld()
    const ctx: ActionContext = {
      caller: w.people.unitSecretary,
      openId: null,
      repos: w.store,
      deps: { clock: { now: () => new Date('2026-11-20T02:00:00Z') }, log: silentLogger, demoMode: false },
      now: new Date('2026-11-20T02:00:00Z'),
      transaction: (fn) => w.store.transaction(fn)
    }
    const lead = { meeting: '局党组会议', content: '学习重要讲话', tiedToWork: null }
    const first = await syncMeetingRecords(ctx, 'm1', [
      { person: w.people.unitLeader, kind: 'leadStudy', date: '2026-11-18', details: lead },
      { person: w.people.cadre, kind: 'exchange', date: '2026-11-18', details: { occasion: '党委会议', content: '发言要点' } }
    ])
    expect(first.map((r) => [r.kind, r.sourceMeetingId])).toEqual([
      ['leadStudy', 'm1'],
      ['exchange', 'm1']
    ])
    const second = await syncMeetingRecords(ctx, 'm1', [
      { person: w.people.unitLeader, kind: 'leadStudy', date: '2026-11-18', details: { ...lead, tiedToWork: '结合年度重点' } }
    ])
    expect(second[0].id).toBe(first[0].id)
    const all = await w.store.methodRecords.listBySourceMeeting('m1')
    expect(all.map((r) => [r.kind, r.withdrawnAt !== null]).sort()).toEqual([
      ['exchange', true],
      ['leadStudy', false]
    ])
    expect(await withdrawMeetingRecords(ctx, 'm1', '会议记录已撤回')).toBe(1)
    expect((await w.store.methodRecords.listBySourceMeeting('m1')).every((r) => r.withdrawnAt !== null)).toBe(true)
  })
})
