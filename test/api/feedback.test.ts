import type { FeedbackAdminView, FeedbackView, InboxItemView } from '../../src/core/contract'
import type { Result } from '../../src/core/contract'
import { canViewFile } from '../../cloudfunctions/lib/services/files.service'
import { makeFile } from '../store/methods.fixtures'
import { dataOf, makeWorld } from './world'

const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r)}`)
  return r
}

describe('意见反馈: send, answer once, close', () => {
  it('lets a cadre send a message without screenshots and read the admin’s answer in the app and the inbox', async () => {
    const w = await makeWorld()
    const { cadre, admin } = w.people
    const sent = dataOf<FeedbackView>(await w.as(cadre)('feedback.send', { message: '  希望讲话目录能按年份筛选  ' }))
    expect([sent.message, sent.status, sent.statusLabel, sent.screenshots, sent.answer]).toEqual([
      '希望讲话目录能按年份筛选',
      'open',
      '待回复',
      [],
      null
    ])

    const open = dataOf<{ items: FeedbackAdminView[]; total: number }>(await w.as(admin)('feedback.list', { status: 'open' }))
    expect(open.items.map((f) => [f.id, f.authorName, f.unitName])).toEqual([[sent.id, cadre.name, '区发展和改革局']])

    w.setNow('2026-11-21T03:00:00Z')
    const answered = dataOf<FeedbackAdminView>(
      await w.as(admin)('feedback.answer', { id: sent.id, answer: '已在讲话目录增加年份筛选，感谢您的建议。' })
    )
    expect([answered.status, answered.answeredAt]).toEqual(['answered', '2026-11-21T03:00:00.000Z'])

    const mine = dataOf<{ items: FeedbackView[] }>(await w.as(cadre)('feedback.mine', {}))
    expect(mine.items.map((f) => [f.statusLabel, f.answer])).toEqual([['已回复', '已在讲话目录增加年份筛选，感谢您的建议。']])
    const inbox = dataOf<{ items: InboxItemView[]; unread: number }>(await w.as(cadre)('inbox.list', {}))
    expect(inbox.items.map((i) => [i.title, i.body, i.route])).toEqual([
      ['您的意见反馈有了回复', '已在讲话目录增加年份筛选，感谢您的建议。', '/packages/feedback/pages/mine/index']
    ])
    expect(inbox.unread).toBe(1)
  })

  it('answers once: a second answer is refused and the inbox holds one item; a retried answer replays', async () => {
    const w = await makeWorld()
    const { cadre, admin } = w.people
    const sent = dataOf<FeedbackView>(await w.as(cadre)('feedback.send', { message: '登录页验证码收不到' }))
    const first = await w.as(admin)('feedback.answer', { id: sent.id, answer: '请联系单位管理员重新下发' }, 'answer-key-1')
    expect(await w.as(admin)('feedback.answer', { id: sent.id, answer: '请联系单位管理员重新下发' }, 'answer-key-1')).toEqual(
      first
    )
    const again = failure(await w.as(admin)('feedback.answer', { id: sent.id, answer: '补充一句' }))
    expect([again.code, again.message]).toEqual(['CONFLICT', '这条意见已经回复过了'])
    expect(dataOf<{ items: InboxItemView[] }>(await w.as(cadre)('inbox.list', {})).items).toHaveLength(1)
  })

  it('closes a message (answered or not) and refuses to answer or close it again', async () => {
    const w = await makeWorld()
    const { cadre, admin } = w.people
    const sent = dataOf<FeedbackView>(await w.as(cadre)('feedback.send', { message: '重复提交了一条' }))
    expect(dataOf<FeedbackAdminView>(await w.as(admin)('feedback.close', { id: sent.id })).statusLabel).toBe('已办结')
    expect(failure(await w.as(admin)('feedback.close', { id: sent.id })).message).toBe('这条意见已经办结了')
    expect(failure(await w.as(admin)('feedback.answer', { id: sent.id, answer: '好' })).message).toBe(
      '这条意见已经办结，不能再回复'
    )
    const lists = async (status: string | null) =>
      dataOf<{ items: FeedbackAdminView[]; total: number }>(await w.as(admin)('feedback.list', { status }))
    expect([(await lists('open')).total, (await lists('closed')).total, (await lists(null)).total]).toEqual([0, 1, 1])
    expect(dataOf<{ items: unknown[] }>(await w.as(cadre)('inbox.list', {})).items).toEqual([])
  })

  it('names the field of bad input and writes nothing', async () => {
    const w = await makeWorld()
    const { cadre, admin } = w.people
    const empty = failure(await w.as(cadre)('feedback.send', { message: '   ' }))
    expect([empty.code, empty.field, empty.message]).toEqual(['VALIDATION', 'message', '请填写意见内容'])
    const long = failure(await w.as(cadre)('feedback.send', { message: '长'.repeat(1001) }))
    expect([long.field, long.message]).toEqual(['message', '意见内容不能超过1000个字'])
    const many = failure(await w.as(cadre)('feedback.send', { message: '图多', screenshots: ['a', 'b', 'c', 'd', 'e'] }))
    expect([many.field, many.message]).toEqual(['screenshots', '截图最多4张'])
    const missing = failure(await w.as(admin)('feedback.answer', { id: 'nope', answer: '好' }))
    expect([missing.code, missing.field]).toEqual(['NOT_FOUND', 'id'])
    expect(dataOf<{ total: number }>(await w.as(admin)('feedback.list', {})).total).toBe(0)
  })

  it('keeps a message to its author: another cadre’s list is empty and the admin-only actions refuse them', async () => {
    const w = await makeWorld()
    const { cadre, otherCadre, unitLeader } = w.people
    const sent = dataOf<FeedbackView>(await w.as(cadre)('feedback.send', { message: '本单位的一些情况' }))
    expect(dataOf<{ items: unknown[] }>(await w.as(otherCadre)('feedback.mine', {})).items).toEqual([])
    expect(dataOf<{ items: unknown[] }>(await w.as(unitLeader)('feedback.mine', {})).items).toEqual([])
    for (const [action, input] of [
      ['feedback.list', {}],
      ['feedback.answer', { id: sent.id, answer: '好' }],
      ['feedback.close', { id: sent.id }]
    ] as const) {
      expect(failure(await w.as(unitLeader)(action, input)).code).toBe('FORBIDDEN')
    }
  })

  it('attaches the caller’s own images as screenshots, seen by the author and the admin only', async () => {
    const w = await makeWorld()
    const { cadre, otherCadre, admin, unitLeader } = w.people
    const shot = makeFile({ ownerId: cadre.id })
    const pdf = makeFile({ ownerId: cadre.id, kind: 'document', mime: 'application/pdf', name: 'a.pdf' })
    const theirs = makeFile({ ownerId: otherCadre.id })
    for (const f of [shot, pdf, theirs]) await w.store.files.insert(f)
    const notImage = failure(await w.as(cadre)('feedback.send', { message: '见截图', screenshots: [shot.id, pdf.id] }))
    expect([notImage.field, notImage.message]).toEqual(['screenshots.1', '截图只能是 jpg、png、webp 图片'])
    expect((await w.store.files.get(shot.id))?.recordId).toBeNull()
    expect(failure(await w.as(cadre)('feedback.send', { message: '见截图', screenshots: [theirs.id] })).field).toBe(
      'screenshots.0'
    )

    const sent = dataOf<FeedbackView>(await w.as(cadre)('feedback.send', { message: '见截图', screenshots: [shot.id] }))
    const stored = (await w.store.files.get(shot.id))!
    expect(stored.recordId).toBe(`feedback:${sent.id}`)
    const now = new Date('2026-11-20T02:00:00Z')
    expect(await canViewFile(w.store, admin, stored, now)).toBe(true)
    expect(await canViewFile(w.store, otherCadre, stored, now)).toBe(false)
    expect(await canViewFile(w.store, unitLeader, stored, now)).toBe(false)
  })
})
