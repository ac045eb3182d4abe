// e2e for issue 8 item 1: the admin imports a roster file in the browser; it is uploaded first,
// written in batches with progress, and the people appear only once the whole file is in.
const assert = require('assert/strict')
const { login, put, shows, visibleTid: tid } = require('./helpers')

const ROWS = 1200 // more than two batches of 500

/** A roster CSV of `rows` cadres of 区发展和改革局 with phones nobody in the demo district has. */
function rosterCsv(rows, { badRow } = {}) {
  const lines = ['姓名,手机号,单位,职务,角色']
  for (let i = 0; i < rows; i++) {
    const phone = i === badRow ? '1234' : `1370000${String(i).padStart(4, '0')}`
    lines.push(`导入干部${String(i).padStart(4, '0')},${phone},区发展和改革局,科员,`)
  }
  return Buffer.from(lines.join('\n'), 'utf8')
}

async function pick(page, name, buffer) {
  await page.locator('[data-testid="import-file"]').first().setInputFiles({ name, mimeType: 'text/csv', buffer })
  await shows(page, 'import-file-name', name)
}

function importScenario() {
  return [
    'the admin imports a 1,200-person roster: a bad row stops it whole; fixed, it lands in batches and the people appear',
    async (page, baseUrl) => {
      const shot = (name) => (process.env.E2E_SHOTS ? page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png` }) : null)
      await login(page, baseUrl, '13800000000')
      await page.waitForFunction(() => location.hash.includes('pages/home'))
      await page.goto(`${baseUrl}/#/packages/admin/pages/import/index`)
      await tid(page, 'import-template').waitFor()
      await shot('import-empty')

      // One bad phone: the whole file is refused, the row named, nobody written.
      await pick(page, '名册-有错.csv', rosterCsv(ROWS, { badRow: 7 }))
      await tid(page, 'import-submit').click()
      const failed = await shows(page, 'import-failed', '第9行', 20000)
      assert.match(failed, /手机号/)
      await shot('import-row-errors')

      await pick(page, '名册.csv', rosterCsv(ROWS))
      await tid(page, 'import-submit').click()
      const done = await shows(page, 'import-done', `已导入 ${ROWS} 人`, 60000)
      assert.match(done, /名册\.csv/)
      await shot('import-done')

      await page.goto(`${baseUrl}/#/packages/admin/pages/people/index`)
      await put(page, 'people-search', '导入干部1199')
      await shows(page, 'person-row', '导入干部1199', 15000)
      await shot('people-after-import')
    }
  ]
}

module.exports = { importScenario }
