// e2e for issue 11: a unit secretary records a 学习强国 contribution, marks it published, and the
// admin's per-unit count shows it.
const { startHost } = require('./host')
const { login, phoneOf, put, shows, visibleTid: tid } = require('./helpers')

const TITLE = '区发改局以“第一议题”推动重大项目落地'

/**
 * The demo secretary of 区发展和改革局 (13800000003) records the unit's contribution to 学习强国
 * (seed-outlet-5) from the home's 宣传报道, then records that it was published. The admin
 * (13800000000) opens the counts: the unit's row shows it next to the seeded report published this
 * month (seed-publicity.ts), and the 学习强国 row counts it with another unit's contribution.
 */
function publicityScenario(shot = async () => undefined) {
  return [
    'a unit secretary records a 学习强国 contribution and marks it published; the admin sees it in the per-unit count',
    async (page) => {
      // A host of its own: the shared one carries other scenarios' items (a note sent to an outlet
      // today sorts above this one and adds to the unit's count).
      const host = await startHost()
      try {
        await recordAndCount(page, host.url, shot)
      } finally {
        await host.stop()
      }
    }
  ]
}

async function recordAndCount(page, baseUrl, shot) {
  await login(page, baseUrl, '13800000003')
  await tid(page, 'home-publicity').click()
  await tid(page, 'publicity-new').click()
  await tid(page, 'pub-owner').waitFor()
  // Nothing chosen: the kind is asked for by name.
  await tid(page, 'pub-save').click()
  await shows(page, 'error-kind', '请选择宣传形式')
  await tid(page, 'pub-owner-unit').click()
  await tid(page, 'pub-kind-xuexiContribution').click()
  await tid(page, 'pub-outlet-seed-outlet-5').click()
  await put(page, 'pub-title', TITLE)
  await shot(page, 'publicity-form')
  await tid(page, 'pub-save').click()

  await shows(page, 'publicity-row', TITLE)
  await shows(page, 'publicity-status', '已投稿')
  await tid(page, 'publicity-row').click()
  await tid(page, 'answer-status').waitFor()
  await put(page, 'answer-link', 'https://www.xuexi.cn/lgpage/detail/index.html')
  await shot(page, 'publicity-answer')
  await tid(page, 'publicity-answer-confirm').click()
  await shows(page, 'publicity-status', '已刊发')
  await shot(page, 'publicity-list')

  const admin = await phoneOf(page, baseUrl, '13800000000')
  try {
    await tid(admin.page, 'home-admin').waitFor()
    await admin.page.goto(`${baseUrl}/#/packages/publicity/pages/counts/index`)
    await shows(admin.page, 'pub-units', /区发展和改革局\s+2\s/)
    await shows(admin.page, 'pub-outlets', /学习强国\s+2\s/)
    await shot(admin.page, 'publicity-counts')
  } finally {
    await admin.close()
  }
}

module.exports = { publicityScenario }
