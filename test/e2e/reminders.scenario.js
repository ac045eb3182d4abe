// e2e for issue 9 (first slices): on the 20th the daily job puts a reminder in the demo cadre's
// inbox; the home shows it as unread, the inbox opens it and lands on the record form.
const assert = require('assert/strict')
const { startHost } = require('./host')
const { login, phoneOf, shows, visibleTid: tid } = require('./helpers')

// The host's clock (DEMO_NOW, tests and demos only) stands on 20 December, 09:30 in China.
const DEMO_NOW = '2026-12-20T09:30:00+08:00'

function remindersScenario() {
  return [
    'on the 20th the demo cadre at 0/5 finds a self-study reminder, opens it and lands on the record form; the unit leader has one digest; the admin sees both',
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
          // The demo unit leader's one digest of the unit's cadres below quota is in the preview too.
          assert.match(group, /刘建国[\s\S]*本单位本月自学情况/)
          await tid(admin.page, 'reminders-run').click()
          await shows(admin.page, 'reminders-outcome', '没有新的提醒需要送达')
        } finally {
          await admin.close()
        }

        // The demo unit leader has one digest naming the unit's cadres behind, not one item per cadre,
        // beside their own 4/5 reminder; it opens the unit's table for the month.
        const leader = await phoneOf(page, host.url, '13800000004')
        try {
          await leader.page.waitForFunction(() => location.hash.includes('pages/home'))
          await leader.page.goto(`${host.url}/#/pages/inbox/index`)
          await shows(leader.page, 'inbox-item', '本单位本月自学情况')
          const items = await tid(leader.page, 'inbox-item').allInnerTexts()
          const digests = items.filter((t) => t.includes('本单位本月自学情况'))
          assert.equal(digests.length, 1, items.join(' | '))
          assert.match(digests[0], /李明轩 0\/5/)
          assert.match(digests[0], /陈志强 0\/5/)
          assert.equal(items.filter((t) => t.includes('李明轩')).length, 1)
          await tid(leader.page, 'inbox-item').filter({ hasText: '本单位本月自学情况' }).click()
          await leader.page.waitForFunction(() => location.hash.includes('packages/unit/pages/methods'))
        } finally {
          await leader.close()
        }
      } finally {
        await host.stop()
      }
    }
  ]
}

module.exports = { remindersScenario }
