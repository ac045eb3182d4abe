import type { ActionName, InputOf, MeetingDetailView, Result } from '../../src/core/contract'
import type { Person } from '../../src/core/model'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'
import { createRouter } from '../../cloudfunctions/lib/router/router'
import { dataOf, makeWorld } from './world'

export const CHECKIN_SECRET = 'test-checkin-secret-0123456789abcdef'

/**
 * The router world of test/api/world.ts with a check-in secret, a second cadre in unit A and a
 * secretary of unit B. Unit A: `people.unitSecretary` records, `people.unitLeader` leads,
 * `people.cadre` and `people.districtLeader` speak; unit B: `secretaryB`, `people.otherCadre`.
 */
export async function makeMeetingWorld(now = '2026-11-20T02:00:00Z') {
  const base = await makeWorld({ now })
  const stamp = { createdAt: now, createdBy: 'seed', updatedAt: now, updatedBy: 'seed' }
  const secretaryB: Person = {
    ...base.people.unitSecretary,
    id: 'p-secB',
    name: '乙单位记录员',
    phone: '13900000098',
    unitId: 'unitB',
    ...stamp
  }
  await base.store.people.insert(secretaryB)
  let at = new Date(now)
  const handle = createRouter({
    store: base.store,
    clock: { now: () => at },
    log: silentLogger,
    demoMode: false,
    checkOutput: true,
    attendanceSecret: CHECKIN_SECRET
  })
  let seq = 0
  const as =
    (person: Person) =>
    <N extends ActionName>(action: N, input: InputOf<N> | unknown, key?: string): Promise<Result<unknown>> =>
      handle({ action, input, idempotencyKey: key ?? `meeting-key-${++seq}` }, { kind: 'person', personId: person.id })
  const p = base.people

  /** A held meeting of unit A on 2026-11-20 09:00 with the leader leading and two speakers. */
  const heldMeeting = (over: Record<string, unknown> = {}) => ({
    kind: '党组会',
    day: '2026-11-20',
    time: '09:00',
    place: '三楼会议室',
    status: 'completed',
    attendeeIds: [p.unitLeader.id, p.cadre.id, p.districtLeader.id],
    contentType: 'latestSpeech',
    speechId: 'sp1',
    leadId: p.unitLeader.id,
    leadMode: 'lead',
    discussion: true,
    speakers: [
      { personId: p.cadre.id, points: '结合发展改革工作谈学习体会' },
      { personId: p.districtLeader.id, points: '把讲话精神落实到重点项目推进中' }
    ],
    tiedToWork: '结合年度重点项目推进',
    followUp: '形成三项工作措施',
    ...over
  })

  /** Records a meeting as unit A's secretary; returns its detail. */
  async function record(over: Record<string, unknown> = {}, key?: string): Promise<MeetingDetailView> {
    return dataOf<MeetingDetailView>(await as(p.unitSecretary)('meeting.save', heldMeeting(over), key))
  }

  return {
    ...base,
    secretaryB,
    handle,
    as,
    heldMeeting,
    record,
    setNow(iso: string) {
      at = new Date(iso)
    }
  }
}
