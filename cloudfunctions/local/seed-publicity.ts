import type { PublicityItem } from '../../src/core/model'
import { countedDayOf, subjectPublicityId } from '../../src/core/rules/publicity'
import { dayOf, monthOfDay, monthRange } from '../../src/core/time'
import type { Repositories } from '../lib/ports/store.port'
import { SEED_OUTLETS } from './seed-methods'

// The demo's publicity items (issue 11): the note seed-methods submits (its state lives here), a
// unit's good-practice report about its held central-group session, and other units' 学习强国 and
// new-media items, so the admin's counts page has something to show. Days stay inside the current
// month so "this month" holds what the demo shows; ids are fixed, so seeding twice changes nothing.

const DAY_MS = 24 * 3600 * 1000

/** Seeds the items after seedMethodsDemo (outlets, the note) and seedSessionsDemo (the session). */
export async function seedPublicityDemo(
  tx: Repositories,
  now: Date,
  ids: { person: (phone: string) => string; unit: (key: string) => string }
): Promise<void> {
  const first = monthRange(monthOfDay(dayOf(now))).first
  const day = (daysAgo: number) => {
    const d = dayOf(new Date(now.getTime() - daysAgo * DAY_MS))
    return d < first ? first : d
  }
  const outlet = (n: number) => ({ outletId: `seed-outlet-${n}`, outletName: SEED_OUTLETS[n - 1] })
  const at = now.toISOString()
  const base = (by: string) => ({
    pageIssue: null,
    link: null,
    publishedOn: null,
    decidedOn: null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by
  })
  const secretary = ids.person('13800000003')
  const admin = ids.person('13800000000')
  const noteAuthor = ids.person('13812340101')
  const items: Array<Omit<PublicityItem, 'countedOn' | 'month' | 'year'>> = [
    {
      ...base(noteAuthor),
      id: subjectPublicityId('note', 'seed-rec-1', 'seed-outlet-1'),
      kind: 'article',
      ownerType: 'person',
      personId: noteAuthor,
      unitId: ids.unit('fgj'),
      title: '以新发展理念引领高质量发展的几点体会',
      subject: { kind: 'note', id: 'seed-rec-1', title: '以新发展理念引领高质量发展的几点体会' },
      ...outlet(1),
      submittedOn: day(1),
      status: 'submitted'
    },
    {
      ...base(secretary),
      id: subjectPublicityId('session', 'seed-session-fgj-1', 'seed-outlet-2'),
      kind: 'practiceReport',
      ownerType: 'unit',
      personId: null,
      unitId: ids.unit('fgj'),
      title: '区发改局党组中心组专题学习全会精神 形成重大项目谋划清单',
      subject: { kind: 'session', id: 'seed-session-fgj-1', title: '学习贯彻党的二十届四中全会精神' },
      ...outlet(2),
      submittedOn: day(8),
      status: 'published',
      publishedOn: day(4),
      decidedOn: day(4),
      pageIssue: '第2版',
      link: 'https://example.cn/news/fgj-study'
    },
    {
      ...base(admin),
      id: 'seed-publicity-xcb-1',
      kind: 'xuexiContribution',
      ownerType: 'unit',
      personId: null,
      unitId: ids.unit('xcb'),
      title: '城区：“五种学习方式”让理论学习走深走实',
      subject: null,
      ...outlet(5),
      submittedOn: day(6),
      status: 'published',
      publishedOn: day(3),
      decidedOn: day(3)
    },
    {
      ...base(admin),
      id: 'seed-publicity-zfb-1',
      kind: 'microVideo',
      ownerType: 'unit',
      personId: null,
      unitId: ids.unit('zfb'),
      title: '微视频《学思践悟》系列（第一集）',
      subject: null,
      ...outlet(4),
      submittedOn: day(7),
      status: 'notUsed',
      decidedOn: day(2)
    },
    {
      ...base(admin),
      id: 'seed-publicity-jyj-1',
      kind: 'commentary',
      ownerType: 'unit',
      personId: null,
      unitId: ids.unit('jyj'),
      title: '评论：让思政课成为学生的“心头好”',
      subject: null,
      ...outlet(1),
      submittedOn: day(2),
      status: 'submitted'
    }
  ]
  for (const item of items) {
    const counted = countedDayOf(item)
    await tx.publicity.insert({ ...item, countedOn: counted, month: monthOfDay(counted), year: Number(counted.slice(0, 4)) })
  }
}
