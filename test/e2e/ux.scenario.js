// e2e for issue 13 items 2 and 5: the admin finds every area of work on the admin home, grouped as
// the publicity department thinks; a unit page opened by a cadre is a refusal that says who the
// page is for and the way home, and renders nothing else (no month switcher, no footnote, no 重试).
// E2E_SHOTS=<dir> also saves screenshots at 390×844 for a person to look at.
const assert = require('assert/strict')
const path = require('path')
const { startHost } = require('./host')
const { login, phoneOf, shows, visibleTid: tid } = require('./helpers')

async function shot(page, name) {
  if (!process.env.E2E_SHOTS) return
  await page.waitForTimeout(400)
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS, `${name}.png`), fullPage: true })
}

function uxScenario() {
  return [
    'the admin home shows every area of work in groups; a cadre opening a unit page reads who it is for and goes home',
    async (page) => {
      const host = await startHost()
      try {
        const admin = await phoneOf(page, host.url, '13800000000')
        try {
          await admin.page.waitForFunction(() => location.hash.includes('pages/home'))
          await admin.page.getByText('全部管理功能').first().click()
          await tid(admin.page, 'admin-home').waitFor()
          const areas = await admin.page.locator('[data-testid="admin-area"]:visible .section-title').allInnerTexts()
          assert.deepEqual(
            areas.map((a) => a.trim()),
            [
              '数据总览与考核',
              '名册',
              '学习任务与目录',
              '第一议题',
              '中心组学习',
              '巡听旁听',
              '先进典型',
              '宣传报道',
              '提醒',
              '意见反馈'
            ]
          )
          // Observation, the district coverage and the classics are one tap from the admin home.
          for (const id of ['admin-observe-figures', 'admin-meeting-district', 'admin-meeting-classics', 'admin-reminders']) {
            await tid(admin.page, id).waitFor()
          }
          await shot(admin.page, 'ux-admin-home')
          await tid(admin.page, 'admin-observe-figures').click()
          await admin.page.waitForFunction(() => location.hash.includes('observe-figures'))
        } finally {
          await admin.close()
        }

        await login(page, host.url, '13800000001')
        await page.waitForFunction(() => location.hash.includes('pages/home'))
        await page.goto(`${host.url}/#/packages/unit/pages/methods/index`)
        await shows(page, 'state-refused', '此页面仅供单位记录员、单位主要负责同志、区委宣传部管理员使用。')
        // Nothing of the page around it: no month switcher, no footnote, no retry.
        assert.equal(await page.locator('.month-switcher:visible').count(), 0)
        assert.equal(await page.locator('.um-foot:visible').count(), 0)
        assert.equal(await page.getByText('重试').locator('visible=true').count(), 0)
        await shot(page, 'ux-refusal')
        await tid(page, 'state-home').click()
        await page.waitForFunction(() => location.hash.includes('pages/home'))
        await tid(page, 'study-progress').waitFor()
      } finally {
        await host.stop()
      }
    }
  ]
}

module.exports = { uxScenario }
