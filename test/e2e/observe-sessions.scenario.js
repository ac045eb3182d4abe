// e2e for issue 10: an observer of the area group scores a session-linked observation and opens
// its materials (查阅资料). The session and the plan are made through the API (their own pages are
// covered by the central-group scenario); the observer's part goes through the pages.
const assert = require('assert/strict')
const { startHost } = require('./host')
const { expectText, fill, login, tid, visibleTid } = require('./helpers')

// The host's clock (DEMO_NOW) stands on a Wednesday morning in China; the session is that afternoon
// (scoring opens on the session's day; planning needs a start still ahead). A fixed clock: the real
// one failed in the last minutes before China midnight.
const DEMO_NOW = '2026-12-09T10:00:00+08:00'
const DAY = '2026-12-09'
const TIME = '14:30'
const TOPIC = '学习习近平文化思想专题'
const MATERIAL = '在文化传承发展座谈会上的讲话'

/** Calls one action on the local host as a demo person (demo code 123456). */
async function apiAs(baseUrl, phone) {
  const login = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  const { token } = await login.json()
  let seq = 0
  return async (action, input) => {
    const res = await fetch(`${baseUrl}/api/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, input, idempotencyKey: `e2e-observe-sessions-${phone}-${++seq}` })
    })
    const body = await res.json()
    if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`)
    return body.data
  }
}

/**
 * The demo secretary of 区发展和改革局 plans a session later today with a material; the admin
 * plans a fixed observation of it for the demo group. The demo observer (13800000005) sees the
 * session's topic on the scoring page, scores it, then opens 查阅资料 and finds the material.
 */
function observeSessionsScenario() {
  return [
    'an observer of the area group opens the materials of a session-linked observation and scores it',
    async (page) => {
      const host = await startHost({ DEMO_NOW })
      try {
        await observeAndReview(page, host.url)
      } finally {
        await host.stop()
      }
    }
  ]
}

async function observeAndReview(page, baseUrl) {
  const [day, time] = [DAY, TIME]
  const secretary = await apiAs(baseUrl, '13800000003')
  const session = await secretary('centralGroup.session.save', {
    day,
    time,
    place: '机关三楼会议室',
    topic: TOPIC,
    status: 'planned',
    materials: [{ contentType: 'latestSpeech', title: MATERIAL }]
  })
  const admin = await apiAs(baseUrl, '13800000000')
  const plan = await admin('observe.plan', { mode: 'fixed', sessionIds: [session.item.id], groupId: 'seed-obs-group-1' })
  assert.equal(plan.items[0].time, time)

  await login(page, baseUrl, '13800000005')
  await visibleTid(page, 'home-observe').click()
  const item = page.locator('[data-testid="observe-item"]', { hasText: time }).first()
  await item.waitFor()
  await item.click()
  await expectText(page, 'session-topic', TOPIC)

  await tid(page, 'sheet-rubric').waitFor()
  const scores = [14, 13, 13, 14, 9, 9, 9, 9]
  const keys = [
    'lead_height',
    'lead_depth',
    'lead_practice',
    'talk_insight',
    'talk_solutions',
    'talk_carriers',
    'org_documents',
    'org_discussion'
  ]
  for (const [i, key] of keys.entries()) await fill(page, `sheet-score-${key}`, String(scores[i]))
  await fill(page, 'sheet-comments', '学习材料齐全，领学联系文化工作实际，研讨还可更聚焦难题。')
  await expectText(page, 'sheet-total', '90')
  await visibleTid(page, 'sheet-submit').click()
  await expectText(page, 'sheet-sync', '已保存到服务器', 20000)

  // 查阅资料 from the scoring page: the session's material and place, read-only.
  await visibleTid(page, 'session-review').click()
  await expectText(page, 'review-materials', MATERIAL)
  await expectText(page, 'review-session', '机关三楼会议室')
  await tid(page, 'review-meetings').waitFor()
}

module.exports = { observeSessionsScenario }
