// e2e for issue 13 (items 1 and 10): a refused submit is explained by the button and the first
// field in error is brought into view; on H5 a sub-page has a top bar with its title and a way back.
const assert = require('assert/strict')
const { login, put, shows, visibleTid: tid } = require('./helpers')
const { openSession } = require('./observation.scenario')

/** Whether the element is wholly on screen, below the top bar. */
const inView = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const bar = document.getElementById('taro-navigation-bar')
    const top = bar ? bar.getBoundingClientRect().bottom : 0
    return r.top >= top && r.bottom <= window.innerHeight
  })

/** Waits (smooth scrolling takes a moment) until the element is on screen. */
async function waitInView(page, locator, what) {
  const deadline = Date.now() + 5000
  while (Date.now() < deadline) {
    if (await inView(locator)) return
    await page.waitForTimeout(100)
  }
  throw new Error(`${what} is not on screen`)
}

/** The title and the control of Taro's H5 top bar. */
const barTitle = (page) => page.locator('#taro-navigation-bar .taro-navigation-bar-title')
const barClass = (page) => page.locator('#taro-navigation-bar').getAttribute('class')

/**
 * The demo observer (13800000005) types an out-of-range first score, goes down to 提交评分 and
 * taps it: the summary by the button counts the marked item and the page scrolls back up to it.
 * Runs before the observation scenario sends this session's feedback (which closes the sheet).
 */
function scoringSheetRefusalScenario() {
  return [
    'a refused score sheet says “请检查标红的 1 项” by the button and scrolls up to the item',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000005')
      await openSession(page)
      const scores = { lead_height: 30, lead_depth: 13, lead_practice: 13, talk_insight: 14, talk_solutions: 9 }
      for (const [key, value] of Object.entries({ ...scores, talk_carriers: 9, org_documents: 9, org_discussion: 9 }))
        await put(page, `sheet-score-${key}`, String(value))
      await put(page, 'sheet-comments', '领学紧扣最新讲话精神。')

      const first = page.locator('#field-scores-lead_height:visible')
      const submit = tid(page, 'sheet-submit')
      await submit.scrollIntoViewIfNeeded()
      assert.equal(await inView(first), false, 'the first item is off screen when the observer is at the button')
      await submit.click()

      await shows(page, 'sheet-error-summary', '请检查标红的 1 项')
      await waitInView(page, first, 'the out-of-range item')
      await shows(page, 'error-scores.lead_height', '0到15分之间')
    }
  ]
}

/**
 * The login page has no home button. The demo cadre (13800000001): the home (a tab page) has no back control; 记一笔学习 shows its
 * title and a back arrow that returns home; a sub-page opened by its link, with nothing to go back
 * to, offers the way home instead.
 */
function topBarScenario() {
  return [
    'on H5 a sub-page shows its title and a back arrow; opened by link, a home button',
    async (page, baseUrl) => {
      // Signed out, the login page offers no home: it would only lead back to the login.
      await page.goto(`${baseUrl}/#/pages/login/index`)
      await page.waitForFunction(() => document.getElementById('taro-navigation-bar')?.classList.contains('top-bar-no-home'))
      assert.equal(await page.locator('#taro-navigation-bar .taro-navigation-bar-home').isVisible(), false)

      await login(page, baseUrl, '13800000001')
      await tid(page, 'study-progress').waitFor()
      assert.match(await barClass(page), /taro-navigation-bar-no-icon/)
      assert.equal(await barTitle(page).innerText(), '理论学习助手')

      await tid(page, 'home-record').click()
      await tid(page, 'record-submit').waitFor()
      assert.equal(await barTitle(page).innerText(), '记一笔学习')
      assert.match(await barClass(page), /taro-navigation-bar-back-icon/)
      await page.locator('#taro-navigation-bar .taro-navigation-bar-back').click()
      await tid(page, 'study-progress').waitFor()
      assert.equal(await barTitle(page).innerText(), '理论学习助手')

      // Opened afresh by its address: nothing to go back to, so the bar offers the home.
      await page.goto(`${baseUrl}/#/packages/study/pages/plan/index`)
      await page.reload()
      await page.waitForFunction(() => /home-icon/.test(document.getElementById('taro-navigation-bar')?.className ?? ''))
      assert.equal(await page.locator('#taro-navigation-bar .taro-navigation-bar-home').isVisible(), true)
      assert.notEqual(await barTitle(page).innerText(), '')
      await page.locator('#taro-navigation-bar .taro-navigation-bar-home').click()
      await tid(page, 'study-progress').waitFor()
    }
  ]
}

/**
 * The demo secretary (13800000003) reads the unit's figures, opens one cadre, loses the network
 * and goes back: the figures stay, with the time they were read, instead of an error.
 */
function offlineFiguresScenario() {
  return [
    'offline, the unit’s figures stay on screen and say “离线，显示的是 HH:MM 的数据”',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000003')
      await tid(page, 'home-unit').click()
      const figures = await shows(page, 'um-counts', /\S/)
      await tid(page, 'um-row').click()
      await page.waitForFunction(() => location.hash.includes('unit/pages/person'))
      await page.context().setOffline(true)
      try {
        await page.locator('#taro-navigation-bar .taro-navigation-bar-back').click()
        await shows(page, 'unit-methods-stale', /^离线，显示的是 \d\d:\d\d 的数据$/)
        assert.equal(await shows(page, 'um-counts', /\S/), figures)
      } finally {
        await page.context().setOffline(false)
      }
    }
  ]
}

module.exports = { scoringSheetRefusalScenario, topBarScenario, offlineFiguresScenario }
