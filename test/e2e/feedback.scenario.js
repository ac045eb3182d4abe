// e2e for issue 11 (意见反馈): a cadre sends feedback from 我的, the admin answers it, and the cadre
// reads the answer on the feedback page and finds it in the inbox.
const assert = require('assert/strict')
const { fill, login, phoneOf, shows, visibleTid: tid } = require('./helpers')

const MESSAGE = '希望自学打卡的讲话目录能按专题筛选'
const ANSWER = '已在讲话目录增加专题筛选，感谢您的建议。'

function feedbackScenario() {
  return [
    'a cadre sends feedback from 我的, the admin answers it, and the cadre reads the answer in the app and the inbox',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000001')
      await page.waitForFunction(() => location.hash.includes('pages/home'))
      await page.goto(`${baseUrl}/#/pages/me/index`)
      await tid(page, 'me-feedback').click()
      await shows(page, 'feedback-mine-empty', '还没有提交过意见反馈')
      await tid(page, 'feedback-write').click()
      // Sending nothing names the field; no screenshot is needed.
      await tid(page, 'feedback-send').click()
      await shows(page, 'error-message', '请填写意见内容')
      await fill(page, 'feedback-text', MESSAGE)
      await tid(page, 'feedback-send').click()
      await page.waitForFunction(() => location.hash.includes('feedback/pages/mine'))
      const mine = await shows(page, 'feedback-item', MESSAGE)
      assert.match(mine, /待回复/)

      const admin = await phoneOf(page, baseUrl, '13800000000')
      try {
        await admin.page.waitForFunction(() => location.hash.includes('pages/home'))
        await admin.page.goto(`${baseUrl}/#/packages/feedback/pages/admin/index`)
        const row = admin.page.locator('[data-testid="feedback-item"]:visible', { hasText: MESSAGE })
        await row.waitFor()
        assert.match(await row.innerText(), /李明轩/)
        await row.locator('[data-testid="feedback-reply"]').click()
        await fill(admin.page, 'feedback-answer-text', ANSWER)
        await tid(admin.page, 'feedback-answer-dialog-confirm').click()
        // Answered, it leaves the 待回复 list.
        await row.waitFor({ state: 'detached' })
        await tid(admin.page, 'feedback-filter-answered').click()
        await shows(admin.page, 'feedback-item', ANSWER)
      } finally {
        await admin.close()
      }

      await page.goto(`${baseUrl}/#/packages/feedback/pages/mine/index`)
      await page.reload()
      await shows(page, 'feedback-answer', ANSWER)
      await shows(page, 'feedback-item', '已回复')
      await page.goto(`${baseUrl}/#/pages/inbox/index`)
      await page.reload()
      await shows(page, 'inbox-item', '您的意见反馈有了回复')
      await tid(page, 'inbox-item').click()
      await page.waitForFunction(() => location.hash.includes('feedback/pages/mine'))
      await shows(page, 'feedback-answer', ANSWER)
    }
  ]
}

module.exports = { feedbackScenario }
