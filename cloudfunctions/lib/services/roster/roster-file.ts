import type ExcelJS from 'exceljs'
import { AppError } from '../../../../src/core/contract'

/** Reads the first sheet of an .xlsx or a .csv file into rows of trimmed strings. */
export async function readSheet(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) return parseCsv(content.toString('utf8'))
  // exceljs is most of the api bundle: load it only when an admin imports a roster, not on every cold start.
  const { Workbook } = (await import('exceljs')).default
  const workbook = new Workbook()
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
  } catch {
    throw new AppError('VALIDATION', '无法读取该 Excel 文件，请确认是 .xlsx 格式', { field: 'storageKey' })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new AppError('VALIDATION', 'Excel 文件中没有工作表', { field: 'storageKey' })
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value)
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('result' in value) return String(value.result ?? '')
    if (value instanceof Date) return value.toISOString().slice(0, 10)
  }
  return String(value).trim()
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF, and Excel's UTF-8 BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const src = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows.map((r) => r.map((c) => c.trim()))
}
