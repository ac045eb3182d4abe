// e2e for issue 9 (first slices): on the 20th the daily job puts a reminder in the demo cadre's
// inbox; the home shows it as unread, the inbox opens it and lands on the record form.
const assert = require('assert/strict')
const { startHost } = require('./host')
const { login, phoneOf, shows, visibleTid: tid } = require('./helpers')

// The host's clock (DEMO_NOW, tests and demos only) stands on 20 December, 09:30 in China.
const DEMO_NOW = '2026-12-20T09:30:00+08:00'

function remindersScenario() {
  return [
    'on the 20th the demo cadre at 0/5 finds a self-study reminder, opens it and lands on the record form; the admin sees it delivered',
    async (page) => {
      const host = await startHost({ DEMO_NOW })
      try {
        await login(page, host.url, '13800000001')
        await shows(page, 'study-progress', '0/5')
        // The jobs run at start; reload until the reminder is there.
        for (let i = 0; i < 20 && !(await tid(page, 'home-inbox').isVisible()); i++) {
          await page.waitForTimeout(500)
          await page.reload()
        }
        await shows(page, 'home-inbox', '1 条未读')
        await tid(page, 'home-inbox').click()
        const item = await shows(page, 'inbox-item', '本月自学')
        assert.match(item, /0\/5/)
        await tid(page, 'inbox-item').click()
        await page.waitForFunction(() => location.hash.includes('pages/study/record'))
        // Back in the inbox the reminder is read: no unread count any more.
        for (let i = 0; i < 10; i++) {
          await page.goto(`${host.url}/#/pages/inbox/index`)
          await shows(page, 'inbox-item', '本月自学')
          if ((await tid(page, 'inbox-unread').count()) === 0) break
          await page.waitForTimeout(300)
        }
        assert.equal(await tid(page, 'inbox-unread').count(), 0)

        // The admin's preview lists the same reminder, delivered; running again adds nothing.
        const admin = await phoneOf(page, host.url, '13800000000')
        try {
          await admin.page.waitForFunction(() => location.hash.includes('pages/home'))
          await admin.page.goto(`${host.url}/#/packages/admin/pages/reminders/index`)
          const group = await shows(admin.page, 'reminders-group', '本月自学未达标')
          assert.match(group, /李明轩[\s\S]*0\/5[\s\S]*已送达/)
          await tid(admin.page, 'reminders-run').click()
          await shows(admin.page, 'reminders-outcome', '没有新的提醒需要送达')
        } finally {
          await admin.close()
        }
      } finally {
        await host.stop()
      }
    }
  ]
}

module.exports = { remindersScenario }
