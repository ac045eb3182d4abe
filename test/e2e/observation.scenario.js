// e2e for issue 5: an observation from on-site scoring (offline) to a closed rectification.
const assert = require('assert/strict')
const { expectText, fill, login, phoneOf } = require('./helpers')

const SCORES = {
  lead_height: 14,
  lead_depth: 13,
  lead_practice: 13,
  talk_insight: 14,
  talk_solutions: 9,
  talk_carriers: 9,
  org_documents: 9,
  org_discussion: 9
}

/** Opens today's observation of 区发展和改革局 from the observer's home. */
async function openSession(page) {
  await page.locator('[data-testid="home-observe"]').first().click()
  const item = page.locator('[data-testid="observe-item"]', { hasText: '区发展和改革局' }).first()
  await item.waitFor()
  await item.click()
  await page.locator('[data-testid="sheet-rubric"]').first().waitFor()
}

/**
 * The demo observer scores today's session while the page is offline, comes back online, and the
 * sheet lands exactly once — even though the first answer after reconnecting is lost on the way
 * back (the server stored the sheet, the phone saw a network error and retried with the same key).
 */
function observationScenario() {
  return [
    'the observer scores offline, the sheet lands once; the secretary rectifies; the observer accepts',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000005')
      await openSession(page)

      await page.context().setOffline(true)
      for (const [key, value] of Object.entries(SCORES)) await fill(page, `sheet-score-${key}`, String(value))
      await fill(page, 'sheet-comments', '领学紧扣最新讲话精神，研讨结合发展改革工作实际，建议进一步聚焦破解难题的举措。')
      await expectText(page, 'sheet-total', '90')
      await page.locator('[data-testid="sheet-submit"]').first().click()
      await expectText(page, 'sheet-sync', '尚未同步')
      // The draft survives on the phone while offline.
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('obsSheet')).length)
      assert.equal(stored, 1)

      let lost = 0
      await page.route('**/api/api', async (route) => {
        if (lost === 0 && (route.request().postData() || '').includes('observe.sheet.submit')) {
          lost++
          await route.fetch() // reaches the server, which stores the sheet…
          return route.abort('failed') // …but the answer never gets back to the phone
        }
        return route.continue()
      })
      await page.context().setOffline(false)
      await expectText(page, 'sheet-sync', '已保存到服务器', 45000)
      assert.equal(lost, 1)
      await page.unroute('**/api/api')
      await page.reload()
      await expectText(page, 'session-score', '90')
      assert.equal(await page.locator('[data-testid="session-sheet"]').count(), 1)

      // The leader sends feedback to the unit.
      await page.locator('[data-testid="session-feedback"]').first().click()
      await fill(page, 'feedback-findings', '学习准备充分，研讨联系实际还不够深入。')
      await fill(page, 'feedback-suggestions', '围绕年度重点任务开展专题研讨，班子成员准备发言提纲。')
      await page.locator('[data-testid="feedback-submit"]').first().click()
      await expectText(page, 'session-rectification', '待整改')

      // The demo secretary sees the feedback and submits the rectification.
      const secretary = await phoneOf(page, baseUrl, '13800000003')
      try {
        await secretary.page.locator('[data-testid="home-rectify"]').first().click()
        await expectText(secretary.page, 'rectify-findings', '研讨联系实际还不够深入')
        await fill(secretary.page, 'rectify-measures', '修订学习计划，下次中心组学习安排专题研讨。')
        await fill(secretary.page, 'rectify-evidence', '12月专题研讨会议记录已存档。')
        await secretary.page.locator('[data-testid="rectify-submit"]').first().click()
        await expectText(secretary.page, 'rectify-status', '待核验')
      } finally {
        await secretary.close()
      }

      // The observer accepts it.
      await page.reload()
      await expectText(page, 'session-measures', '修订学习计划')
      await page.locator('[data-testid="verify-accept"]').first().click()
      await expectText(page, 'session-rectification', '已整改')
    }
  ]
}

module.exports = { observationScenario, openSession }
