// e2e for issue 11 (先进典型): the unit secretary nominates a cadre with two of the cadre's records,
// picked not typed; the admin names the model; a cadre of another unit finds it on the showcase
// with its evidence (summaries only: another unit's records are not theirs to open).
const assert = require('assert/strict')
const { login, phoneOf, put, shows, visibleTid: tid } = require('./helpers')

const CADRE = 'seed-person-13800000004'
const CADRE_NAME = '刘建国'

/** The visible row with the test id that shows the text. */
const rowWith = (page, id, text) => page.locator(`[data-testid="${id}"]:visible`, { hasText: text }).first()

function modelsScenario() {
  return [
    'the secretary nominates a cadre with two linked records; the admin names the model; a cadre of another unit sees it and its evidence on the showcase',
    async (page, baseUrl) => {
      // 区发展和改革局's secretary (13800000003) nominates the unit's 刘建国 as a model of the five methods.
      await login(page, baseUrl, '13800000003')
      await tid(page, 'home-models').click()
      await tid(page, 'nominations-new').click()
      await tid(page, `nominate-subject-person:${CADRE}`).click()
      // His records come up to tick: a 领学 and an exchange he recorded, nothing retyped.
      await rowWith(page, 'nominate-evidence-row', '学习重要讲话精神').click()
      await rowWith(page, 'nominate-evidence-row', '与企业负责人交流学习体会').click()
      await put(page, 'nominate-reason', '带头以会代训领学，结合重大项目推进在调研座谈中交流学习体会。')
      await tid(page, 'nominate-submit').click()
      await shows(page, 'nomination-state', '待审核')
      const evidence = await shows(page, 'nomination-evidence', '以会代训领学')
      assert.match(evidence, /在交流中互学/)

      // The admin finds it waiting, names it with the default title.
      const admin = await phoneOf(page, baseUrl, '13800000000')
      try {
        await tid(admin.page, 'home-admin').waitFor()
        await admin.page.goto(`${baseUrl}/#/packages/models/pages/list/index`)
        await shows(admin.page, 'nominations-waiting', CADRE_NAME)
        await rowWith(admin.page, 'nomination-row', CADRE_NAME).click()
        await tid(admin.page, 'review-approve').click()
        await shows(admin.page, 'nomination-state', '已命名')
        await shows(admin.page, 'nomination-head', '坚持“五种学习方式”的典型')
      } finally {
        await admin.close()
      }

      // 区委宣传部's 黄志明, of another unit, opens 先进典型 from 我的.
      const other = await phoneOf(page, baseUrl, '13812340201')
      try {
        await tid(other.page, 'home-models').waitFor()
        await other.page.goto(`${baseUrl}/#/pages/me/index`)
        await tid(other.page, 'me-models').click()
        const kind = await shows(other.page, 'showcase-kind-fiveMethods', CADRE_NAME)
        assert.match(kind, /以会代训领学/)
        assert.match(kind, /在交流中互学/)
        const item = rowWith(other.page, 'showcase-item', CADRE_NAME)
        assert.equal(await item.locator('[data-testid="evidence-row"]').count(), 2)
        // Summaries only: no row of another unit's records opens a page for this cadre.
        assert.equal(await item.locator('.evidence-link').count(), 0)
        await other.page.screenshot({ path: '/tmp/models-showcase.png' })
      } finally {
        await other.close()
      }
    }
  ]
}

module.exports = { modelsScenario }
