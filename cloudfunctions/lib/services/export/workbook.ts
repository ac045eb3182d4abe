import type { SheetData } from '../../../../src/core/rules/assessment'

// Lays the assessment's sheets out as an .xlsx with exceljs: a bold, frozen header row (it stays
// on screen while scrolling 10,000 cadres), column widths in characters, the rows as given.

/** The workbook's bytes. */
export async function writeWorkbook(sheets: readonly SheetData[], meta: { title: string; createdAt: Date }): Promise<Uint8Array> {
  // exceljs is most of the api bundle: load it only when someone exports, not on every cold start (as roster-file.ts).
  const { Workbook } = (await import('exceljs')).default
  const workbook = new Workbook()
  workbook.creator = '理论学习助手'
  workbook.title = meta.title
  workbook.created = meta.createdAt
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }))
    const header = ws.getRow(1)
    header.font = { bold: true }
    header.alignment = { vertical: 'middle', wrapText: true }
    for (const row of sheet.rows) ws.addRow(row)
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
