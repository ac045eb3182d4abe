import type { Audited, MethodDetails, MethodRecord, RecordKind, SchoolKind } from '../../src/core/model'
import { isCounted } from '../../src/core/rules/methods'
import { dayOf } from '../../src/core/time'
import type { Repositories } from '../lib/ports/store.port'

// The demo's study methods (issue 3): the outlets and schools the admin keeps, and a few records
// of cadres other than the demo cadre (13800000001) and district leader (13800000002), who start
// the month with no self-study and the year with no lecture (the e2e scenarios rely on it).
// Ids are fixed, so seeding twice changes nothing.

const DAY_MS = 24 * 3600 * 1000

export const SEED_OUTLETS = ['《城区要闻》专栏', '城区日报社', '城区广播电视台', '微信微博“魅力城区”', '学习强国', '党报党刊']

/** 中小学 as the notice says (no 中职). */
export const SEED_SCHOOLS: Array<[name: string, kind: SchoolKind]> = [
  ['城关第一小学', '小学'],
  ['东湖实验小学', '小学'],
  ['城区第二中学', '初中'],
  ['城区第一高级中学', '高中'],
  ['东湖九年一贯制学校', '九年一贯制'],
  ['城区实验中学', '完全中学']
]

function stamp(at: Date, by: string): Audited {
  return { createdAt: at.toISOString(), createdBy: by, updatedAt: at.toISOString(), updatedBy: by }
}

interface SeedRecord<K extends RecordKind> {
  id: string
  phone: string
  unit: string
  kind: K
  /** Days before today (negative: ahead, for a planned lecture). */
  daysAgo: number
  details: MethodDetails[K]
}

/** The day `daysAgo` before now, kept inside the current year so "this year" figures stay true. */
function dayBefore(now: Date, daysAgo: number): string {
  const day = dayOf(new Date(now.getTime() - daysAgo * DAY_MS))
  const today = dayOf(now)
  return daysAgo > 0 && day.slice(0, 4) !== today.slice(0, 4) ? today : day
}

/** Seeds outlets, schools and sample records; `person` and `unit` map seed keys to ids. */
export async function seedMethodsDemo(
  tx: Repositories,
  now: Date,
  ids: { person: (phone: string) => string; unit: (key: string) => string }
): Promise<void> {
  const admin = ids.person('13800000000')
  for (const [i, name] of SEED_OUTLETS.entries()) {
    await tx.outlets.insert({ id: `seed-outlet-${i + 1}`, name, active: true, ...stamp(now, admin) })
  }
  for (const [i, [name, kind]] of SEED_SCHOOLS.entries()) {
    await tx.schools.insert({ id: `seed-school-${i + 1}`, name, kind, active: true, ...stamp(now, admin) })
  }
  const lecture = (topic: string, status: 'planned' | 'given'): MethodDetails['lecture'] => ({
    schoolId: 'seed-school-3',
    schoolName: SEED_SCHOOLS[2][0],
    schoolKind: SEED_SCHOOLS[2][1],
    classType: '思想政治理论课',
    topic,
    audience: status === 'given' ? 180 : null,
    status,
    research: status === 'given' ? '与学校班子座谈，了解思政课教师队伍建设情况。' : null
  })
  const records: Array<SeedRecord<RecordKind>> = [
    {
      id: 'seed-rec-1',
      phone: '13812340101',
      unit: 'fgj',
      kind: 'note',
      daysAgo: 3,
      details: {
        title: '以新发展理念引领高质量发展的几点体会',
        body: '通过反复研读，深刻体会到……\n\n结合本局工作，下一步要在项目谋划上下功夫。',
        speechIds: [],
        studyIds: [],
        status: 'submitted',
        outletId: 'seed-outlet-1',
        outletName: SEED_OUTLETS[0],
        submittedOn: dayBefore(now, 1),
        publishedOn: null,
        link: null
      }
    },
    {
      id: 'seed-rec-2',
      phone: '13812340201',
      unit: 'xcb',
      kind: 'lecture',
      daysAgo: 20,
      details: lecture('做新时代的好少年', 'given')
    },
    {
      id: 'seed-rec-3',
      phone: '13812340401',
      unit: 'zfb',
      kind: 'lecture',
      daysAgo: -10,
      details: lecture('学党史 跟党走', 'planned')
    },
    {
      id: 'seed-rec-4',
      phone: '13812340102',
      unit: 'fgj',
      kind: 'outreach',
      daysAgo: 5,
      details: {
        placeType: '社区',
        place: '城关街道幸福社区',
        topic: '宣讲全会精神',
        audience: 60,
        faceToFace: true,
        lectureGroupMember: true
      }
    },
    {
      id: 'seed-rec-5',
      phone: '13800000004',
      unit: 'fgj',
      kind: 'leadStudy',
      daysAgo: 2,
      details: { meeting: '局党组会议', content: '学习重要讲话精神', tiedToWork: '结合重大项目推进，部署下阶段工作' }
    },
    {
      id: 'seed-rec-6',
      phone: '13800000004',
      unit: 'fgj',
      kind: 'exchange',
      daysAgo: 4,
      details: { occasion: '调研座谈', content: '与企业负责人交流学习体会' }
    }
  ]
  for (const r of records) {
    const date = dayBefore(now, r.daysAgo)
    const record = {
      id: r.id,
      kind: r.kind,
      personId: ids.person(r.phone),
      unitId: ids.unit(r.unit),
      date,
      month: date.slice(0, 7),
      year: Number(date.slice(0, 4)),
      counted: isCounted(r.kind, r.details),
      sourceMeetingId: null,
      details: r.details,
      attachments: [],
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
      ...stamp(now, ids.person(r.phone))
    } as MethodRecord
    await tx.methodRecords.insert(record)
  }
}
