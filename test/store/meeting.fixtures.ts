import type { Attendance, Classic, Meeting } from '../../src/core/model'
import { id, tag } from './fixtures'

// Builders for the meeting repositories. Years are random so the suite also runs against a real
// CloudBase environment that already holds other data.

const audited = (at = '2026-11-01T00:00:00.000Z') => ({ createdAt: at, createdBy: 'sec', updatedAt: at, updatedBy: 'sec' })

/** A year no other test run will use. */
export const randomYear = (): number => 3000 + Math.floor(Math.random() * 1_000_000)

export const makeMeeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: id(),
  unitId: id(),
  areaId: id(),
  kind: '党组会',
  startsAt: '2026-11-20T01:00:00.000Z',
  day: '2026-11-20',
  month: '2026-11',
  year: 2026,
  place: '三楼会议室',
  status: 'completed',
  attendeeIds: [id(), id()],
  guests: ['列席人员'],
  firstItem: {
    contentType: 'latestSpeech',
    title: `学习最新重要讲话${tag()}`,
    speechId: null,
    source: '新华社',
    leadId: id(),
    leadName: '刘建国',
    leadMode: 'lead',
    discussion: true,
    speakers: [{ personId: id(), name: '李明轩', points: '结合发展改革工作谈体会' }],
    tiedToWork: '结合年度重点项目推进',
    followUp: null,
    classics: [{ classicId: id(), title: '《习近平谈治国理政》第一卷', chapter: '实现中华民族伟大复兴', pages: '35-40' }]
  },
  otherItems: ['研究部署年底重点工作'],
  completedAt: '2026-11-20T06:00:00.000Z',
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  ...audited(),
  ...over
})

export const makeAttendance = (over: Partial<Attendance> = {}): Attendance => {
  const meetingId = over.meetingId ?? id()
  const personId = over.personId ?? id()
  return {
    id: `${meetingId}.${personId}`,
    meetingId,
    personId,
    present: true,
    via: 'qr',
    at: '2026-11-20T00:50:00.000Z',
    by: personId,
    ...over
  }
}

export const makeClassic = (over: Partial<Classic> = {}): Classic => ({
  id: id(),
  title: `《学习问答》${tag()}`,
  active: true,
  ...audited(),
  ...over
})
