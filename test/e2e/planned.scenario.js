// e2e for issue 13 items 3 and 4: what is planned shows in 接下来要做 around its day and opens the
// page that finishes it; a held meeting counts its participants present without a tick each.
const assert = require('assert/strict')
const { startHost } = require('./host')
const { login, phoneOf, shows, visibleTid: tid } = require('./helpers')

/**
 * The demo secretary (13800000003) finds next week's planned 党组会 (seed-meetings.ts) in 接下来要做
 * and opens it; the demo observer (13800000005) finds today's observation of 区发展和改革局
 * (seed-observation.ts), not yet scored, and its tap opens the scoring page.
 */
function plannedScenario() {
  return [
    'a secretary’s planned meeting and an observer’s unscored observation show in 接下来要做 and open their pages',
    async (page) => {
      // A host of its own: the observation scenario scores today's observation in the shared one.
      const host = await startHost()
      try {
        await plannedOnHomes(page, host.url)
      } finally {
        await host.stop()
      }
    }
  ]
}

async function plannedOnHomes(page, baseUrl) {
  await login(page, baseUrl, '13800000003')
  const meeting = page.locator('[data-testid="unit-due-item"]:visible', { hasText: '计划召开' }).first()
  await meeting.waitFor()
  assert.match(await meeting.innerText(), /党组会/)
  await meeting.click()
  await page.waitForFunction(() => location.hash.includes('packages/meeting/pages/detail'))
  await tid(page, 'meeting-name').waitFor()

  const observer = await phoneOf(page, baseUrl, '13800000005')
  try {
    const item = observer.page.locator('[data-testid="unit-due-item"]:visible', { hasText: '区发展和改革局' }).first()
    await item.waitFor()
    assert.match(await item.innerText(), /巡听旁听|请完成现场评分/)
    await item.click()
    await observer.page.waitForFunction(() => location.hash.includes('packages/observe/pages/session'))
    await shows(observer.page, 'session-topic', '党组理论学习中心组专题学习')
  } finally {
    await observer.close()
  }
}

module.exports = { plannedScenario }
