import type { Feedback } from '../../src/core/model'
import type { Repositories } from '../lib/ports/store.port'

// The demo's 意见反馈 (issue 11): two messages of cadres other than the demo cadre (13800000001,
// whose list the e2e scenario starts empty), one waiting for the admin and one answered. Fixed
// ids, so seeding twice changes nothing.

const HOUR_MS = 3600 * 1000

/** The demo feedback ids, for the round-trip bench and tests. */
export const SEED_FEEDBACK = { open: 'seed-feedback-1', answered: 'seed-feedback-2' } as const

export async function seedFeedbackDemo(
  tx: Repositories,
  now: Date,
  ids: { person: (phone: string) => string; unit: (key: string) => string }
): Promise<void> {
  const admin = ids.person('13800000000')
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString()
  const base = (id: string, phone: string, unit: string, message: string, hoursAgo: number): Feedback => ({
    id,
    personId: ids.person(phone),
    unitId: ids.unit(unit),
    message,
    screenshots: [],
    status: 'open',
    answer: null,
    answeredBy: null,
    answeredAt: null,
    closedBy: null,
    closedAt: null,
    createdAt: at(hoursAgo),
    createdBy: ids.person(phone),
    updatedAt: at(hoursAgo),
    updatedBy: ids.person(phone)
  })
  await tx.feedback.insert(
    base(SEED_FEEDBACK.open, '13812340102', 'fgj', '自学打卡时讲话目录很长，希望能按发表时间或专题筛选。', 20)
  )
  const answered = base(SEED_FEEDBACK.answered, '13812340502', 'czj', '学习强国截图上传后看不到缩略图，是不是网络问题？', 72)
  await tx.feedback.insert({
    ...answered,
    status: 'answered',
    answer: '已排查，是单位内网拦截了图片地址，换用手机网络即可正常显示，我们也在协调放行。',
    answeredBy: admin,
    answeredAt: at(48),
    updatedAt: at(48),
    updatedBy: admin
  })
}
