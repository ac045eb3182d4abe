// e2e for issue 12 (annual assessment export): the admin opens 年度考核导出, taps 导出 and the browser
// receives an .xlsx whose sheets are 单位, 领导干部, 巡听旁听, 整改督查, 第一议题; the demo unit leader
// reaches the same page from 本单位干部学习情况 and gets their own unit's file.
const assert = require('assert/strict')
const ExcelJS = require('exceljs')
const fs = require('fs')
const { login, phoneOf, shows, visibleTid: tid } = require('./helpers')

const SHEETS = ['单位', '领导干部', '巡听旁听', '整改督查', '第一议题']

/** Taps 导出 and answers the downloaded file's name and sheet names. */
async function exportAndRead(page) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), tid(page, 'export-run').tap()])
  const file = await download.path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(fs.readFileSync(file))
  return { name: download.suggestedFilename(), sheets: workbook.worksheets.map((w) => w.name), workbook }
}

function exportScenario() {
  return [
    'the admin exports the year assessment and the browser receives the five-sheet .xlsx; the unit leader gets their own unit',
    async (page, baseUrl) => {
      await login(page, baseUrl, '13800000000')
      await page.waitForFunction(() => location.hash.includes('pages/home'))
      await page.goto(`${baseUrl}/#/packages/admin/pages/export/index`)
      await shows(page, 'export-year', '年')
      const district = await exportAndRead(page)
      assert.match(district.name, /^\d{4}年度意识形态专项考核\.xlsx$/)
      assert.deepEqual(district.sheets, SHEETS)
      await shows(page, 'export-result', '名干部')
      assert.ok(district.workbook.getWorksheet('领导干部').rowCount > 10, 'the district has cadres')

      const leader = await phoneOf(page, baseUrl, '13800000004')
      try {
        await leader.page.waitForFunction(() => location.hash.includes('pages/home'))
        await tid(leader.page, 'home-unit').click()
        await tid(leader.page, 'um-export').click()
        await shows(leader.page, 'export-year', '年')
        const own = await exportAndRead(leader.page)
        assert.match(own.name, /^\d{4}年度意识形态专项考核（.+）\.xlsx$/)
        assert.deepEqual(own.sheets, SHEETS)
        assert.equal(own.workbook.getWorksheet('单位').rowCount, 2, 'one unit row under the header')
      } finally {
        await leader.close()
      }
    }
  ]
}

module.exports = { exportScenario }
