// e2e for issue 9 (first slices): on the 20th the daily job puts a reminder in the demo cadre's
// inbox; the home shows it as unread, the inbox opens it and lands on the record form.
const assert = require('assert/strict')
const fs = require('fs')
const os = require('os')
const path = require('path')
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
          // A fresh load of the inbox (a hash change alone may return to the page left in the stack).
          await page.goto(`${host.url}/#/pages/inbox/index`)
          await page.reload()
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

// The WeChat path without WeChat: on the 19th the cadre taps 接收微信提醒 in the inbox and allows
// (H5's stand-in for WeChat's dialog); on the 20th the day's run sends the cadre's one push, which
// the local notifier records in the outbox the admin's 提醒 page shows; a second run sends nothing.
function wechatOutboxScenario() {
  return [
    'the cadre allows WeChat reminders on the 19th; the 20th’s one push shows in the admin’s local outbox, once',
    async (page) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-e2e-outbox-'))
      try {
        const day1 = await startHost({ DEMO_NOW: '2026-12-19T09:30:00+08:00', DATA_DIR: dataDir })
        try {
          await login(page, day1.url, '13800000001')
          await shows(page, 'study-progress', '0/5')
          await page.goto(`${day1.url}/#/pages/inbox/index`)
          await shows(page, 'inbox-subscribe', '接收微信提醒')
          await tid(page, 'inbox-subscribe-button').click()
          await tid(page, 'subscribe-sheet-confirm').click()
          await shows(page, 'inbox-subscribe', '还可收到 1 条')
        } finally {
          await day1.stop()
        }
        // The next morning the jobs run at the host's start.
        const day2 = await startHost({ DEMO_NOW, DATA_DIR: dataDir })
        try {
          const admin = await phoneOf(page, day2.url, '13800000000')
          try {
            await admin.page.waitForFunction(() => location.hash.includes('pages/home'))
            await admin.page.goto(`${day2.url}/#/packages/admin/pages/reminders/index`)
            const item = await shows(admin.page, 'outbox-item', '李明轩')
            assert.match(item, /本月自学/)
            await tid(admin.page, 'reminders-run').click()
            await shows(admin.page, 'reminders-outcome', '没有新的提醒需要送达')
            await admin.page.reload()
            await shows(admin.page, 'outbox-item', '李明轩')
            assert.equal(await tid(admin.page, 'outbox-item').count(), 1)
          } finally {
            await admin.close()
          }
        } finally {
          await day2.stop()
        }
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true })
      }
    }
  ]
}

module.exports = { remindersScenario, wechatOutboxScenario }
