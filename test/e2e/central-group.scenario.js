// e2e for issue 10: a central-group session recorded once by the secretary is the lead's 领学 record;
// the admin sees the units' upcoming sessions.
const assert = require('assert/strict')
const { login, phoneOf, put, shows, visibleTid: tid } = require('./helpers')
const { recentStart } = require('./meeting.scenario')

const ABSENT = 'seed-person-13812340103'
const SPEAKER = 'seed-person-13812340101'

/** `12月4日`, as the app names a day. */
const dayZh = (day) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/**
 * The demo secretary of 区发展和改革局 (13800000003) records today's session: a refused first try
 * names what is missing, then the secretary fills it in and unticks one absent member. The unit
 * leader (13800000004), who led, finds the 领学 record on their home without typing it; the admin
 * (13800000000) sees the unit's planned session among the upcoming ones.
 */
function centralGroupScenario() {
  return [
    'the secretary records a central-group session with one member absent; the lead sees the 领学 record; the admin sees upcoming sessions',
    async (page, baseUrl) => {
      const { day, time } = recentStart()
      await login(page, baseUrl, '13800000003')
      await tid(page, 'home-group').click()
      await tid(page, 'group-new').click()
      await tid(page, 'group-present').waitFor()

      // Submitting without a topic or a material: both are named at once, by the button.
      await tid(page, 'group-submit').click()
      await shows(page, 'group-error-summary', '请检查标红的 2 项')
      await shows(page, 'error-topic', '学习主题')
      await shows(page, 'error-materials', '请从讲话目录选择')

      await put(page, 'group-day', day)
      await put(page, 'group-time', time)
      await put(page, 'group-place', '机关三楼会议室')
      await put(page, 'group-topic', '学习贯彻党的二十届四中全会精神')
      await put(page, 'record-speech-search', '二十')
      await tid(page, 'record-speech-option').click()
      await tid(page, 'record-speech-selected').waitFor()
      // Everyone is ticked present: untick the one who was away.
      await tid(page, `group-present-${ABSENT}`).click()
      await shows(page, 'field-memberIds', '到会成员（3/4）')
      await tid(page, `group-speakers-${SPEAKER}`).click()
      await put(page, 'group-points-0', '结合项目审批改革，把全会精神落到优化营商环境上。')
      await put(page, 'group-follow-up', '形成重大项目推进三项措施')
      await tid(page, 'group-submit').click()

      await shows(page, 'group-absent-names', /\S/)
      await shows(page, 'group-people', '已到 3/4')
      const records = await shows(page, 'group-records', '以会代训领学')
      assert.match(records, /在交流中互学/)
      await page.goto(`${baseUrl}/#/packages/group/pages/list/index`)
      await shows(page, 'group-month', '已到 3/4')

      // Record once: the lead's home shows the lead study, typed by nobody.
      const lead = await phoneOf(page, baseUrl, '13800000004')
      try {
        await shows(lead.page, 'home-latest', `中心组学习 ${dayZh(day)} · 领学`)
      } finally {
        await lead.close()
      }

      const admin = await phoneOf(page, baseUrl, '13800000000')
      try {
        await tid(admin.page, 'home-admin').waitFor()
        await admin.page.goto(`${baseUrl}/#/packages/admin/pages/group-upcoming/index`)
        await shows(admin.page, 'upcoming-item', '区发展和改革局')
      } finally {
        await admin.close()
      }
    }
  ]
}

module.exports = { centralGroupScenario }
