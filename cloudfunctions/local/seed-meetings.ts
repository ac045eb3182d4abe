import type { Audited, Classic, FirstAgendaItem, Meeting, Person } from '../../src/core/model'
import { meetingInstant, meetingRecordWishes } from '../../src/core/rules/agenda'
import { dayOf, monthOfDay, yearOf } from '../../src/core/time'
import { silentLogger } from '../lib/ports/logger.port'
import type { Repositories } from '../lib/ports/store.port'
import type { ActionContext } from '../lib/services/context'
import { syncMeetingRecords } from '../lib/services/methods/methods.records'
import type { SeedIds } from './seed-observation'

// The demo's committee meetings (第一议题, issue 4): the classic-texts catalogue, and for the demo
// secretary's unit (区发展和改革局) a compliant meeting 40 days ago, a non-compliant one 25 days ago,
// one still unrecorded 10 days on (overdue) and one planned next week; a few meetings of other
// units so the district view has figures. Held meetings yield their lead-study and exchange
// records through the same helper the service uses. The demo cadre (13800000001) speaks at none of
// them, so their records start empty. Ids are fixed, so seeding twice changes nothing.

const DAY_MS = 24 * 3600 * 1000

export const SEED_CLASSICS = [
  '《习近平谈治国理政》第一卷',
  '《习近平谈治国理政》第二卷',
  '《习近平谈治国理政》第三卷',
  '《习近平谈治国理政》第四卷',
  '《习近平新时代中国特色社会主义思想学习纲要》',
  '《习近平新时代中国特色社会主义思想学习问答》'
]

interface SeedMeeting {
  id: string
  unit: string
  kind: string
  daysFromToday: number
  status: Meeting['status']
  /** Phones of the lead and the speakers; null for a first item that is not study. */
  lead: string | null
  speakers: Array<[phone: string, points: string]>
  title: string
}

const MEETINGS: SeedMeeting[] = [
  {
    id: 'seed-meeting-fgj-1',
    unit: 'fgj',
    kind: '党组会',
    daysFromToday: -40,
    status: 'completed',
    lead: '13800000004',
    speakers: [
      ['13812340101', '围绕扩大有效投资，谈如何把讲话精神转化为项目谋划的具体举措。'],
      ['13812340102', '结合价格监测工作，提出稳预期、保民生的三点思考。']
    ],
    title: '在中央经济工作会议上的重要讲话'
  },
  {
    id: 'seed-meeting-fgj-2',
    unit: 'fgj',
    kind: '党组会',
    daysFromToday: -25,
    status: 'completed',
    lead: null,
    speakers: [],
    title: '研究部署第四季度重点项目调度工作'
  },
  {
    id: 'seed-meeting-fgj-3',
    unit: 'fgj',
    kind: '党组会',
    daysFromToday: -10,
    status: 'planned',
    lead: null,
    speakers: [],
    title: ''
  },
  {
    id: 'seed-meeting-fgj-4',
    unit: 'fgj',
    kind: '党组会',
    daysFromToday: 7,
    status: 'planned',
    lead: null,
    speakers: [],
    title: ''
  },
  {
    id: 'seed-meeting-czj-1',
    unit: 'czj',
    kind: '党组会',
    daysFromToday: -12,
    status: 'completed',
    lead: '13812340501',
    speakers: [['13812340502', '结合预算绩效管理改革谈学习体会。']],
    title: '关于财政工作的重要指示批示精神'
  },
  {
    id: 'seed-meeting-cgjd-1',
    unit: 'cgjd',
    kind: '党工委会',
    daysFromToday: -6,
    status: 'completed',
    lead: '13812340801',
    speakers: [['13812340802', '结合基层治理网格化工作，提出为民办实事的具体措施。']],
    title: '《习近平谈治国理政》第四卷有关基层治理的论述'
  }
]

function stamp(at: Date, by: string): Audited {
  return { createdAt: at.toISOString(), createdBy: by, updatedAt: at.toISOString(), updatedBy: by }
}

function firstItemOf(s: SeedMeeting, people: Map<string, Person>, classic: Classic): FirstAgendaItem | null {
  if (s.status === 'planned') return null
  const lead = s.lead ? people.get(s.lead) : undefined
  const study = !!lead
  return {
    contentType: study ? (s.unit === 'czj' ? 'instruction' : s.unit === 'cgjd' ? 'originalWork' : 'latestSpeech') : 'other',
    title: s.title,
    speechId: null,
    source: study ? '新华社' : null,
    leadId: lead?.id ?? null,
    leadName: lead?.name ?? null,
    leadMode: study ? 'lead' : null,
    discussion: study && s.speakers.length > 0,
    speakers: s.speakers.map(([phone, points]) => ({
      personId: people.get(phone)?.id ?? '',
      name: people.get(phone)?.name ?? '',
      points
    })),
    tiedToWork: study ? '结合本单位年度重点工作，逐条对照抓落实。' : null,
    followUp: study ? '形成工作措施清单，明确责任人和完成时限。' : null,
    classics: study ? [{ classicId: classic.id, title: classic.title, chapter: null, pages: null }] : []
  }
}

/** Seeds the classics catalogue and the demo meetings with the records they yield. */
export async function seedMeetingsDemo(tx: Repositories, now: Date, ids: SeedIds): Promise<void> {
  const admin = ids.person('13800000000')
  const classics: Classic[] = SEED_CLASSICS.map((title, i) => ({
    id: `seed-classic-${i + 1}`,
    title,
    active: true,
    ...stamp(now, admin)
  }))
  for (const c of classics) await tx.classics.insert(c)
  for (const s of MEETINGS) {
    const unitId = ids.unit(s.unit)
    const unit = await tx.units.get(unitId)
    if (!unit) continue
    const roster = await tx.people.listByUnit(unitId)
    const byPhone = new Map(roster.map((p) => [p.phone, p]))
    const secretary = roster.find((p) => p.roles.includes('unitSecretary'))
    const by = secretary?.id ?? admin
    const startsAt = meetingInstant(dayOf(new Date(now.getTime() + s.daysFromToday * DAY_MS)), '09:00')
    const day = dayOf(startsAt)
    const recordedAt = new Date(startsAt.getTime() + 6 * 3600 * 1000)
    const meeting: Meeting = {
      id: s.id,
      unitId,
      areaId: unit.areaId,
      kind: s.kind,
      startsAt: startsAt.toISOString(),
      day,
      month: monthOfDay(day),
      year: yearOf(startsAt),
      place: '机关三楼会议室',
      status: s.status,
      attendeeIds: roster.filter((p) => p.roles.includes('cadre')).map((p) => p.id),
      guests: [],
      firstItem: firstItemOf(s, byPhone, classics[s.unit === 'cgjd' ? 3 : 0]),
      otherItems: s.status === 'completed' ? ['研究其他日常工作事项'] : [],
      completedAt: s.status === 'completed' ? recordedAt.toISOString() : null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      ...stamp(s.status === 'completed' ? recordedAt : new Date(startsAt.getTime() - 7 * DAY_MS), by)
    }
    await tx.meetings.insert(meeting)
    const ctx: ActionContext = {
      caller: secretary ?? null,
      openId: null,
      repos: tx,
      deps: { clock: { now: () => recordedAt }, log: silentLogger, demoMode: true },
      now: recordedAt,
      // Already inside the seed's transaction.
      transaction: (fn) => fn(tx)
    }
    const wishes = meetingRecordWishes(meeting).map((w) => ({ ...w, person: { id: w.personId, unitId } }))
    await syncMeetingRecords(ctx, meeting.id, wishes)
  }
}
