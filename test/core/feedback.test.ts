import fs from 'fs'
import path from 'path'
import type { Feedback } from '../../src/core/model'
import {
  answerNotice,
  answerProblem,
  canReadFeedback,
  closeProblem,
  FEEDBACK_MINE_ROUTE,
  feedbackAnswerInboxId
} from '../../src/core/rules/feedback'

const at = (status: Feedback['status']) => ({ status })

describe('feedback rules', () => {
  it('lets the author and the admin read a message, nobody else (not even the author’s unit leader)', () => {
    const f = { personId: 'p1' }
    expect(canReadFeedback({ id: 'p1', roles: ['cadre'] }, f)).toBe(true)
    expect(canReadFeedback({ id: 'a', roles: ['admin'] }, f)).toBe(true)
    expect(canReadFeedback({ id: 'p2', roles: ['unitLeader', 'unitSecretary', 'observer', 'districtLeader'] }, f)).toBe(false)
  })

  it('answers an open message once: not again, and not once closed', () => {
    expect(answerProblem(at('open'))).toBeNull()
    expect(answerProblem(at('answered'))).toBe('这条意见已经回复过了')
    expect(answerProblem(at('closed'))).toBe('这条意见已经办结，不能再回复')
  })

  it('closes an open or answered message, not a closed one', () => {
    expect(closeProblem(at('open'))).toBeNull()
    expect(closeProblem(at('answered'))).toBeNull()
    expect(closeProblem(at('closed'))).toBe('这条意见已经办结了')
  })

  it('names the inbox item after the message, so it is added once', () => {
    expect(feedbackAnswerInboxId('f1')).toBe('feedback.f1.answered')
    expect(feedbackAnswerInboxId('f1')).not.toBe(feedbackAnswerInboxId('f2'))
  })

  it('quotes a short answer whole and cuts a long one at 60 characters', () => {
    expect(answerNotice('已转交相关科室办理')).toEqual({ title: '您的意见反馈有了回复', body: '已转交相关科室办理' })
    const long = '答'.repeat(60)
    expect(answerNotice(long).body).toBe(long)
    expect(answerNotice(`${long}多`).body).toBe(`${long}…`)
  })

  it('opens a page the app routes to', () => {
    const routes = fs.readFileSync(path.join(__dirname, '../../src/services/routes.ts'), 'utf8')
    expect(routes).toContain(`'${FEEDBACK_MINE_ROUTE}'`)
  })
})
