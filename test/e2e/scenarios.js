// The e2e scenarios, each a (page, baseUrl) => Promise that throws on failure.
const assert = require('assert/strict')
const { observationScenario } = require('./observation.scenario')
const { methodsScenario } = require('./methods.scenario')
const { meetingScenario } = require('./meeting.scenario')
const { returnAfterLoginScenario } = require('./return.scenario')
const { importScenario } = require('./import.scenario')
const { remindersScenario, wechatOutboxScenario } = require('./reminders.scenario')
const { studyPlanScenario } = require('./study-plan.scenario')
const { centralGroupScenario } = require('./central-group.scenario')
const { observeSessionsScenario } = require('./observe-sessions.scenario')
const { feedbackScenario } = require('./feedback.scenario')
const { publicityScenario } = require('./publicity.scenario')
const { modelsScenario } = require('./models.scenario')
const { offlineFiguresScenario, scoringSheetRefusalScenario, topBarScenario } = require('./forms.scenario')
const { dashboardScenario } = require('./dashboard.scenario')
const { exportScenario } = require('./export.scenario')
const { uxScenario } = require('./ux.scenario')
const { plannedScenario } = require('./planned.scenario')
const { a11yScenario } = require('./a11y.scenario')
const { expectText, fill, login, text } = require('./helpers')

const scenarios = [
  [
    'the demo cadre records a study and sees 1/5, still 1/5 after a reload',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000001')
      await expectText(page, 'study-progress', '0/5')
      await page.getByText('记一笔学习').first().click()
      await fill(page, 'record-speech-search', '二十')
      const option = page.locator('[data-testid="record-speech-option"]').first()
      await option.waitFor()
      await option.click()
      await page.locator('[data-testid="record-speech-selected"]').first().waitFor()
      await page.locator('[data-testid="record-submit"]').first().click()
      await expectText(page, 'study-progress', '1/5')
      assert.equal(await page.locator('[data-testid="study-record"]').count(), 1)
      await page.reload()
      await expectText(page, 'study-progress', '1/5')
    }
  ],
  [
    'a bad study date shows the Chinese error next to the date field',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000002')
      await expectText(page, 'study-progress', '/5')
      await page.getByText('记一笔学习').first().click()
      await page.locator('[data-testid="record-mode-manual"]').first().click()
      await fill(page, 'record-title', '在中央党校建校90周年庆祝大会暨2023年秋季学期开学典礼上的讲话')
      await fill(page, 'record-date', '2099-01-01')
      await page.locator('[data-testid="record-submit"]').first().click()
      const message = await expectText(page, 'error-studiedOn', '学习日期不能晚于今天')
      assert.match(message, /[\u4e00-\u9fa5]/)
      // The error sits inside the date field's own block, not at the top of the page.
      const inField = await page.locator('[data-testid="field-studiedOn"] [data-testid="error-studiedOn"]').count()
      assert.equal(inField, 1)
      // Nothing was recorded.
      await page.goto(`${baseUrl}/#/pages/home/index`)
      await expectText(page, 'study-progress', '0/5')
    }
  ],
  [
    'a wrong login code gets a clear Chinese message',
    async (page, baseUrl) => {
      await page.goto(`${baseUrl}/#/pages/login/index`)
      await fill(page, 'login-phone', '13800000001')
      await fill(page, 'login-code', '654321')
      await page.locator('[data-testid="login-submit"]').first().click()
      await expectText(page, 'error-code', '验证码不正确')
      assert.ok((await text(page, 'error-code')).length > 0)
    }
  ],
  // Before the observation scenario, which sends the session's feedback and so closes the sheet.
  scoringSheetRefusalScenario(),
  topBarScenario(),
  offlineFiguresScenario(),
  observationScenario(),
  methodsScenario(),
  meetingScenario(),
  returnAfterLoginScenario(),
  importScenario(),
  remindersScenario(),
  wechatOutboxScenario(),
  studyPlanScenario(),
  centralGroupScenario(),
  observeSessionsScenario(),
  feedbackScenario(),
  publicityScenario(),
  modelsScenario(),
  dashboardScenario(),
  exportScenario(),
  uxScenario(),
  plannedScenario(),
  // Last: scans every page of every role after the other scenarios have run.
  a11yScenario()
]

module.exports = { scenarios }
