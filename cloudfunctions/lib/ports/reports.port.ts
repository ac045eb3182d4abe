// Where generated reports (the annual assessment workbook) go: CloudBase cloud storage, or a folder
// of the local host. Unlike uploads (files.port.ts) nobody registers them in the files table: the
// link handed back is the only way to them, and it expires within minutes.

/** The MIME type of an .xlsx workbook. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface ReportFilesPort {
  /**
   * Stores the bytes under `key` (`exports/<personId>/<year>-<scope>.xlsx`, made by the service),
   * replacing what was there, and answers a link that downloads them as `fileName`, with the
   * instant (ISO) it stops working. One key per person, year and scope keeps storage bounded.
   */
  publish(key: string, bytes: Uint8Array, fileName: string): Promise<{ url: string; expiresAt: string }>
}
