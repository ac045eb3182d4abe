// e2e for issue 12 (dashboards): the admin opens the district dashboard on the demo district,
// switches the period, reads a chart as a table, drills down to one area, a unit and a person's
// records, and comes back. Screenshots go to SCREENSHOT_DIR when it is set.
const assert = require('assert/strict')
const path = require('path')
const { startHost } = require('./host')
const { login, shows, visibleTid: tid } = require('./helpers')

const DEMO_NOW = '2026-12-20T09:30:00+08:00'

async function snap(page, name) {
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

function dashboardScenario() {
  return [
    'the admin opens the district dashboard, reads a chart as a table, drills down to an area, a unit and a person, and back',
    async (page) => {
      const host = await startHost({ DEMO_NOW })
      try {
        await login(page, host.url, '13800000000')
        await page.waitForFunction(() => location.hash.includes('pages/home'))
        await page.goto(`${host.url}/#/packages/dashboard/pages/district/index`)
        const district = await shows(page, 'dashboard-district-study', '应达标')
        assert.match(district, /达标 \d+ 人次 \/ 应达标 \d+ 人次/)
        await shows(page, 'period-label', '2026年12月')
        await snap(page, 'dashboard-district')
        // The year: the completion chart has twelve months, and a table of the same numbers.
        await page.getByText('按年').first().click()
        await shows(page, 'period-label', '2026年')
        await tid(page, 'chart-study-toggle').click()
        const table = await shows(page, 'chart-study-table', '12月')
        assert.match(table, /1月/)
        await snap(page, 'dashboard-district-year')
        // One area, then back to the district.
        await tid(page, 'dashboard-area-open').locator('.link-action').click()
        await shows(page, 'dashboard-area-back', '正在查看')
        const areas = await page.locator('[data-testid="dashboard-area"]:visible').count()
        assert.equal(areas, 1)
        // A unit of that area, on the same period.
        const unitName = (await tid(page, 'dashboard-unit').locator('.list-title').innerText()).trim()
        await tid(page, 'dashboard-unit').click()
        await shows(page, 'dashboard-unit-title', `${unitName} · 2026年`)
        await shows(page, 'dashboard-unit-figures-coverage', '')
        await snap(page, 'dashboard-unit')
        // A person's own records.
        const personName = (await tid(page, 'dashboard-person').locator('.list-title').innerText()).trim()
        await tid(page, 'dashboard-person').click()
        await page.waitForFunction(() => location.hash.includes('packages/unit/pages/person'))
        await page.locator('.card-title:visible', { hasText: personName }).first().waitFor()
        await snap(page, 'dashboard-person')
        // Back to the unit with the top bar's arrow (as a person would), then its year month by month.
        await page.locator('#taro-navigation-bar .taro-navigation-bar-back').click()
        await shows(page, 'dashboard-unit-title', unitName)
        await page.getByText('全年逐月').first().click()
        await shows(page, 'dashboard-year-title', `${unitName} · 2026年`)
        const months = await page.locator('[data-testid="dashboard-month"]:visible').count()
        assert.equal(months, 12)
        await snap(page, 'dashboard-unit-year')
      } finally {
        await host.stop()
      }
    }
  ]
}

module.exports = { dashboardScenario }
