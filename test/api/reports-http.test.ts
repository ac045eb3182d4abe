import ExcelJS from 'exceljs'
import fs from 'fs'
import path from 'path'
import { cloudReports, REPORT_LINK_SECONDS } from '../../cloudfunctions/lib/adapters/cloudbase/files/cloud-reports'
import { XLSX_MIME } from '../../cloudfunctions/lib/ports/reports.port'
import { ASSESSMENT_SHEETS } from '../../src/core/rules/assessment'
import { startTestHost } from './local-host'

// Delivering the assessment workbook: on the local host a signed, short-lived download of the xlsx
// (attachment, Chinese file name); on CloudBase an upload to storage and a temporary URL.

const t = startTestHost('theory-export-')

async function exportAs(phone: string): Promise<{ url: string; fileName: string }> {
  const login = await fetch(`${t.host.url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, code: '123456' })
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${t.host.url}/api/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ action: 'export.assessment', input: {} })
  })
  const json = (await res.json()) as { ok: boolean; data: { url: string; fileName: string } }
  expect(json.ok).toBe(true)
  return json.data
}

describe('assessment export download on the local host', () => {
  it('serves the workbook as an xlsx attachment under its Chinese name', async () => {
    const { url, fileName } = await exportAs('13800000000')
    const res = await fetch(`${t.host.url}${url}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_MIME)
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    expect(wb.worksheets.map((w) => w.name)).toEqual([...ASSESSMENT_SHEETS])
  })

  it('refuses a link whose signature or key was changed', async () => {
    const { url } = await exportAs('13800000000')
    expect((await fetch(`${t.host.url}${url.replace(/sig=[^&]+/, 'sig=AAAA')}`)).status).toBe(403)
    expect((await fetch(`${t.host.url}${url.replace(/\/\d{4}-district\.xlsx/, '/2025-district.xlsx')}`)).status).toBe(403)
    expect((await fetch(`${t.host.url}/exports/../theory.db`)).status).not.toBe(200)
  })

  it("replaces the person's last export of the year: one file per person, year and scope", async () => {
    await exportAs('13800000000')
    const { url } = await exportAs('13800000000')
    const folder = path.join(t.dataDir, 'files', path.dirname(url.split('?')[0].slice(1)))
    expect(fs.readdirSync(folder)).toEqual([path.basename(url.split('?')[0])])
    expect((await fetch(`${t.host.url}${url}`)).status).toBe(200)
  })
})

describe('assessment export on CloudBase storage', () => {
  it('uploads the bytes under the key and hands out a ten-minute temporary URL', async () => {
    const calls: unknown[] = []
    const port = cloudReports(
      {
        async uploadFile(options) {
          calls.push(['upload', options.cloudPath, options.fileContent.length])
          return { fileID: `cloud://env/${options.cloudPath}` }
        },
        async getTempFileURL(options) {
          calls.push(['url', options.fileList])
          return {
            fileList: [{ code: 'SUCCESS', fileID: options.fileList[0].fileID, tempFileURL: 'https://tmp.example/x.xlsx' }]
          }
        }
      },
      () => new Date('2026-12-20T02:00:00.000Z')
    )
    const link = await port.publish('exports/p1/2026-district.xlsx', new Uint8Array([1, 2, 3]), '考核.xlsx')
    expect(link).toEqual({ url: 'https://tmp.example/x.xlsx', expiresAt: '2026-12-20T02:10:00.000Z' })
    expect(calls).toEqual([
      ['upload', 'exports/p1/2026-district.xlsx', 3],
      ['url', [{ fileID: 'cloud://env/exports/p1/2026-district.xlsx', maxAge: REPORT_LINK_SECONDS }]]
    ])
  })
})
