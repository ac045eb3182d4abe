// e2e for the self-study plan (issue 9): the admin suggests a month's list; the demo cadre adopts
// it, sees "本月计划 3 篇 · 已学 0 篇" and the next planned speech on home, taps it, lands on the
// record form with that speech picked, records it, and home moves on to the next one.
// E2E_SHOTS=<dir> also saves screenshots at 390×844 for a person to look at.
const assert = require('assert/strict')
const path = require('path')
const { startHost } = require('./host')
const { login, phoneOf, put, shows, visibleTid: tid } = require('./helpers')

async function shot(page, name) {
  if (!process.env.E2E_SHOTS) return
  await page.waitForTimeout(400)
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS, `${name}.png`) })
}

/** Picks the first catalogue speech matching the words into the visible plan editor. */
async function addFromCatalogue(page, words) {
  await put(page, 'record-speech-search', words)
  const option = tid(page, 'record-speech-option')
  await option.waitFor()
  const title = (await option.locator('.speech-option-title').innerText()).trim()
  await option.click()
  return title
}

function studyPlanScenario() {
  return [
    'the admin suggests a list; the cadre adopts it, sees 计划 3 篇 · 已学 0 篇, records the next planned speech from home and home moves on',
    async (page) => {
      const host = await startHost()
      try {
        // The admin's suggested list: two catalogue speeches and a typed title.
        const admin = await phoneOf(page, host.url, '13800000000')
        let first
        let second
        try {
          await admin.page.waitForFunction(() => location.hash.includes('pages/home'))
          await admin.page.goto(`${host.url}/#/packages/admin/pages/study-plan/index`)
          await shows(admin.page, 'suggestion-items-empty', '还没有推荐清单')
          first = await addFromCatalogue(admin.page, '讲话')
          await shows(admin.page, 'suggestion-items-row', first)
          second = await addFromCatalogue(admin.page, '讲话')
          if (second === first) {
            // The same first hit again: the editor refuses it; take the next one.
            await shows(admin.page, 'error-items', '已在计划中')
            await put(admin.page, 'record-speech-search', '讲话')
            const option = admin.page.locator('[data-testid="record-speech-option"]:visible').nth(1)
            second = (await option.locator('.speech-option-title').innerText()).trim()
            await option.click()
          }
          await tid(admin.page, 'suggestion-items-mode-manual').click()
          await put(admin.page, 'suggestion-items-title', '《习近平谈治国理政》第五卷')
          await tid(admin.page, 'suggestion-items-add-title').click()
          assert.equal(await admin.page.locator('[data-testid="suggestion-items-row"]:visible').count(), 3)
          await shot(admin.page, 'admin-suggestion')
          await tid(admin.page, 'suggestion-save').tap()
          await admin.page.waitForFunction(() => document.body.innerText.includes('上次保存'))
        } finally {
          await admin.close()
        }

        // The cadre: home offers the suggestion; the plan page adopts it.
        await login(page, host.url, '13800000001')
        await shows(page, 'home-plan-summary', '管理员推荐了本月学习清单（3 篇）')
        await shot(page, 'home-suggested')
        await tid(page, 'home-plan-open').click()
        await shows(page, 'plan-suggestion', '采用推荐清单')
        await tid(page, 'plan-adopt').click()
        await shows(page, 'plan-items', first)
        await tid(page, 'plan-save').tap()
        await shows(page, 'plan-progress', '计划 3 篇 · 已学 0 篇')
        await shot(page, 'plan-page')

        // Home: planned vs studied and the next planned speech; a tap opens the record form with it.
        await page.goto(`${host.url}/#/pages/home/index`)
        await shows(page, 'home-plan-summary', '本月计划 3 篇 · 已学 0 篇')
        await shows(page, 'home-plan-next', first)
        await shot(page, 'home-plan')
        await tid(page, 'home-plan-next').click()
        await page.waitForFunction(() => location.hash.includes('pages/study/record'))
        await shows(page, 'record-speech-selected', first)
        await shot(page, 'record-prefilled')
        await tid(page, 'record-submit').click()
        await shows(page, 'home-plan-summary', '本月计划 3 篇 · 已学 1 篇')
        await shows(page, 'home-plan-next', second)
        await shows(page, 'study-progress', '1/5')
      } finally {
        await host.stop()
      }
    }
  ]
}

module.exports = { studyPlanScenario }
