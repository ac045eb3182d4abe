// e2e for issue 3: school lectures counted towards 2/2, a reflection note with an image submitted
// to an outlet, and both seen in the demo unit's table (区发展和改革局: the demo cadre, district
// leader, secretary and unit leader all belong to it).
const assert = require('assert/strict')
const { expectText, fill, login, phoneOf, tid } = require('./helpers')

// A 1×1 PNG: a real image by its content, so the server accepts it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

const tap = (page, testId) => tid(page, testId).click()

/** Registers one given lecture from the home's 记一笔 card. */
async function registerLecture(page, topic) {
  await tap(page, 'entry-lecture')
  const school = page.locator('[data-testid="form-schoolId"] .chip').first()
  await school.waitFor()
  await school.click()
  await tap(page, 'form-classType-思想政治理论课')
  await fill(page, 'form-topic', topic)
  await fill(page, 'form-audience', '120')
  await tap(page, 'form-submit')
}

/** Opens a row of the unit table by the cadre's name and returns its text. */
async function unitRow(page, name) {
  await tap(page, 'home-unit')
  const row = page.locator('[data-testid="um-row"]', { hasText: name }).first()
  await row.waitFor()
  return row
}

function methodsScenario() {
  return [
    'a district leader reaches 2/2 lectures; a cadre’s note with an image goes to an outlet; the unit leader sees both',
    async (page, baseUrl) => {
      // The demo district leader registers two given lectures and sees 2/2.
      await login(page, baseUrl, '13800000002')
      await expectText(page, 'lecture-progress', '0/2')
      await registerLecture(page, '做新时代的好少年')
      await expectText(page, 'lecture-progress', '1/2')
      await registerLecture(page, '学党史 跟党走')
      await expectText(page, 'lecture-progress', '2/2')

      // The demo cadre writes a note with an image and submits it to an outlet.
      const cadre = await phoneOf(page, baseUrl, '13800000001')
      await tap(cadre.page, 'entry-note')
      await fill(cadre.page, 'form-title', '学习重要讲话的几点体会')
      await fill(cadre.page, 'form-body', '第一段体会。\n\n第二段：结合本局工作。')
      await cadre.page
        .locator('[data-testid="attachment-input"]')
        .first()
        .setInputFiles({ name: '学习合影.png', mimeType: 'image/png', buffer: PNG })
      await cadre.page.locator('[data-testid="attachment"]').first().waitFor()
      await tap(cadre.page, 'form-submit')
      await expectText(cadre.page, 'detail-status', '未投稿')
      const image = cadre.page.locator('[data-testid="detail-image"] img, img[data-testid="detail-image"]').first()
      await image.waitFor()
      await cadre.page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await image.elementHandle())
      await tap(cadre.page, 'note-submit')
      const outlet = cadre.page.locator('[data-testid="outlet"] .chip').first()
      await outlet.waitFor()
      await outlet.click()
      await tap(cadre.page, 'action-dialog-confirm')
      await expectText(cadre.page, 'detail-status', '已投稿')
      await cadre.close()

      // The demo unit leader (区发展和改革局, the unit of both) sees both in the unit table: the
      // district leader's two lectures with the quota met, and the cadre's note, image included.
      const leader = await phoneOf(page, baseUrl, '13800000004')
      const row = await unitRow(leader.page, '李明轩')
      assert.match(await row.innerText(), /心得 1/)
      const lecturer = leader.page.locator('[data-testid="um-row"]', { hasText: '陈志强' }).first()
      const lectures = lecturer.locator('[data-testid="um-lecture"]').first()
      assert.match(await lectures.innerText(), /讲课 2/)
      assert.match(await lectures.getAttribute('class'), /tag-done/)
      await row.click()
      await leader.page.locator('[data-testid="person-record"]', { hasText: '学习重要讲话的几点体会' }).first().click()
      await expectText(leader.page, 'detail-status', '已投稿')
      // 已投稿 waits on the outlet: blue, never the green of a finished record (issue 13 item 8).
      assert.match(await leader.page.locator('[data-testid="detail-status"]').first().getAttribute('class'), /tag-waiting/)
      await leader.page.locator('[data-testid="detail-image"]').first().waitFor()
      await leader.close()
    }
  ]
}

module.exports = { methodsScenario }
