import type { MethodDetails, MethodRecord, Outlet, RecordKind, School, StoredFile, YearQuota } from '../../src/core/model'
import { id, tag } from './fixtures'

// Builders for the methods repositories; years are random so a shared real environment is fine.

const audited = (at = '2026-11-01T00:00:00.000Z') => ({ createdAt: at, createdBy: 'admin', updatedAt: at, updatedBy: 'admin' })

/** A year no other test run will use. */
export const randomYear = (): number => 3000 + Math.floor(Math.random() * 1_000_000)

export const DETAILS: MethodDetails = {
  note: {
    title: '学习心得',
    body: '第一段。\n\n第二段。',
    speechIds: ['s1'],
    studyIds: [],
    status: 'draft',
    outletId: null,
    outletName: null,
    submittedOn: null,
    publishedOn: null,
    link: null
  },
  lecture: {
    schoolId: 'sch1',
    schoolName: '实验小学',
    schoolKind: '小学',
    classType: '思想政治理论课',
    topic: '新时代好少年',
    audience: 120,
    status: 'given',
    research: null
  },
  outreach: {
    placeType: '社区',
    place: '幸福社区',
    topic: '宣讲全会精神',
    audience: 60,
    faceToFace: true,
    lectureGroupMember: false
  },
  leadStudy: { meeting: '局党组会议', content: '学习重要讲话', tiedToWork: '结合年度重点工作' },
  exchange: { occasion: '调研座谈', content: '交流体会' },
  xuexi: { note: '本月学习了二十届四中全会精神专题' }
}

/** A record of a kind; `counted` follows the lecture status unless given. */
export function makeRecord<K extends RecordKind>(kind: K, over: Partial<MethodRecord> = {}): MethodRecord {
  const date = over.date ?? '2026-11-05'
  const details = (over.details ?? DETAILS[kind]) as MethodDetails[K]
  return {
    id: id(),
    kind,
    personId: id(),
    unitId: id(),
    date,
    month: date.slice(0, 7),
    year: Number(date.slice(0, 4)),
    counted: kind !== 'lecture' || (details as MethodDetails['lecture']).status === 'given',
    sourceMeetingId: null,
    details,
    attachments: [],
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    ...audited(`${date}T02:00:00.000Z`),
    ...over
  } as MethodRecord
}

export const makeOutlet = (over: Partial<Outlet> = {}): Outlet => ({
  id: id(),
  name: `要闻${tag()}`,
  active: true,
  ...audited(),
  ...over
})

export const makeSchool = (over: Partial<School> = {}): School => ({
  id: id(),
  name: `实验学校${tag()}`,
  kind: '小学',
  active: true,
  ...audited(),
  ...over
})

export const makeQuota = (over: Partial<YearQuota> = {}): YearQuota => ({
  year: randomYear(),
  speechesPerMonth: 5,
  lecturesPerYear: 2,
  ...audited(),
  ...over
})

export const makeFile = (over: Partial<StoredFile> = {}): StoredFile => ({
  id: id(),
  ownerId: id(),
  name: '照片.jpg',
  mime: 'image/jpeg',
  kind: 'image',
  size: 1234,
  storageKey: `2026/11/${id()}.jpg`,
  recordId: null,
  createdAt: '2026-11-05T02:00:00.000Z',
  ...over
})
