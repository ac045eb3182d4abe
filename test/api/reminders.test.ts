import type { OutputOf } from '../../src/core/contract'
import { deliverReminders } from '../../cloudfunctions/lib/jobs/reminders.job'
import { dataOf, makeWorld } from './world'

// The admin's preview and run-now of the daily reminders, through the router (TEST_STORE=cloudbase
// runs it on the CloudBase fake).

type Preview = OutputOf<'reminders.preview'>
type Runs = OutputOf<'reminders.runs'>

describe('reminders for the admin', () => {
  it('previews who would be reminded of what today, runs it once, and a second run adds nothing', async () => {
    const w = await makeWorld()
    w.setNow('2026-12-20T02:00:00Z') // the world's people joined on 20 November; 10:00 in China
    const admin = w.as(w.people.admin)
    const before = dataOf<Preview>(await admin('reminders.preview', {}))
    expect(before).toMatchObject({ day: '2026-12-20', sendable: true })
    const cadre = before.items.find((i) => i.personId === w.people.cadre.id)
    expect(cadre).toMatchObject({
      obligation: 'studyThisMonth',
      label: '本月自学未达标',
      personName: w.people.cadre.name,
      unitName: '区发展和改革局',
      delivered: false
    })
    expect(cadre?.body).toMatch(/0\/5/)
    // The preview sends nothing.
    expect(await w.store.inbox.countUnread(w.people.cadre.id)).toBe(0)

    const run = dataOf<OutputOf<'reminders.run'>>(await admin('reminders.run', {}))
    expect(run).toMatchObject({ status: 'finished', planned: before.items.length, added: before.items.length })
    // No subscribe template here: every push stays in the inbox, skipped.
    expect(run.pushes).toMatchObject({ sent: 0, skipped: new Set(before.items.map((i) => i.personId)).size })
    expect(await w.store.inbox.countUnread(w.people.cadre.id)).toBe(1)
    expect(dataOf<Preview>(await admin('reminders.preview', {})).items.every((i) => i.delivered)).toBe(true)
    expect(dataOf(await admin('reminders.run', {}))).toMatchObject({ status: 'finished', planned: 0, added: 0 })
  })

  it('says a run at night sends nothing, while the preview still shows the day', async () => {
    const w = await makeWorld()
    w.setNow('2026-12-20T14:00:00Z') // 22:00 in China
    const admin = w.as(w.people.admin)
    const preview = dataOf<Preview>(await admin('reminders.preview', {}))
    expect(preview.sendable).toBe(false)
    expect(preview.items.length).toBeGreaterThan(0)
    expect(dataOf(await admin('reminders.run', {}))).toMatchObject({ status: 'night', planned: 0, added: 0 })
  })

  it('lists the runs with their counts, and today’s failed pushes with names and the reason in Chinese', async () => {
    const w = await makeWorld()
    w.setNow('2026-12-20T02:00:00Z')
    const admin = w.as(w.people.admin)
    expect(dataOf<Runs>(await admin('reminders.runs', {}))).toEqual({ runs: [], failed: [], notice: null })
    const now = new Date('2026-12-20T02:00:00Z')
    await deliverReminders({
      store: w.store,
      clock: { now: () => now },
      push: {
        async send(pushes) {
          return pushes.map((p) =>
            p.personId === w.people.cadre.id
              ? { status: 'failed' as const, errcode: 43101, errmsg: 'user refuse to accept the msg', retry: false }
              : { status: 'sent' as const }
          )
        }
      }
    })
    const runs = dataOf<Runs>(await admin('reminders.runs', {}))
    expect(runs.runs).toHaveLength(1)
    expect(runs.runs[0]).toMatchObject({ day: '2026-12-20', status: 'finished', invocations: 1, permissionMissing: false })
    expect(runs.runs[0].byObligation).toContainEqual({
      obligation: 'studyThisMonth',
      label: '本月自学未达标',
      count: expect.any(Number)
    })
    expect(runs.runs[0].failures).toEqual([
      expect.objectContaining({ errcode: 43101, count: 1, reason: expect.stringMatching(/订阅次数已用完/) })
    ])
    expect(runs.failed).toEqual([
      expect.objectContaining({
        personId: w.people.cadre.id,
        personName: w.people.cadre.name,
        errcode: 43101,
        nextAttemptAt: null
      })
    ])
    expect(runs.notice).toBeNull()
  })
})

describe('reminder settings', () => {
  type Settings = OutputOf<'reminders.settings'>

  it("starts from SPEC §5's defaults; a switched-off obligation is neither previewed nor sent", async () => {
    const w = await makeWorld()
    w.setNow('2026-12-20T02:00:00Z')
    const admin = w.as(w.people.admin)
    const current = dataOf<Settings>(await admin('reminders.settings', {}))
    expect(current.updatedAt).toBeNull()
    expect(current.settings.studyThisMonth).toEqual({ enabled: true, fromDay: 20, lastDays: 3 })
    const off = { ...current.settings, studyThisMonth: { ...current.settings.studyThisMonth, enabled: false } }
    const saved = dataOf<Settings>(await admin('reminders.settings.save', { settings: off }))
    expect(saved).toEqual({ settings: off, updatedAt: '2026-12-20T02:00:00.000Z' })
    expect(dataOf<Settings>(await admin('reminders.settings', {}))).toEqual(saved)
    const preview = dataOf<Preview>(await admin('reminders.preview', {}))
    expect(preview.items.filter((i) => i.obligation === 'studyThisMonth')).toEqual([])
    dataOf(await admin('reminders.run', {}))
    expect(await w.store.inbox.countUnread(w.people.cadre.id)).toBe(0)
    const trail = await w.store.audit.listByEntity('setting', 'reminders')
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([['update', w.people.admin.id]])
  })

  it('moves the day a reminder starts: from the 25th, nobody hears on the 20th', async () => {
    const w = await makeWorld()
    w.setNow('2026-12-20T02:00:00Z')
    const admin = w.as(w.people.admin)
    const { settings } = dataOf<Settings>(await admin('reminders.settings', {}))
    dataOf(
      await admin('reminders.settings.save', {
        settings: { ...settings, studyThisMonth: { ...settings.studyThisMonth, fromDay: 25 } }
      })
    )
    expect(dataOf<Preview>(await admin('reminders.preview', {})).items.some((i) => i.obligation === 'studyThisMonth')).toBe(false)
    w.setNow('2026-12-25T02:00:00Z')
    expect(dataOf<Preview>(await admin('reminders.preview', {})).items.some((i) => i.obligation === 'studyThisMonth')).toBe(true)
  })

  it('refuses a day out of range, naming the field in Chinese, and keeps what was saved', async () => {
    const w = await makeWorld()
    const admin = w.as(w.people.admin)
    const { settings } = dataOf<Settings>(await admin('reminders.settings', {}))
    const bad = { ...settings, meetingRecord: { enabled: true, afterDays: 45 } }
    expect(await admin('reminders.settings.save', { settings: bad })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      field: 'settings.meetingRecord.afterDays',
      message: '会议后几天提醒不能大于 30'
    })
    expect(dataOf<Settings>(await admin('reminders.settings', {})).updatedAt).toBeNull()
  })
})
