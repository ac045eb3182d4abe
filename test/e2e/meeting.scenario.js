// e2e for issue 4: a meeting recorded once feeds the speakers' records and the unit's coverage.
const assert = require('assert/strict')
const { login, phoneOf, put, shows, visibleTid: tid } = require('./helpers')

const CHINA_MS = 8 * 3600 * 1000

/** A start a few minutes ago in China time (yesterday 23:00 just after midnight), as day and HH:mm. */
function recentStart() {
  const china = new Date(Date.now() + CHINA_MS)
  const minutes = china.getUTCHours() * 60 + china.getUTCMinutes()
  if (minutes < 15) {
    const yesterday = new Date(china.getTime() - 24 * 3600 * 1000)
    return {
      day: yesterday.toISOString().slice(0, 10),
      time: '23:00',
      lastMonth: yesterday.getUTCMonth() !== china.getUTCMonth()
    }
  }
  const start = new Date(china.getTime() - 5 * 60 * 1000)
  return { day: start.toISOString().slice(0, 10), time: start.toISOString().slice(11, 16), lastMonth: false }
}

/** The unit's compliant count for the meeting's month on the coverage page. */
async function compliantCount(page, baseUrl, lastMonth) {
  await page.goto(`${baseUrl}/#/packages/meeting/pages/coverage/index`)
  await tid(page, 'unit-coverage').waitFor()
  if (lastMonth) {
    await tid(page, 'period-prev').click()
    await page.waitForTimeout(500)
  }
  return Number(await shows(page, 'unit-coverage-compliant', /^\d+$/))
}

/**
 * The demo secretary (13800000003) records today's 党组会 with its first agenda item and two
 * speakers, the demo cadre (13800000001, one of them) scans the check-in code and then finds the
 * exchange record on their home without typing it, and the unit's coverage counts the meeting
 * as compliant.
 */
function meetingScenario() {
  return [
    'the secretary records a meeting once; the speaking cadre checks in and sees it on their home; coverage counts it',
    async (page, baseUrl) => {
      const { day, time, lastMonth } = recentStart()
      await login(page, baseUrl, '13800000003')
      await tid(page, 'home-meetings').waitFor()
      const before = await compliantCount(page, baseUrl, lastMonth)

      await page.goto(`${baseUrl}/#/packages/meeting/pages/list/index`)
      await tid(page, 'meeting-new').click()
      await tid(page, 'meeting-first-item').waitFor()
      await put(page, 'meeting-day', day)
      await put(page, 'meeting-time', time)
      await put(page, 'meeting-place', '机关三楼会议室')
      await put(page, 'record-speech-search', '二十')
      await tid(page, 'record-speech-option').click()
      await tid(page, 'record-speech-selected').waitFor()
      await tid(page, 'meeting-speakers-seed-person-13800000001').click()
      await tid(page, 'meeting-speakers-seed-person-13812340101').click()
      await put(page, 'meeting-points-0', '结合项目审批改革，把讲话精神落到优化营商环境上。')
      await put(page, 'meeting-points-1', '围绕扩大有效投资，提出三项具体措施。')
      await put(page, 'meeting-tied', '结合年底重点项目调度工作')
      await tid(page, 'meeting-submit').click()

      await shows(page, 'meeting-compliant', '第一议题合规')
      // Held: the participants chosen count as present without a tick each (issue 13 item 4).
      const attendance = await shows(page, 'meeting-attendance', /已到 [1-9]\d* 人/)
      assert.doesNotMatch(attendance, /未到/)
      const records = await shows(page, 'meeting-records', '以会代训领学')
      assert.equal((records.match(/在交流中互学/g) || []).length, 2)

      // Attendance by QR: the secretary shows the code, the cadre's phone opens it.
      await tid(page, 'meeting-show-qr').click()
      await tid(page, 'meeting-qr-image').waitFor()
      const content = (await tid(page, 'meeting-qr-content').innerText()).trim()
      assert.match(content, /#\/packages\/meeting\/pages\/checkin\/index\?t=/)

      const cadre = await phoneOf(page, baseUrl, '13800000001')
      try {
        await tid(cadre.page, 'study-progress').waitFor()
        await cadre.page.goto(content)
        await shows(cadre.page, 'checkin-done', '签到成功')
        // Record once, reuse everywhere: the exchange is on the cadre's home, typed by nobody.
        await cadre.page.goto(`${baseUrl}/#/pages/home/index`)
        await shows(cadre.page, 'home-latest', '交流发言')
        await shows(cadre.page, 'study-progress', '/5')
      } finally {
        await cadre.close()
      }

      const after = await compliantCount(page, baseUrl, lastMonth)
      assert.equal(after, before + 1)
    }
  ]
}

module.exports = { meetingScenario, recentStart }
