// e2e for issue 4 (attendance by QR on H5): a signed-out cadre who opens the check-in URL signs in
// and is brought back to it, so the check-in completes without scanning again.
const assert = require('assert/strict')
const { fill, phoneOf, shows, visibleTid: tid } = require('./helpers')

const CHINA_MS = 8 * 3600 * 1000

/** Calls the local host's HTTP surface as the given demo person; returns the action's data. */
async function asPerson(baseUrl, phone) {
  const res = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  const { token } = await res.json()
  assert.ok(token, `login of ${phone} failed`)
  return async (action, input) => {
    const answer = await fetch(`${baseUrl}/api/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, input, idempotencyKey: `e2e-return-${action}-${Date.now()}` })
    }).then((r) => r.json())
    assert.ok(answer.ok, `${action}: ${answer.message}`)
    return answer.data
  }
}

/** A planned meeting of 区发展和改革局 starting in ten minutes (China time): its check-in is open now. */
async function plannedMeeting(baseUrl) {
  const start = new Date(Date.now() + CHINA_MS + 10 * 60 * 1000).toISOString()
  const call = await asPerson(baseUrl, '13800000003')
  const meeting = await call('meeting.save', {
    kind: '党组会',
    day: start.slice(0, 10),
    time: start.slice(11, 16),
    place: '机关二楼会议室',
    status: 'planned',
    contentType: 'none'
  })
  return meeting.item.id
}

/**
 * The demo secretary (13800000003) shows a meeting's check-in code; the demo cadre (13800000001),
 * signed out, opens its URL, is sent to login, signs in, and sees 签到成功 without scanning again.
 */
function returnAfterLoginScenario() {
  return [
    'a signed-out cadre opens the check-in URL, logs in and is checked in without scanning again',
    async (page, baseUrl) => {
      const meetingId = await plannedMeeting(baseUrl)
      const secretary = await phoneOf(page, baseUrl, '13800000003')
      let content
      try {
        await tid(secretary.page, 'home-meetings').waitFor()
        await secretary.page.goto(`${baseUrl}/#/packages/meeting/pages/qr/index?id=${encodeURIComponent(meetingId)}`)
        await tid(secretary.page, 'meeting-qr-image').waitFor()
        content = (await tid(secretary.page, 'meeting-qr-content').innerText()).trim()
      } finally {
        await secretary.close()
      }
      assert.match(content, /#\/packages\/meeting\/pages\/checkin\/index\?t=/)

      // Nobody is signed in on this phone: the code's URL leads to login first.
      await page.goto(content)
      await tid(page, 'login-phone').waitFor()
      assert.match(page.url(), /#\/pages\/login\/index/)
      await fill(page, 'login-phone', '13800000001')
      await fill(page, 'login-code', '123456')
      await tid(page, 'login-submit').click()

      // Back on the check-in page it was opened for, which sends the token by itself.
      await shows(page, 'checkin-done', '签到成功')
      assert.match(page.url(), /#\/packages\/meeting\/pages\/checkin\/index\?t=/)

      // Remembered once: opening login again while signed in goes home, not back to the check-in.
      await page.goto(`${baseUrl}/#/pages/login/index`)
      await tid(page, 'study-progress').waitFor()
      assert.match(page.url(), /#\/pages\/home\/index/)
    }
  ]
}

module.exports = { returnAfterLoginScenario }
